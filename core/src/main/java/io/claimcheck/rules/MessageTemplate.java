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
    int n = parsed.names.length;
    // every value looked up before any text is joined: a look-up may itself render a message
    String[] parts = new String[2 * n + 1];
    for (int i = 0; i < n; i++) {
      parts[2 * i] = parsed.texts[i];
      parts[2 * i + 1] = value(template, parsed.names[i], values, quantity);
    }
    if (parsed.unclosed >= 0) {
      throw new IllegalArgumentException("the template '" + template + "' opens a placeholder at character "
          + (parsed.unclosed + 1) + " and never closes it");
    }
    parts[2 * n] = parsed.texts[n];
    return String.join("", parts); // one string of the joined length, no builder grown and copied
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
  private record Parsed(String template, String[] texts, String[] names, int unclosed) {}

  /**
   * Templates cut before, on this thread, by the identity of the template string (a rule's two
   * templates are the same strings for each of its findings): 256 a thread, each of at most
   * {@link #LONGEST} chars, in one of two neighbouring slots (so that two templates met by turns
   * rarely push each other out), a new one taking the first slot when both are full.
   */
  private static final ThreadLocal<Parsed[]> PARSED = ThreadLocal.withInitial(() -> new Parsed[256]);

  /** Longer templates are cut each time. */
  private static final int LONGEST = 4096;

  private static Parsed parsed(String template) {
    if (template.length() > LONGEST) {
      return parse(template);
    }
    Parsed[] cut = PARSED.get();
    int at = System.identityHashCode(template) & (cut.length - 1);
    Parsed p = cut[at];
    if (p != null && p.template == template) {
      return p;
    }
    p = cut[at ^ 1];
    if (p != null && p.template == template) {
      return p;
    }
    p = parse(template);
    cut[cut[at] != null && cut[at ^ 1] == null ? at ^ 1 : at] = p;
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
    return new Parsed(template, texts.toArray(new String[0]), names.toArray(new String[0]), unclosed);
  }
}
