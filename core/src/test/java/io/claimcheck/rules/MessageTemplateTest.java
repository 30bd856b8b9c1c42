package io.claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
