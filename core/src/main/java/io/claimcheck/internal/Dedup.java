package io.claimcheck.internal;

import org.jspecify.annotations.Nullable;

/**
 * A bounded table of values seen lately, so that equal immutable values read from many records
 * (an outlet's name, a place, a date, a figure) are kept once: {@link #of} gives back the
 * equal value it holds, or holds and gives back the one passed. One slot per hash, the newer value
 * replacing the older, so its size never grows. Safe from several threads for values whose
 * fields are final (a race only keeps a duplicate).
 */
public final class Dedup<T> {
  private final Object[] slots;
  private final int mask;

  /** A table of {@code 2^bits} slots. */
  public Dedup(int bits) {
    if (bits < 1 || bits > 24) {
      throw new IllegalArgumentException("bits must be 1-24, got " + bits);
    }
    this.slots = new Object[1 << bits];
    this.mask = slots.length - 1;
  }

  /** The value held equal to {@code value}, else {@code value} (now held); null for null. */
  @SuppressWarnings("unchecked")
  public @Nullable T of(@Nullable T value) {
    if (value == null) {
      return null;
    }
    int h = value.hashCode();
    int at = (h ^ (h >>> 16)) & mask;
    Object held = slots[at];
    if (held != null && held.equals(value)) {
      return (T) held;
    }
    slots[at] = value;
    return value;
  }
}
