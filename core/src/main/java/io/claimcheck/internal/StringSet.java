package io.claimcheck.internal;

import java.util.Objects;

/**
 * A set of strings held as one array (open addressing, linear probing): one reference per string
 * and no entry objects, where a {@link java.util.HashSet} holds a node of 32 bytes per string. For
 * sets of millions of ids, such as the claim ids of a run. Not thread-safe.
 */
public final class StringSet {
  private String[] table = new String[16];
  private int size;

  /** Adds {@code s}; whether it was not in the set. */
  public boolean add(String s) {
    Objects.requireNonNull(s, "s");
    if (2 * (size + 1) > table.length) {
      grow();
    }
    if (!insert(table, s)) {
      return false;
    }
    size++;
    return true;
  }

  /** Whether {@code s} is in the set. */
  public boolean contains(String s) {
    int mask = table.length - 1;
    for (int i = spread(s.hashCode()) & mask; table[i] != null; i = (i + 1) & mask) {
      if (table[i].equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** How many strings it holds. */
  public int size() {
    return size;
  }

  /** Empties the set and lets go of its table. */
  public void clear() {
    table = new String[16];
    size = 0;
  }

  private static boolean insert(String[] t, String s) {
    int mask = t.length - 1;
    int i = spread(s.hashCode()) & mask;
    for (; t[i] != null; i = (i + 1) & mask) {
      if (t[i].equals(s)) {
        return false;
      }
    }
    t[i] = s;
    return true;
  }

  private void grow() {
    String[] bigger = new String[table.length * 2];
    for (String s : table) {
      if (s != null) {
        insert(bigger, s);
      }
    }
    table = bigger;
  }

  /** The hash's high bits mixed into the low ones the mask keeps (ids often differ only at the end). */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
