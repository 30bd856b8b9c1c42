package io.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules as documentation, generated from their descriptors: the table of {@code docs/rules.md}
 * (a test fails when the page drifts from the code) and what {@code claimcheck rules} lists.
 */
public final class RuleCatalog {
  /** The line before the generated table in {@code docs/rules.md}. */
  public static final String BEGIN = "<!-- generated from the rule descriptors: do not edit; see RuleCatalog -->";
  /** The line after it. */
  public static final String END = "<!-- end of generated table -->";

  private RuleCatalog() {}

  /** The built-in rules, in the order they are documented (rules added by others are theirs to document). */
  public static List<Rule> rules() {
    return io.claimcheck.rules.builtin.BuiltInRules.all();
  }

  /** The Markdown table: id (and former ids), default severity, when it fires, parameters, message template. */
  public static String markdownTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| id | default severity | fires when | parameters | message |\n|---|---|---|---|---|\n");
    for (Rule r : rules()) {
      RuleDescriptor d = r.descriptor();
      sb.append("| `").append(d.id()).append('`');
      if (!d.aliases().isEmpty()) {
        sb.append(" (formerly `").append(String.join("`, `", d.aliases())).append("`)");
      }
      sb.append(" | ").append(d.defaultSeverity().id()).append(" | ").append(escape(d.summary())).append(" | ");
      if (d.parameters().isEmpty()) {
        sb.append('—');
      } else {
        List<String> ps = new ArrayList<>();
        for (ParameterSpec p : d.parameters()) {
          Object v = p.defaultValue();
          String shown = v instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v);
          ps.add("`" + p.name() + "` = " + shown + ": " + escape(p.description()));
        }
        sb.append(String.join("; ", ps));
      }
      sb.append(" | ").append(escape(d.message())).append(" |\n");
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("|", "\\|");
  }
}
