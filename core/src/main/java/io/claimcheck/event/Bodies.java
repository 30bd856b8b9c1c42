package io.claimcheck.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reporting bodies: an attribution normalised so that one body under several names is one ("the
 * Syrian Observatory for Human Rights", "SOHR" and, in a document that named it, "the monitoring
 * group"; "police" and "a police spokesman"). Unknown stays unknown (null). The names, kinds and
 * generic references are data ({@code lexicon.tsv}, sections {@code body}, {@code generic},
 * {@code role}).
 */
public final class Bodies {
  private final EventLexicon lexicon;
  private final java.util.regex.Pattern roles;

  Bodies(EventLexicon lexicon) {
    this.lexicon = lexicon;
    StringBuilder alternation = new StringBuilder();
    for (String role : lexicon.roles) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(role));
    }
    this.roles = java.util.regex.Pattern.compile("(^|\\s)(?:" + alternation + ")(?=\\s|$)");
  }

  /** The standard bodies. */
  public static Bodies standard() {
    return new Bodies(EventLexicon.standard());
  }

  /** One document's bodies: generic references resolve to the body of that kind it named. */
  public final class InDocument {
    private final Map<String, String> byKind = new HashMap<>();
    private final Map<String, Integer> kindCount = new HashMap<>();

    private InDocument() {}

    /** The body an attribution names, in this document; null when the attribution is null. */
    public @Nullable String body(@Nullable String attribution) {
      if (attribution == null || attribution.isBlank()) {
        return null;
      }
      String key = key(attribution);
      String generic = lexicon.generic.get(key);
      if (generic != null) {
        String named = kindCount.getOrDefault(generic, 0) == 1 ? byKind.get(generic) : null;
        return named != null ? named : key;
      }
      EventLexicon.Body known = lexicon.bodies.get(key);
      if (known == null) {
        for (Map.Entry<String, EventLexicon.Body> e : lexicon.bodies.entrySet()) {
          if (e.getKey().length() > 3 && key.contains(e.getKey())) {
            known = e.getValue();
            break;
          }
        }
      }
      if (known != null) {
        if (!known.name().equals(byKind.get(known.kind()))) {
          kindCount.merge(known.kind(), 1, Integer::sum);
          byKind.put(known.kind(), known.name());
        }
        return known.name();
      }
      return key;
    }
  }

  /** A fresh scope for one document. */
  public InDocument document() {
    return new InDocument();
  }

  /**
   * The normalised key of an attribution: lower case, without parentheses, leading articles and
   * speaker roles ("a police spokesman" is "police"), whitespace collapsed.
   */
  String key(String attribution) {
    String s = PlaceResolver.clean(attribution).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    s = s.replaceAll("[\"“”]", "").replaceAll("\\s+", " ").strip();
    for (String article : List.of("the ", "a ", "an ")) {
      if (s.startsWith(article)) {
        s = s.substring(article.length());
      }
    }
    if (lexicon.generic.containsKey("the " + s)) {
      return "the " + s;
    }
    String cut = roles.matcher(s).replaceAll(" ").replaceAll("\\s+", " ").strip();
    if (!cut.isEmpty()) {
      s = cut;
    }
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.strip();
  }
}
