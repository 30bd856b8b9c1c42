package io.claimcheck.spark;

import io.claimcheck.claim.Claim;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A claim's figures exactly, scale included, beside its JSON: claims JSON writes {@code 250000}
 * for the {@code 250000.00} that "a quarter of a million" reads as, and the rules print figures
 * as they hold them, so a claim read back from JSON alone would give the same findings with other
 * digits in their explanations than the CLI's.
 */
final class Exact {
  private Exact() {}

  /** {@code value|lower|upper}, each as {@link BigDecimal#toString()} writes it, or empty. */
  static String encode(Claim c) {
    Quantity q = c.quantity();
    return q.value() + "|" + q.interval().lower().map(BigDecimal::toString).orElse("") + "|"
        + q.interval().upper().map(BigDecimal::toString).orElse("");
  }

  /** {@code c} with the figures of {@link #encode}. */
  static Claim restore(Claim c, String exact) {
    String[] parts = exact.split("\\|", -1);
    Quantity q = c.quantity();
    Interval interval = Interval.of(decimal(parts[1]), decimal(parts[2]));
    Quantity exactQuantity = new Quantity(q.text(), new BigDecimal(parts[0]), q.qualifier(), interval,
        q.approximate());
    return new Claim(c.id(), c.source(), c.measure(), c.subject(), exactQuantity, c.scope(), c.attribution(),
        c.evidence(), c.event(), c.modality(), c.asOf(), c.breakdown());
  }

  private static Optional<BigDecimal> decimal(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(s));
  }
}
