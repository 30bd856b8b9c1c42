package io.claimcheck.extract;

import io.claimcheck.base.ClaimCheckException;
import io.claimcheck.internal.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spelling key of a place name, by which two romanisations of one name meet ("Tachkent" and
 * "Tashkent", "Qandahar" and "Kandahar", "Kairuan" and "Kairouan"): the name's letters in lower
 * case without accents, doubled letters made single, and the alternations of
 * {@code spellings.tsv} applied left to right, the longest first. Data, with an example pair on
 * each line; the Java is the matcher. Immutable and thread-safe.
 */
final class Spellings {
  static final String RESOURCE = "/io/claimcheck/extract/spellings.tsv";
  /** Names shorter than this have no variants: too many short names meet. */
  static final int MIN_LENGTH = 5;

  /** One alternation: {@code from} is read as {@code to}; {@code a} and {@code b} spell one name both ways. */
  record Rule(String from, String to, String a, String b) {}

  private final List<Rule> rules;

  Spellings(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort((x, y) -> y.from().length() - x.from().length());
    this.rules = List.copyOf(sorted);
  }

  List<Rule> rules() {
    return rules;
  }

  static Spellings standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Spellings INSTANCE = load();

    private static Spellings load() {
      try (InputStream in = Spellings.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new ClaimCheckException("the spellings resource " + RESOURCE + " is missing from the jar");
        }
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "spellings.tsv");
      } catch (IOException e) {
        throw new ClaimCheckException("cannot read the spellings resource " + RESOURCE, e);
      }
    }
  }

  /** Reads lines "from TAB to TAB example-a / example-b"; names the file and line of a bad one. */
  static Spellings parse(BufferedReader r, String file) throws IOException {
    List<Rule> rules = new ArrayList<>();
    DataLines.each(r, (n, line, f) -> {
      String[] pair = f.length == 3 ? f[2].split(" / ", -1) : new String[0];
      if (f.length != 3 || !f[0].matches("[a-z]+") || !f[1].matches("[a-z]*") || pair.length != 2) {
        throw new ClaimCheckException(file + ":" + n + ": expected the letters, a tab, the letters they are read as,"
            + " a tab, and an example pair written 'Name / Name', got '" + line + "'");
      }
      rules.add(new Rule(f[0], f[1], pair[0].strip(), pair[1].strip()));
    });
    return new Spellings(rules);
  }

  /** The spelling key of {@code name}. */
  String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z' && (letters.length() == 0 || letters.charAt(letters.length() - 1) != c)) {
        letters.append(c);
      }
    }
    String plain = letters.toString();
    StringBuilder out = new StringBuilder(plain.length());
    int i = 0;
    outer:
    while (i < plain.length()) {
      for (Rule rule : rules) {
        if (plain.startsWith(rule.from(), i)) {
          out.append(rule.to());
          i += rule.from().length();
          continue outer;
        }
      }
      out.append(plain.charAt(i++));
    }
    return out.toString();
  }
}
