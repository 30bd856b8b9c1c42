package io.claimcheck.internal;

/** The spread of a hash code over the slots of the project's open-addressing tables. */
public final class Hashing {
  private Hashing() {}

  /**
   * {@code h} spread for a table whose slot is {@code spread(h) & mask}: multiplied, then the high
   * bits folded down, so the low bits the mask takes depend on all of the hash (the low bits of a
   * product depend only on the low bits of what was multiplied).
   */
  public static int spread(int h) {
    int m = h * 0x9E3779B9;
    return m ^ (m >>> 16);
  }
}
