package io.claimcheck;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.internal.Hashing;
import io.claimcheck.internal.Parallel;
import io.claimcheck.internal.Rows;
import io.claimcheck.quantity.Quantity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Claims held packed, for runs of millions: each claim is a row of ints in large int arrays, its
 * id and document id are Latin-1 bytes in large byte arrays (a document's once for its claims
 * added one after another), its evidence's span and its source's line are ints of the row, and its
 * other parts (measure, quantity, scope, the evidence's sentence, the source's outlet and
 * dates...) are indices into one table of the distinct values: claims of a file share an outlet,
 * a figure or a place by the thousand, a sentence with the other claims in it. A {@link Claim} is
 * made again, equal to the one added, when asked for.
 *
 * <p>Why: a million claims held as objects are 6 million objects (claim, source, two strings and
 * their bytes), and the collector copies each of them twice while the run reads (young, then
 * old), which is most of the pause time of a check. Each chunk is 16 bytes under 4 MB with its
 * header, so that with G1 on heaps under about 16 GB (regions of 4 MB or less) it is a humongous
 * object filling whole regions: allocated old, never copied, with no region's tail left unused. On
 * larger heaps, or with another collector, the chunks are large objects like any other.
 *
 * <p>Not thread-safe: one thread adds; {@link #get} may then be called from any thread once adding
 * is done.
 */
final class ClaimTable {
  /** The bytes of a chunk's elements: 4 MB less an array's 16-byte header. */
  private static final int CHUNK = (1 << 22) - 16;
  /** Bytes per chunk of texts. A text is never cut across two chunks. */
  private static final int BYTES = CHUNK;

  private static final int DOC_AT = 0;
  private static final int DOC_LENGTH = 1;
  private static final int ID_AT = 2;
  private static final int ID_LENGTH = 3;
  private static final int LINE = 4;
  private static final int OUTLET = 5;
  private static final int PUBLISHED = 6;
  private static final int URL = 7;
  private static final int TITLE = 8;
  private static final int PATH = 9;
  private static final int MEASURE = 10;
  private static final int SUBJECT = 11;
  private static final int QUANTITY = 12;
  private static final int SCOPE = 13;
  private static final int ATTRIBUTION = 14;
  /** The evidence's sentence; its span is two ints of the row (each claim has its own). */
  private static final int EVIDENCE = 15;
  private static final int EVENT = 16;
  private static final int MODALITY = 17;
  private static final int AS_OF = 18;
  private static final int BREAKDOWN = 19;
  private static final int SPAN_START = 20;
  private static final int SPAN_END = 21;
  private static final int WIDTH = 22;
  /** Claims per chunk of rows: 47,662 rows of 22 ints (4 MB less 32 bytes with the header). */
  private static final int ROWS = CHUNK / (4 * WIDTH);
  private static final Modality[] MODALITIES = Modality.values();
  /**
   * A text held as a value, not as bytes (it is not Latin-1, it is longer than a chunk, or the
   * chunks of bytes are all taken).
   */
  private static final int HELD = -1;
  /** No value: the component is null. */
  private static final int NONE = -1;

  /** Claims per chunk of rows, bytes per chunk of texts, and the most chunks of texts. */
  private final int rowsPerChunk;
  private final int bytesPerChunk;
  private final int textChunks;

  private final List<int[]> rows = new ArrayList<>();
  private final List<byte[]> texts = new ArrayList<>();
  private byte @Nullable [] current;
  private int currentAt;
  private int size;

  private final List<Object> values = new ArrayList<>();
  private Map<Object, Integer> valueIndex = new HashMap<>();
  /**
   * Values added lately by identity, one place an identity hash (a newer one replaces the older), and
   * their indices: a reader gives a value met again as the object it made before, and this finds it
   * without hashing and comparing the value itself (records compute their hash each time).
   */
  private Object[] sameKeys = new Object[1 << SAME_BITS];
  private int[] sameIndex = new int[1 << SAME_BITS];
  /** Whether adding is over ({@link #view}): what adding needs is let go. */
  private boolean sealed;
  private static final int SAME_BITS = 15;
  /** Per component, the value last added and its index: claims of a file share most parts in runs. */
  private final Object[] lastValue = new Object[WIDTH];
  private final int[] lastIndex = new int[WIDTH];
  /** The document id last added, and where its text is: a document's claims come one after another. */
  private @Nullable String lastDocument;
  private int lastDocumentAt;
  private int lastDocumentLength;

  /** An empty table. */
  ClaimTable() {
    this(ROWS, BYTES, Integer.MAX_VALUE);
  }

  /**
   * An empty table of chunks of {@code rowsPerChunk} rows and {@code bytesPerChunk} bytes, with at
   * most {@code textChunks} chunks of bytes (fewer when their positions would pass an int): for
   * tests, to reach full chunks and the last one with a few claims.
   */
  ClaimTable(int rowsPerChunk, int bytesPerChunk, int textChunks) {
    if (rowsPerChunk < 1 || bytesPerChunk < 1 || textChunks < 0) {
      throw new IllegalArgumentException("chunks of 1 row and 1 byte at least, got " + rowsPerChunk + " rows, "
          + bytesPerChunk + " bytes, " + textChunks + " chunks of bytes");
    }
    this.rowsPerChunk = rowsPerChunk;
    this.bytesPerChunk = bytesPerChunk;
    this.textChunks = Math.min(textChunks, Integer.MAX_VALUE / bytesPerChunk); // positions are ints
  }

  /** How many claims it holds. */
  int size() {
    return size;
  }

  /** Adds {@code claim} at the end; its position is {@code size() - 1} after. */
  void add(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    if (sealed) {
      throw new IllegalStateException("the table is sealed: its claims are being read");
    }
    if (size == rows.size() * rowsPerChunk) {
      rows.add(new int[rowsPerChunk * WIDTH]);
    }
    int[] row = rows.get(size / rowsPerChunk);
    int at = (size % rowsPerChunk) * WIDTH;
    Source s = claim.source();
    String document = s.documentId();
    if (document.equals(lastDocument)) { // the text once for all of a document's claims
      row[at + DOC_AT] = lastDocumentAt;
      row[at + DOC_LENGTH] = lastDocumentLength;
    } else {
      text(row, at + DOC_AT, document);
      lastDocument = document;
      lastDocumentAt = row[at + DOC_AT];
      lastDocumentLength = row[at + DOC_LENGTH];
    }
    text(row, at + ID_AT, claim.id());
    row[at + LINE] = s.line();
    row[at + OUTLET] = value(OUTLET, s.outlet());
    row[at + PUBLISHED] = value(PUBLISHED, s.published());
    row[at + URL] = value(URL, s.url());
    row[at + TITLE] = value(TITLE, s.title());
    row[at + PATH] = value(PATH, s.path());
    row[at + MEASURE] = value(MEASURE, claim.measure());
    row[at + SUBJECT] = value(SUBJECT, claim.subject());
    row[at + QUANTITY] = value(QUANTITY, claim.quantity());
    row[at + SCOPE] = value(SCOPE, claim.scope());
    row[at + ATTRIBUTION] = value(ATTRIBUTION, claim.attribution());
    Evidence evidence = claim.evidence();
    row[at + EVIDENCE] = value(EVIDENCE, evidence.sentence());
    row[at + SPAN_START] = evidence.start();
    row[at + SPAN_END] = evidence.end();
    row[at + EVENT] = value(EVENT, claim.event());
    row[at + MODALITY] = claim.modality().ordinal();
    row[at + AS_OF] = value(AS_OF, claim.asOf());
    row[at + BREAKDOWN] = value(BREAKDOWN, claim.breakdown());
    size++;
  }

  /**
   * The claim at {@code index}, made again: equal to the one added there, a new object on each call.
   *
   * @throws IndexOutOfBoundsException if not in {@code [0, size())}
   */
  Claim get(int index) {
    Objects.checkIndex(index, size);
    return claim(index, source(index), null);
  }

  /** The source of the claim at {@code index}, made again. */
  private Source source(int index) {
    int[] row = rows.get(index / rowsPerChunk);
    int at = (index % rowsPerChunk) * WIDTH;
    return new Source(text(row, at + DOC_AT), (String) value(row[at + OUTLET]),
        (LocalDate) value(row[at + PUBLISHED]), (String) value(row[at + URL]), (String) value(row[at + TITLE]),
        (String) value(row[at + PATH]), row[at + LINE]);
  }

  /**
   * Whether the claims at {@code a} and {@code b} have the same source, held at the same place: the
   * claims of a document added one after another do.
   */
  private boolean sameSource(int a, int b) {
    int[] rowA = rows.get(a / rowsPerChunk);
    int atA = (a % rowsPerChunk) * WIDTH;
    int[] rowB = rows.get(b / rowsPerChunk);
    int atB = (b % rowsPerChunk) * WIDTH;
    if (rowA[atA + DOC_AT] != rowB[atB + DOC_AT] || rowA[atA + DOC_LENGTH] != rowB[atB + DOC_LENGTH]) {
      return false;
    }
    for (int c = LINE; c <= PATH; c++) {
      if (rowA[atA + c] != rowB[atB + c]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The claim at {@code index} made again, with {@code source}, and with the evidence of
   * {@code before} (the claim made before it) when it is the same.
   */
  private Claim claim(int index, Source source, @Nullable Claim before) {
    int[] row = rows.get(index / rowsPerChunk);
    int at = (index % rowsPerChunk) * WIDTH;
    String sentence = (String) values.get(row[at + EVIDENCE]);
    int start = row[at + SPAN_START];
    int end = row[at + SPAN_END];
    Evidence evidence = before != null && before.evidence().sentence() == sentence
        && before.evidence().start() == start && before.evidence().end() == end
        ? before.evidence() : new Evidence(start, end, sentence);
    return new Claim(text(row, at + ID_AT), source, (Measure) value(row[at + MEASURE]),
        (String) value(row[at + SUBJECT]), (Quantity) value(row[at + QUANTITY]), (Scope) value(row[at + SCOPE]),
        (String) value(row[at + ATTRIBUTION]), evidence, (String) value(row[at + EVENT]),
        MODALITIES[row[at + MODALITY]], (PartialDate) value(row[at + AS_OF]),
        (Breakdown) value(row[at + BREAKDOWN]));
  }

  /** The document id of the claim at {@code index}, without making the claim. */
  String documentId(int index) {
    Objects.checkIndex(index, size);
    return text(rows.get(index / rowsPerChunk), (index % rowsPerChunk) * WIDTH + DOC_AT);
  }

  /** The id of the claim at {@code index}, without making the claim. */
  String id(int index) {
    Objects.checkIndex(index, size);
    return text(rows.get(index / rowsPerChunk), (index % rowsPerChunk) * WIDTH + ID_AT);
  }

  /** Whether the id of the claim at {@code index} is {@code id}, without making a string. */
  boolean idIs(int index, String id) {
    int[] row = rows.get(index / rowsPerChunk);
    int at = (index % rowsPerChunk) * WIDTH + ID_AT;
    if (row[at] == HELD) {
      return values.get(row[at + 1]).equals(id);
    }
    int length = row[at + 1];
    if (length != id.length()) {
      return false;
    }
    if (length == 0) {
      return true;
    }
    byte[] b = texts.get(row[at] / bytesPerChunk);
    int from = row[at] % bytesPerChunk;
    for (int i = 0; i < length; i++) {
      if ((b[from + i] & 0xff) != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every claim held, as an immutable list that makes a claim again on each get (equal to the one
   * added there), holding no claim object, whose {@link Rows#keys keys} read ids, document ids and
   * publication days from the rows: for a run's resolution and report once adding is done. The
   * table is sealed: no claim can be added after, and what only adding needs (the index of values,
   * the last values added) is let go, as the report may hold the table long. Safe to read from any
   * thread then, since nothing changes and a get keeps no scratch state.
   */
  List<Claim> view() {
    sealed = true;
    valueIndex = new HashMap<>();
    sameKeys = new Object[1];
    sameIndex = new int[1];
    Arrays.fill(lastValue, null);
    lastDocument = null;
    current = null;
    return Rows.of(size, this::get, new Rows.Keys() {
      @Override
      public String id(int row) {
        return ClaimTable.this.id(row);
      }

      @Override
      public boolean idIs(int row, String id) {
        Objects.checkIndex(row, size);
        return ClaimTable.this.idIs(row, id);
      }

      @Override
      public String documentId(int row) {
        return ClaimTable.this.documentId(row);
      }

      @Override
      public @Nullable LocalDate published(int row) {
        return ClaimTable.this.published(row);
      }

      @Override
      public int compareDocumentIds(int a, int b) {
        return ClaimTable.this.compareDocumentIds(a, b);
      }
    });
  }

  /** The publication day of the source of the claim at {@code index}, without making the claim. */
  @Nullable LocalDate published(int index) {
    Objects.checkIndex(index, size);
    return (LocalDate) value(rows.get(index / rowsPerChunk)[(index % rowsPerChunk) * WIDTH + PUBLISHED]);
  }

  /**
   * {@code documentId(a).compareTo(documentId(b))} without making either: Latin-1 bytes compare
   * unsigned as their chars do.
   */
  int compareDocumentIds(int a, int b) {
    Objects.checkIndex(a, size);
    Objects.checkIndex(b, size);
    int[] rowA = rows.get(a / rowsPerChunk);
    int atA = (a % rowsPerChunk) * WIDTH + DOC_AT;
    int[] rowB = rows.get(b / rowsPerChunk);
    int atB = (b % rowsPerChunk) * WIDTH + DOC_AT;
    if (rowA[atA] == rowB[atB] && rowA[atA + 1] == rowB[atB + 1]) {
      return 0; // held at one place (a document's claims added one after another), or one value
    }
    if (rowA[atA] == HELD || rowB[atB] == HELD) {
      return text(rowA, atA).compareTo(text(rowB, atB));
    }
    int lengthA = rowA[atA + 1];
    int lengthB = rowB[atB + 1];
    if (lengthA == 0 || lengthB == 0) {
      return Integer.compare(lengthA, lengthB);
    }
    int fromA = rowA[atA] % bytesPerChunk;
    int fromB = rowB[atB] % bytesPerChunk;
    return Integer.signum(Arrays.compareUnsigned(texts.get(rowA[atA] / bytesPerChunk), fromA, fromA + lengthA,
        texts.get(rowB[atB] / bytesPerChunk), fromB, fromB + lengthB));
  }

  /**
   * Every claim, made again in order: a list of its own, to change at will. Claims of one source
   * added one after another share one {@link Source} again, as they did when added.
   */
  ArrayList<Claim> claims() {
    return claims(1);
  }

  /** The same, made on {@code threads} threads (the calling one among them). */
  ArrayList<Claim> claims(int threads) {
    ArrayList<Claim> out = new ArrayList<>(size);
    Parallel.map(size, threads, (from, to) -> {
      List<Claim> part = new ArrayList<>(to - from);
      Source source = null;
      Claim before = null;
      for (int i = from; i < to; i++) {
        source = source != null && sameSource(i - 1, i) ? source : source(i);
        before = claim(i, source, before);
        part.add(before);
      }
      return part;
    }).forEach(out::addAll);
    return out;
  }

  /** Empties the table, keeping nothing. */
  void clear() {
    rows.clear();
    texts.clear();
    current = null;
    currentAt = 0;
    size = 0;
    values.clear();
    valueIndex.clear();
    Arrays.fill(lastValue, null);
    Arrays.fill(sameKeys, null);
    lastDocument = null;
  }

  private void text(int[] row, int at, String s) {
    int length = s.length();
    if (length == 0) { // no bytes: it touches no chunk (the current one may be full, or none yet)
      row[at] = 0;
      row[at + 1] = 0;
      return;
    }
    if (length > bytesPerChunk) {
      heldText(row, at, s);
      return;
    }
    if (current == null || bytesPerChunk - currentAt < length) {
      if (texts.size() >= textChunks) { // positions are ints: 2 GB of texts at most
        heldText(row, at, s);
        return;
      }
      current = new byte[bytesPerChunk];
      texts.add(current);
      currentAt = 0;
    }
    // copied as Latin-1 and checked in one pass: a text that is not is held, and its bytes written over
    byte[] to = current;
    int from = currentAt;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c > 0xff) {
        heldText(row, at, s);
        return;
      }
      to[from + i] = (byte) c;
    }
    row[at] = (texts.size() - 1) * bytesPerChunk + currentAt;
    row[at + 1] = length;
    currentAt += length;
  }

  private void heldText(int[] row, int at, String s) {
    row[at] = HELD;
    row[at + 1] = values.size();
    values.add(s);
  }

  private String text(int[] row, int at) {
    if (row[at] == HELD) {
      return (String) values.get(row[at + 1]);
    }
    if (row[at + 1] == 0) {
      return "";
    }
    return new String(texts.get(row[at] / bytesPerChunk), row[at] % bytesPerChunk, row[at + 1], StandardCharsets.ISO_8859_1);
  }

  private int value(int component, @Nullable Object v) {
    if (v == null) {
      return NONE;
    }
    if (lastValue[component] == v) {
      return lastIndex[component];
    }
    int same = Hashing.spread(System.identityHashCode(v)) & (sameKeys.length - 1);
    int index;
    if (sameKeys[same] == v) {
      index = sameIndex[same];
    } else {
      Integer held = valueIndex.get(v);
      if (held == null) {
        index = values.size();
        values.add(v);
        valueIndex.put(v, index);
      } else {
        index = held;
      }
      sameKeys[same] = v;
      sameIndex[same] = index;
    }
    lastValue[component] = v;
    lastIndex[component] = index;
    return index;
  }

  private @Nullable Object value(int index) {
    return index == NONE ? null : values.get(index);
  }

  /**
   * A set of the ids of some claims of a table, held as their positions in it (no string each):
   * for the claim ids a run has read, to skip repeats. Not thread-safe.
   */
  static final class Ids {
    private final io.claimcheck.internal.PositionSet set;

    /** An empty set over {@code table}. */
    Ids(ClaimTable table) {
      Objects.requireNonNull(table, "table");
      set = new io.claimcheck.internal.PositionSet(table::idIs, 8);
    }

    /**
     * Adds the claim at {@code index} of the table, whose id is {@code id}, unless a claim of that
     * id is in the set; whether it was added. The claim need not be in the table yet: it is read
     * only when another id is looked up.
     */
    boolean add(String id, int index) {
      return set.add(id, index);
    }

    /** How many ids it holds. */
    int size() {
      return set.size();
    }

    /** Empties the set and lets its arrays go. */
    void clear() {
      set.clear();
    }
  }
}
