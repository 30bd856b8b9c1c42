package io.claimcheck.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/** A relative tolerance such as 0.1 (±10%): at least 0, below 1. */
public final class Tolerance {
  private Tolerance() {}

  /**
   * Returns {@code tolerance} if it is at least 0 and below 1.
   *
   * @param name the setting's name, for the message ("approximateTolerance")
   * @throws IllegalArgumentException naming the setting and the value otherwise
   */
  public static BigDecimal require(BigDecimal tolerance, String name) {
    Objects.requireNonNull(tolerance, name);
    if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          name + " must be at least 0 and below 1, got " + tolerance.toPlainString());
    }
    return tolerance;
  }
}
