package io.claimcheck.input;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A record whose keys all come from a fixed list (a claim's, or its quantity's), held as an array
 * of values rather than a hash map: claims files have a million such lines. It answers
 * {@link #get} and {@link #containsKey} as the map {@link Records#value} would have made, so the
 * claim is read by the same code either way.
 */
final class Slots extends AbstractMap<String, Object> {
  /** The keys a claim record may have, as {@code claimcheck extract} writes them and more. */
  static final Keys CLAIM = new Keys(List.of("id", "document", "source", "published", "url", "title", "path", "line",
      "measure", "subject", "quantity", "locations", "date", "timeScope", "attribution", "start", "end", "sentence",
      "event", "modality", "asOf", "breakdown"));
  /** The keys of a claim's quantity. */
  static final Keys QUANTITY = new Keys(List.of("text", "value", "qualifier", "lower", "upper", "approximate"));
  /** The slot of a claim's quantity. */
  static final int QUANTITY_SLOT = CLAIM.index("quantity");
  /** The keys of a claim's breakdown. */
  static final Keys BREAKDOWN = new Keys(List.of("id", "parts", "complete"));
  /** The slot of a claim's breakdown. */
  static final int BREAKDOWN_SLOT = CLAIM.index("breakdown");

  /** A fixed list of keys and the slot of each. */
  static final class Keys {
    final List<String> names;
    /** The keys by their hash, open addressing: a key and its slot at each place, or null. */
    private final String[] table;
    private final int[] slotAt;
    private final int mask;

    Keys(List<String> names) {
      this.names = names;
      int size = Integer.highestOneBit(Math.max(4, names.size() * 4 - 1)) << 1;
      table = new String[size];
      slotAt = new int[size];
      mask = size - 1;
      for (int i = 0; i < names.size(); i++) {
        int at = names.get(i).hashCode() & mask;
        while (table[at] != null) {
          at = (at + 1) & mask;
        }
        table[at] = names.get(i);
        slotAt[at] = i;
      }
    }

    /** The slot of {@code key}, or -1 when it is not one of these keys. */
    int index(String key) {
      // a parser's field names and the callers' literals are mostly the very strings held
      for (int at = key.hashCode() & mask; table[at] != null; at = (at + 1) & mask) {
        if (table[at] == key || table[at].equals(key)) {
          return slotAt[at];
        }
      }
      return -1;
    }
  }

  private final Keys keys;
  private final @Nullable Object[] values;
  private long present;

  Slots(Keys keys) {
    this.keys = keys;
    this.values = new Object[keys.names.size()];
  }

  /** Whether {@code slot} has a value (null among them). */
  boolean has(int slot) {
    return (present & 1L << slot) != 0;
  }

  void put(int slot, @Nullable Object value) {
    values[slot] = value;
    present |= 1L << slot;
  }

  @Override
  public @Nullable Object get(Object key) {
    int at = key instanceof String s ? keys.index(s) : -1;
    return at < 0 ? null : values[at];
  }

  @Override
  public boolean containsKey(Object key) {
    int at = key instanceof String s ? keys.index(s) : -1;
    return at >= 0 && (present & 1L << at) != 0;
  }

  @Override
  public int size() {
    return Long.bitCount(present);
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      if ((present & 1L << i) != 0) {
        m.put(keys.names.get(i), values[i]);
      }
    }
    return m.entrySet();
  }
}
