package io.claimcheck.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings held packed while a run's rules find them, for runs of hundreds of thousands: each
 * finding a row of ints, its message, explanation and claim ids UTF-8 bytes in large byte arrays,
 * its rule, group and group key indices into a table of the distinct values (a quantity's findings
 * share them). A {@link Finding} is made again, equal to the one added, when asked for.
 *
 * <p>Why: a finding held as objects is about ten (the record, its strings and their bytes, the
 * list of claim ids), and the collector copies each of them while the rules run and the report is
 * written. Each chunk of bytes is 16 bytes under 4 MB with its header, so that G1 (regions of 4 MB
 * or less, heaps under about 16 GB) allocates it as a humongous object that is never copied.
 *
 * <p>Not thread-safe while findings are added (one thread adds); {@link #get} may be called from
 * any thread once adding is done.
 */
final class PackedFindings {
  /** Bytes per chunk at most: 4 MB less an array's 16-byte header. */
  private static final int CHUNK = (1 << 22) - 16;
  /** A text's place: its chunk's index above these bits, its offset in them. */
  private static final int OFFSET_BITS = 22;
  private static final int OFFSET_MASK = (1 << OFFSET_BITS) - 1;
  /** The most chunks (places are non-negative ints): 2 GB of texts. */
  private static final int MAX_CHUNKS = 1 << (31 - OFFSET_BITS);
  private static final Severity[] SEVERITIES = Severity.values();

  private static final int SEVERITY = 0;
  private static final int RULE = 1;
  private static final int GROUP = 2;
  private static final int GROUP_KEY = 3;
  private static final int MESSAGE = 4;
  private static final int EXPLANATION = 6;
  /** Where its claim ids start in {@link #ids} (two ints an id), and how many. */
  private static final int IDS_AT = 8;
  private static final int IDS = 9;
  private static final int WIDTH = 10;

  private final int bytesPerChunk;
  private int[] rows = new int[16 * WIDTH];
  private int size;
  private int[] ids = new int[32];
  private int idsSize;
  private final List<byte[]> texts = new ArrayList<>();
  private byte[] current;
  private int currentAt;
  private final List<String> values = new ArrayList<>();
  private final Map<String, Integer> valueIndex = new HashMap<>();

  /** An empty table. */
  PackedFindings() {
    this(CHUNK);
  }

  /** An empty table of chunks of at most {@code bytesPerChunk} bytes: for tests, to reach full chunks. */
  PackedFindings(int bytesPerChunk) {
    if (bytesPerChunk < 1 || bytesPerChunk > CHUNK) {
      throw new IllegalArgumentException("chunks of 1 to " + CHUNK + " bytes, got " + bytesPerChunk);
    }
    this.bytesPerChunk = bytesPerChunk;
    this.current = new byte[0];
  }

  /** How many findings it holds. */
  int size() {
    return size;
  }

  /** Adds {@code f} at the end; its position is {@code size() - 1} after. */
  void add(Finding f) {
    Objects.requireNonNull(f, "finding");
    if ((size + 1) * WIDTH > rows.length) {
      rows = java.util.Arrays.copyOf(rows, rows.length * 2);
    }
    int at = size * WIDTH;
    rows[at + SEVERITY] = f.severity().ordinal();
    rows[at + RULE] = value(f.rule());
    rows[at + GROUP] = value(f.group());
    rows[at + GROUP_KEY] = value(f.groupKey());
    text(rows, at + MESSAGE, f.message());
    text(rows, at + EXPLANATION, f.explanation());
    List<String> claims = f.claims();
    if (idsSize + 2 * claims.size() > ids.length) {
      ids = java.util.Arrays.copyOf(ids, Math.max(ids.length * 2, idsSize + 2 * claims.size()));
    }
    rows[at + IDS_AT] = idsSize;
    rows[at + IDS] = claims.size();
    for (String id : claims) {
      text(ids, idsSize, id);
      idsSize += 2;
    }
    size++;
  }

  /**
   * The finding at {@code index}, made again: equal to the one added there, a new object each call.
   *
   * @throws IndexOutOfBoundsException if not in {@code [0, size())}
   */
  Finding get(int index) {
    Objects.checkIndex(index, size);
    int at = index * WIDTH;
    return new Finding(rule(index), severity(index), group(index), groupKey(index), claims(index),
        text(rows, at + MESSAGE), text(rows, at + EXPLANATION));
  }

  /** The severity of the finding at {@code index}, without making it. */
  Severity severity(int index) {
    return SEVERITIES[rows[index * WIDTH + SEVERITY]];
  }

  /** Its rule id, without making it (one string for all of a rule's findings). */
  String rule(int index) {
    return values.get(rows[index * WIDTH + RULE]);
  }

  /** Its group id, without making it. */
  String group(int index) {
    return values.get(rows[index * WIDTH + GROUP]);
  }

  /** Its group key, without making it. */
  String groupKey(int index) {
    return values.get(rows[index * WIDTH + GROUP_KEY]);
  }

  /** Its claim ids, made again. */
  List<String> claims(int index) {
    int from = rows[index * WIDTH + IDS_AT];
    int n = rows[index * WIDTH + IDS];
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = text(ids, from + 2 * i);
    }
    return List.of(out);
  }

  private int value(String v) {
    Integer held = valueIndex.get(v);
    if (held != null) {
      return held;
    }
    values.add(v);
    valueIndex.put(v, values.size() - 1);
    return values.size() - 1;
  }

  /**
   * {@code s} as UTF-8 bytes in the chunks, its place (chunk index in the high bits, offset in the
   * low 22) and length at {@code into[at]} and {@code into[at + 1]}. Chunks start small and double
   * up to the most (a report of a few findings takes a few kB). A text UTF-8 cannot give back (a
   * lone surrogate) or longer than a chunk is held as a value of its own.
   */
  private void text(int[] into, int at, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length == 0) {
      into[at] = 0;
      into[at + 1] = 0;
      return;
    }
    if (b.length > bytesPerChunk || (b.length != s.length() || hasQuestionMark(b)) && !utf8(s)) {
      held(into, at, s);
      return;
    }
    if (current.length - currentAt < b.length) {
      if (texts.size() == MAX_CHUNKS) {
        held(into, at, s);
        return;
      }
      int grown = (int) Math.min(bytesPerChunk, Math.max(Math.max(4096L, 2L * current.length), b.length));
      current = new byte[grown];
      texts.add(current);
      currentAt = 0;
    }
    System.arraycopy(b, 0, current, currentAt, b.length);
    into[at] = (texts.size() - 1) << OFFSET_BITS | currentAt;
    into[at + 1] = b.length;
    currentAt += b.length;
  }

  private void held(int[] into, int at, String s) {
    into[at] = -1;
    into[at + 1] = value(s);
  }

  /**
   * Whether {@code b} holds a '?': what UTF-8 puts for a lone surrogate (a text of as many bytes as
   * chars is all ASCII unless it has one).
   */
  private static boolean hasQuestionMark(byte[] b) {
    for (byte x : b) {
      if (x == '?') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} comes back the same from UTF-8: it has no lone surrogate. */
  private static boolean utf8(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private String text(int[] from, int at) {
    if (from[at] == -1) {
      return values.get(from[at + 1]);
    }
    if (from[at + 1] == 0) {
      return "";
    }
    return new String(texts.get(from[at] >>> OFFSET_BITS), from[at] & OFFSET_MASK, from[at + 1],
        StandardCharsets.UTF_8);
  }
}
