package io.claimcheck.rules;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
    return render(template, values, null);
  }

  /**
   * The same, {@code {quantity}} given {@code quantity} when {@code values} has none (the engine's
   * value, without a copy of the rule's map to put it in).
   */
  static String render(String template, Map<String, String> values, @Nullable String quantity) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(values, "values");
    StringBuilder sb = BUILDER.get();
    sb.setLength(0);
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
      String value = value(template, open + 1, close, values, quantity);
      sb.append(template, i, open).append(value);
      i = close + 1;
    }
    String out = sb.toString();
    if (sb.capacity() > KEPT) {
      BUILDER.set(new StringBuilder(START));
    }
    return out;
  }

  /** The value of the placeholder named by {@code template[from, to)}. */
  private static String value(String template, int from, int to, Map<String, String> values, @Nullable String quantity) {
    String name = template.substring(from, to);
    String value = values.get(name);
    if (value == null && quantity != null && name.equals("quantity")) {
      value = quantity;
    }
    if (value == null) {
      java.util.Set<String> given = new java.util.TreeSet<>(values.keySet());
      if (quantity != null) {
        given.add("quantity");
      }
      throw new IllegalArgumentException("the template '" + template + "' names {" + name
          + "}, which the rule gave no value; it gave " + given);
    }
    return value;
  }

  /** A message is made in one builder a thread, kept from message to message unless one grew it past {@link #KEPT}. */
  private static final int START = 512;

  private static final int KEPT = 1 << 16;

  private static final ThreadLocal<StringBuilder> BUILDER = ThreadLocal.withInitial(() -> new StringBuilder(START));
}
