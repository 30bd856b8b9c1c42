package io.claimcheck.event;

import io.claimcheck.base.ClaimCheckException;
import io.claimcheck.internal.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words event resolution reads, loaded from {@code io/claimcheck/event/lexicon.tsv}: compass
 * words, site words, event kinds, whole-population words, older-event markers, speaker roles,
 * generic references and reporting bodies. Immutable and thread-safe.
 */
final class EventLexicon {
  private static final String RESOURCE = "/io/claimcheck/event/lexicon.tsv";

  /** A reporting body: its canonical name and kind. */
  record Body(String name, String kind) {}

  final Set<String> directions = new HashSet<>();
  final Set<String> sites = new HashSet<>();
  final Map<String, String> kinds = new HashMap<>();
  final Set<String> whole = new HashSet<>();
  final List<String> older = new ArrayList<>();
  final List<String> roles = new ArrayList<>();
  final Map<String, String> generic = new HashMap<>();
  final Map<String, Body> bodies = new HashMap<>();
  final Set<String> grows = new HashSet<>();
  final List<String> falls = new ArrayList<>();
  final Set<String> fixed = new HashSet<>();

  private static final class Holder {
    static final EventLexicon INSTANCE = load();
  }

  static EventLexicon standard() {
    return Holder.INSTANCE;
  }

  private static EventLexicon load() {
    try (InputStream in = EventLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ClaimCheckException("the event lexicon " + RESOURCE + " is missing from the jar");
      }
      return read(in);
    } catch (IOException e) {
      throw new ClaimCheckException("cannot read the event lexicon " + RESOURCE, e);
    }
  }

  static EventLexicon read(InputStream in) throws IOException {
    EventLexicon lex = new EventLexicon();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    DataLines.each(r, (n, line, f) -> {
      if (f.length < 2 || f[1].isBlank()) {
        throw new ClaimCheckException(RESOURCE + " line " + n + ": expected '<section><TAB><word>', got '" + line + "'");
      }
      String word = f[1].strip();
      String key = word.toLowerCase(Locale.ROOT);
      switch (f[0]) {
        case "direction" -> lex.directions.add(key);
        case "site" -> lex.sites.add(key);
        case "kind" -> lex.kinds.put(key, value(f, n, line, "point, area or series"));
        case "whole" -> lex.whole.add(key);
        case "older" -> lex.older.add(key);
        case "role" -> lex.roles.add(key);
        case "grows" -> lex.grows.add(key);
        case "falls" -> lex.falls.add(key);
        case "fixed" -> lex.fixed.add(key);
        case "generic" -> lex.generic.put(key, value(f, n, line, "the kind of body it refers to"));
        case "body" -> {
          Body b = new Body(word, value(f, n, line, "the kind of body"));
          lex.bodies.put(key, b);
          if (f.length > 3) {
            for (String alias : f[3].split("\\|")) {
              if (!alias.isBlank()) {
                lex.bodies.put(alias.strip().toLowerCase(Locale.ROOT), b);
              }
            }
          }
        }
        default -> throw new ClaimCheckException(RESOURCE + " line " + n + ": unknown section '" + f[0]
            + "'; expected direction, site, kind, whole, older, role, generic, body, grows, falls or fixed");
      }
    });
    lex.older.sort(Collections.reverseOrder((a, b) -> Integer.compare(a.length(), b.length())));
    lex.roles.sort(Collections.reverseOrder((a, b) -> Integer.compare(a.length(), b.length())));
    return lex;
  }

  private static String value(String[] f, int n, String line, String what) {
    if (f.length < 3 || f[2].isBlank()) {
      throw new ClaimCheckException(RESOURCE + " line " + n + ": expected a third column (" + what + "), got '" + line + "'");
    }
    return f[2].strip();
  }
}
