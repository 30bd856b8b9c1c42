package io.claimcheck.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

/** The section of docs/extraction.md that lists the casualty patterns, made from the file. */
final class PatternDocs {
  static final String BEGIN = "<!-- casualty-patterns: generated from casualty-patterns.yaml; do not edit -->";
  static final String END = "<!-- casualty-patterns: end -->";

  private PatternDocs() {}

  static String section(CasualtyPatterns patterns) {
    StringBuilder sb = new StringBuilder();
    sb.append(BEGIN).append('\n');
    Map<String, List<CasualtyPatterns.Pattern>> byForm = new LinkedHashMap<>();
    for (CasualtyPatterns.Pattern p : patterns.inFileOrder()) {
      byForm.computeIfAbsent(p.form(), k -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<String, List<CasualtyPatterns.Pattern>> e : byForm.entrySet()) {
      sb.append("\n#### ").append(Character.toUpperCase(e.getKey().charAt(0))).append(e.getKey().substring(1))
          .append("\n\n| pattern | priority | match | gives | example |\n|---|---|---|---|---|\n");
      for (CasualtyPatterns.Pattern p : e.getValue()) {
        sb.append("| `").append(p.name()).append("` | ").append(p.priority()).append(" | `")
            .append(p.source().replace("|", "\\|")).append("` | ").append(gives(p)).append(" | ")
            .append(p.examples().get(0).replace("|", "\\|")).append(" |\n");
      }
    }
    sb.append("\n#### Lists: is a breakdown complete?\n\n| signal | at | says | match | example |\n|---|---|---|---|---|\n");
    for (CasualtyPatterns.ListSignal l : patterns.listSignals()) {
      CasualtyPatterns.Pattern p = l.pattern();
      sb.append("| `").append(p.name()).append("` | ").append(l.at().name().toLowerCase(java.util.Locale.ROOT))
          .append(" | ").append(says(l)).append(" | `")
          .append(p.source().replace("|", "\\|")).append("` | ").append(p.examples().get(0).replace("|", "\\|"))
          .append(" |\n");
    }
    sb.append('\n').append(END);
    return sb.toString();
  }

  /** "complete", "may leave people out", or complete when the items split the count one way. */
  private static String says(CasualtyPatterns.ListSignal l) {
    if (!l.complete()) {
      return "may leave people out";
    }
    if (!l.needsPartition()) {
      return "complete";
    }
    java.util.List<String> ways = new java.util.ArrayList<>();
    l.partition().forEach(c -> ways.add("`" + c.name() + "`"));
    if (l.byNationality()) {
      ways.add("nationalities");
    }
    return "complete when all items are of one: " + String.join(", ", ways);
  }

  private static String gives(CasualtyPatterns.Pattern p) {
    if (p.reject()) {
      return "no claim";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(p.inherit() ? "the previous claim's measure" : p.last() ? "the article's last toll's measure" : p.measure() != null ? p.measure().name() : "the tagged word's measure");
    if (p.modality() != null) {
      sb.append(", ").append(p.modality().id());
    }
    if (p.subgroup()) {
      sb.append(", subgroup");
    }
    if (p.state() != null) {
      sb.append(", those ").append(p.state());
    }
    if (p.earlier()) {
      sb.append(", earlier value");
    }
    if (p.split()) {
      sb.append(", two figures (earlier, later)");
    }
    if (p.item()) {
      sb.append(", a later item of the list before it");
    }
    return sb.toString();
  }

  /** The generated section as it stands in the doc, or "" when it has none. */
  static String current(String doc) {
    int b = doc.indexOf(BEGIN);
    int e = doc.indexOf(END);
    return b < 0 || e < b ? "" : doc.substring(b, e + END.length());
  }

  static String replace(String doc, String section) {
    int b = doc.indexOf(BEGIN);
    int e = doc.indexOf(END);
    if (b < 0 || e < b) {
      return doc + "\n" + section + "\n";
    }
    return doc.substring(0, b) + section + doc.substring(e + END.length());
  }
}
