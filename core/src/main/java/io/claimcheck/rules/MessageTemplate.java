package io.claimcheck.rules;

import java.util.Map;
import java.util.Objects;

/**
 * The one renderer of rule messages: a template from a rule's descriptor with {@code {name}}
 * placeholders, filled from the values the rule gives ({@code {quantity}} is given by the
 * engine). Every placeholder must have a value; text outside the braces is kept as written.
 */
public final class MessageTemplate {
  private MessageTemplate() {}

  /**
   * The template with each {@code {name}} replaced by its value.
   *
   * @throws IllegalArgumentException when the template names a placeholder that has no value, or
   *     a brace is not closed
   */
  public static String render(String template, Map<String, String> values) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(values, "values");
    StringBuilder sb = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sb.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("the template '" + template + "' opens a placeholder at character "
            + (open + 1) + " and never closes it");
      }
      String name = template.substring(open + 1, close);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("the template '" + template + "' names {" + name
            + "}, which the rule gave no value; it gave " + new java.util.TreeSet<>(values.keySet()));
      }
      sb.append(template, i, open).append(value);
      i = close + 1;
    }
    return sb.toString();
  }
}
