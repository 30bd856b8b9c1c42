package io.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One problem a rule found in one group.
 *
 * @param rule the rule's id
 * @param severity its effective severity
 * @param group the group's id in the report
 * @param groupKey the group's order-independent key
 * @param claims the ids of the claims involved, in the order the message names them
 * @param message one line naming the figures, the sources and the limit
 * @param explanation the arithmetic behind it
 */
public record Finding(
    String rule, Severity severity, String group, String groupKey, List<String> claims, String message,
    String explanation) {

  /** Checks the components and copies the claims. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(groupKey, "groupKey");
    claims = List.copyOf(claims);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * A key that survives re-extraction, for baselines and suppressions: the rule id, the group's
   * key and the sorted claim ids, no offsets.
   */
  public String key() {
    List<String> sorted = new ArrayList<>(claims);
    sorted.sort(null);
    return rule + ":" + groupKey + ":" + String.join(",", sorted);
  }

  /** {@code [warning] divergent-figures g1: message}. */
  @Override
  public String toString() {
    return "[" + severity.id() + "] " + rule + " " + group + ": " + message;
  }
}
