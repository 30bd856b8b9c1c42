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
    Parsed parsed = parsed(template);
    StringBuilder sb = BUILDER.get();
    sb.setLength(0);
    for (int i = 0; i < parsed.names.length; i++) {
      String value = value(template, parsed.names[i], values, quantity);
      sb.append(parsed.texts[i]).append(value);
    }
    if (parsed.unclosed >= 0) {
      throw new IllegalArgumentException("the template '" + template + "' opens a placeholder at character "
          + (parsed.unclosed + 1) + " and never closes it");
    }
    sb.append(parsed.texts[parsed.names.length]);
    String out = sb.toString();
    if (sb.capacity() > KEPT) {
      BUILDER.set(new StringBuilder(START));
    }
    return out;
  }

  /** The value of placeholder {@code name}. */
  private static String value(String template, String name, Map<String, String> values, @Nullable String quantity) {
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

  /**
   * A template cut at its placeholders: {@code texts[i]} comes before {@code names[i]}, the last
   * text after the last name; {@code unclosed} is where a brace opens that never closes (after the
   * last name), or -1.
   */
  private record Parsed(String[] texts, String[] names, int unclosed) {}

  /** Templates cut once: a rule's two templates are rendered for each of its findings. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  /** Templates kept cut at most (the rules' own are a few dozen); others are cut each time. */
  private static final int PARSED_KEPT = 1024;

  private static Parsed parsed(String template) {
    Parsed p = PARSED.get(template);
    if (p == null) {
      p = parse(template);
      if (PARSED.size() < PARSED_KEPT) {
        PARSED.putIfAbsent(template, p);
      }
    }
    return p;
  }

  private static Parsed parse(String template) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    java.util.List<String> names = new java.util.ArrayList<>();
    int unclosed = -1;
    int i = 0;
    while (true) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        texts.add(template.substring(i));
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        unclosed = open;
        texts.add(template.substring(i, open)); // never written: the template is refused there
        break;
      }
      texts.add(template.substring(i, open));
      names.add(template.substring(open + 1, close));
      i = close + 1;
    }
    return new Parsed(texts.toArray(new String[0]), names.toArray(new String[0]), unclosed);
  }

  /** A message is made in one builder a thread, kept from message to message unless one grew it past {@link #KEPT}. */
  private static final int START = 512;

  private static final int KEPT = 1 << 16;

  private static final ThreadLocal<StringBuilder> BUILDER = ThreadLocal.withInitial(() -> new StringBuilder(START));
}
