package io.claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one renderer of rule messages. */
class MessageTemplateTest {
  @Test
  void placeholdersAreFilledAndTheRestIsKeptAsWritten() {
    assertEquals("killed in Varnesa: 12 (A) and 30 (B) cannot all be true; a dispute between police and the ministry",
        MessageTemplate.render("{quantity}: {figures} cannot all be true{dispute}", Map.of("quantity", "killed in Varnesa",
            "figures", "12 (A) and 30 (B)", "dispute", "; a dispute between police and the ministry")));
  }

  @Test
  void aValueIsNotReadAsATemplate() {
    assertEquals("[146, ∞) {sum}", MessageTemplate.render("{a}", Map.of("a", "[146, ∞) {sum}")));
  }

  @Test
  void aPlaceholderWithoutAValueIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MessageTemplate.render("{quantity}: {figures}", Map.of("quantity", "q")));
    assertTrue(e.getMessage().contains("{figures}"), e.getMessage());
  }

  @Test
  void anUnclosedBraceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MessageTemplate.render("{quantity", Map.of("quantity", "q")));
  }

  @Test
  void everyBuiltInRuleHasTemplatesThatNameTheQuantity() {
    for (Rule r : RuleCatalog.rules()) {
      assertTrue(r.descriptor().message().startsWith("{quantity}: "), r.descriptor().id());
      assertTrue(!r.descriptor().explanation().isBlank(), r.descriptor().id());
    }
  }

  /** The renderer as it was before templates were cut once: a scan of the template each time. */
  private static String scanned(String template, Map<String, String> values) {
    StringBuilder sb = new StringBuilder();
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

  private static String outcome(java.util.function.Supplier<String> render) {
    try {
      return "= " + render.get();
    } catch (IllegalArgumentException e) {
      return "! " + e.getMessage();
    }
  }

  private static final String[] PIECES = {"{", "}", "a", "b", "quantity", " ", ": ", "{}", "{a}", "{b}", "{quantity}", "é∞"};

  @Test
  void anyTemplateRendersAsTheScanOfItRendered() {
    qt().forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12), integers().between(0, 15))
        .checkAssert((picks, given) -> {
          StringBuilder t = new StringBuilder();
          picks.forEach(p -> t.append(PIECES[p]));
          String template = t.toString();
          Map<String, String> values = new HashMap<>();
          String[] names = {"a", "b", "quantity", ""};
          for (int i = 0; i < names.length; i++) {
            if ((given >> i & 1) == 1) {
              values.put(names[i], "v" + i + "{a}");
            }
          }
          assertEquals(outcome(() -> scanned(template, values)), outcome(() -> MessageTemplate.render(template, values)),
              template);
          // twice: the second from the template cut before
          assertEquals(outcome(() -> scanned(template, values)), outcome(() -> MessageTemplate.render(template, values)));
          // the engine's {quantity} as if put in a copy of the rule's values
          Map<String, String> all = new HashMap<>(values);
          all.putIfAbsent("quantity", "q");
          Map<String, String> without = new HashMap<>(values);
          assertEquals(outcome(() -> scanned(template, all)),
              outcome(() -> MessageTemplate.render(template, without, "q")), template);
        });
  }

  @Test
  void aValueLookedUpByRenderingAnotherMessageLeavesThisOneWhole() {
    Map<String, String> lazy = new java.util.AbstractMap<>() { // a map whose get renders a message itself
      @Override
      public String get(Object key) {
        return "b".equals(key) ? MessageTemplate.render("inner {x}", Map.of("x", "X")) : "A";
      }

      @Override
      public java.util.Set<Map.Entry<String, String>> entrySet() {
        return java.util.Set.of(Map.entry("a", "A"), Map.entry("b", "inner X"));
      }
    };
    assertEquals("first A then inner X end", MessageTemplate.render("first {a} then {b} end", lazy));
    assertEquals("first A then inner X end", MessageTemplate.render("first {a} then {b} end", lazy, "q"));
  }
}
