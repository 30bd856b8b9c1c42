package io.claimcheck.internal;

/**
 * Strings held by their entries (positions in something that holds them, such as a packed table of
 * claims and their ids), in one array of longs by open addressing: each slot the string's hash in
 * the high half and its entry + 1 in the low half, so that a look-up touches one place of memory
 * and no string or node is kept for a string held. A million ids of claims in a hash set are a
 * million nodes, and the ids themselves, for the collector to copy. Not thread-safe while added to.
 */
public final class PositionSet {
  /** Whether the string held at an entry is a given one. */
  @FunctionalInterface
  public interface Holds {
    /** Whether entry {@code entry} holds {@code key}. */
    boolean holds(int entry, String key);
  }

  private final Holds holds;
  private long[] slots;
  private int size;

  /** An empty set whose entries {@code holds} reads, with room for {@code expected} without growing. */
  public PositionSet(Holds holds, int expected) {
    this.holds = java.util.Objects.requireNonNull(holds, "holds");
    slots = new long[capacity(expected)];
  }

  private static int capacity(int expected) {
    int n = 16;
    while (n < expected * 2L && n < 1 << 30) {
      n <<= 1;
    }
    return n;
  }

  /**
   * Adds {@code entry}, which holds {@code key}, unless an entry holding {@code key} is in the
   * set; whether it was added. The entry is read only when another key is looked up, so it need
   * not hold its key yet.
   */
  public boolean add(String key, int entry) {
    int h = key.hashCode();
    int mask = slots.length - 1;
    int i = Hashing.spread(h) & mask;
    for (long s = slots[i]; s != 0; s = slots[i = (i + 1) & mask]) {
      if ((int) (s >>> 32) == h && holds.holds((int) s - 1, key)) {
        return false;
      }
    }
    slots[i] = (long) h << 32 | (entry + 1L);
    if (2 * ++size > slots.length) {
      grow();
    }
    return true;
  }

  /** The entry holding {@code key}, or -1 when none in the set does. */
  public int get(String key) {
    int h = key.hashCode();
    int mask = slots.length - 1;
    for (int i = Hashing.spread(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
      long s = slots[i];
      if ((int) (s >>> 32) == h && holds.holds((int) s - 1, key)) {
        return (int) s - 1;
      }
    }
    return -1;
  }

  /** How many entries it holds. */
  public int size() {
    return size;
  }

  /** Empties the set and lets its array go. */
  public void clear() {
    slots = new long[16];
    size = 0;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long s : old) {
      if (s != 0) {
        int i = Hashing.spread((int) (s >>> 32)) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
      }
    }
  }
}
