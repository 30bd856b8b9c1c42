package io.claimcheck.quantity;

/** How the intervals of two figures for one quantity relate. */
public enum Relation {
  /** The same interval. */
  AGREE,
  /** Different intervals that share at least one value: both can be true. */
  COMPATIBLE,
  /** No value satisfies both: they cannot both be true. */
  DISJOINT
}
