package io.claimcheck.input;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A claim read straight from the bytes of its line, for claims files of millions of lines: no
 * parser's tokens, no map of values, and a value met before on the thread (an outlet, a date, a
 * place, a whole quantity) is found by its bytes and given as the one made then, not decoded again.
 *
 * <p>It reads the form {@code claimcheck extract} writes, and only lines it is sure of: one JSON
 * object of a claim's keys, each once, with strings of valid UTF-8 and JSON's escapes, whole or
 * decimal numbers without exponent or sign, and every value of the type and range
 * {@link ClaimParser} takes. Anything else, right or wrong (a number written as text, an
 * exponent, a key twice, a bad date...), gives null, and the line is read by {@link Records} and
 * {@link ClaimParser}, which say what is wrong, if anything. So what it gives is what they give:
 * an equal claim, or nothing.
 *
 * <p>Each thread has its own tables (see {@link #forget}).
 */
final class ClaimBytes {
  private ClaimBytes() {}

  private static final ThreadLocal<Reader> READERS = ThreadLocal.withInitial(Reader::new);

  /** The claim on bytes {@code [from, to)} of {@code b}, a line; null when it is not read here. */
  static @Nullable Claim read(byte[] b, int from, int to) {
    return READERS.get().line(b, from, to);
  }

  /**
   * Lines left to the general reader because reading them here threw what no value's type throws
   * (a mistake of this reader, not of the line), for tests: none.
   */
  static int unexpected() {
    return unexpected.get();
  }

  private static final java.util.concurrent.atomic.AtomicInteger unexpected = new java.util.concurrent.atomic.AtomicInteger();

  /** Ends this thread's tables, when a reading run ends: no thread keeps them after it. */
  static void forget() {
    READERS.remove();
  }

  /** Why a line is left to the general reader; thrown without a trace. */
  private static final class Other extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Other() {
      super(null, null, false, false);
    }
  }

  private static final Other OTHER = new Other();

  /** {@code seen} with key {@code slot} marked; a key seen already leaves the line to the JSON parser. */
  private static long once(long seen, int slot) {
    if ((seen & 1L << slot) != 0) {
      throw OTHER;
    }
    return seen | 1L << slot;
  }

  // a claim's keys, in Slots.CLAIM's order
  private static final int ID = 0;
  private static final int DOCUMENT = 1;
  private static final int SOURCE = 2;
  private static final int PUBLISHED = 3;
  private static final int URL = 4;
  private static final int TITLE = 5;
  private static final int PATH = 6;
  private static final int LINE = 7;
  private static final int MEASURE = 8;
  private static final int SUBJECT = 9;
  private static final int QUANTITY = 10;
  private static final int LOCATIONS = 11;
  private static final int DATE = 12;
  private static final int TIME_SCOPE = 13;
  private static final int ATTRIBUTION = 14;
  private static final int START = 15;
  private static final int END = 16;
  private static final int SENTENCE = 17;
  private static final int EVENT = 18;
  private static final int MODALITY = 19;
  private static final int AS_OF = 20;
  private static final int BREAKDOWN = 21;

  private static final Names CLAIM_KEYS = new Names(Slots.CLAIM.names);
  private static final Names QUANTITY_KEYS = new Names(Slots.QUANTITY.names);
  private static final Names BREAKDOWN_KEYS = new Names(Slots.BREAKDOWN.names);

  /**
   * Strings longer than this many bytes are decoded each time, not looked up: with at most 16,384
   * held, a thread's string keys take 2 MB at most, and the strings as much again.
   */
  private static final int HELD = 128;

  /**
   * A list of places or a quantity whose bytes are longer than this is read each time, not held:
   * with 8,192 of each, their keys take 8 MB at most a thread (a quantity object is about 100
   * bytes, a list of places a few dozen).
   */
  private static final int HELD_SPAN = 4 * HELD;

  /** The decoding buffer is let go after a line that grew it past this many chars. */
  private static final int CHARS_KEPT = 1 << 16;

  /** A fixed list of ASCII keys, found by their bytes. */
  private static final class Names {
    /** By length: the keys of that length and their slots. */
    private final byte[][][] keys = new byte[24][][];
    private final int[][] slots = new int[24][];

    Names(List<String> names) {
      for (int i = 0; i < names.size(); i++) {
        byte[] k = names.get(i).getBytes(StandardCharsets.US_ASCII);
        int n = k.length;
        keys[n] = keys[n] == null ? new byte[][] {k} : append(keys[n], k);
        slots[n] = slots[n] == null ? new int[] {i} : append(slots[n], i);
      }
    }

    private static byte[][] append(byte[][] a, byte[] k) {
      byte[][] out = Arrays.copyOf(a, a.length + 1);
      out[a.length] = k;
      return out;
    }

    private static int[] append(int[] a, int i) {
      int[] out = Arrays.copyOf(a, a.length + 1);
      out[a.length] = i;
      return out;
    }

    /** The slot of the key on bytes {@code [from, to)}, or -1. */
    int slot(byte[] b, int from, int to) {
      int n = to - from;
      if (n >= keys.length || keys[n] == null) {
        return -1;
      }
      byte[][] ks = keys[n];
      for (int i = 0; i < ks.length; i++) {
        if (Arrays.equals(ks[i], 0, n, b, from, to)) {
          return slots[n][i];
        }
      }
      return -1;
    }
  }

  /**
   * Values by the bytes they were read from, one place a hash (a newer value replaces the older):
   * bounded, and a repeated value is found without being read again.
   */
  private static final class Spans<V> {
    private final byte[][] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    Spans(int bits) {
      keys = new byte[1 << bits][];
      hashes = new int[1 << bits];
      values = new Object[1 << bits];
      mask = (1 << bits) - 1;
    }

    @SuppressWarnings("unchecked")
    @Nullable V get(byte[] b, int from, int to, int hash) {
      int at = (hash ^ (hash >>> 15)) & mask;
      byte[] k = keys[at];
      return k != null && hashes[at] == hash && Arrays.equals(k, 0, k.length, b, from, to) ? (V) values[at] : null;
    }

    void put(byte[] b, int from, int to, int hash, V value) {
      int at = (hash ^ (hash >>> 15)) & mask;
      keys[at] = Arrays.copyOfRange(b, from, to);
      hashes[at] = hash;
      values[at] = value;
    }
  }

  /** Values made from a string, by the string (held strings are mostly the very ones met again). */
  private static final class Memo<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    Memo(int bits) {
      keys = new String[1 << bits];
      values = new Object[1 << bits];
      mask = (1 << bits) - 1;
    }

    @SuppressWarnings("unchecked")
    @Nullable V get(String key) {
      int at = key.hashCode() & mask;
      String k = keys[at];
      // equals alone (it tests identity first): an identity test of this site's own is a branch a long
      // read may first take late, which makes the compiler throw its code away (see the commit that made it so)
      return k != null && k.equals(key) ? (V) values[at] : null;
    }

    void put(String key, V value) {
      int at = key.hashCode() & mask;
      keys[at] = key;
      values[at] = value;
    }

    /** The value held for {@code key}, or {@code make}'s, then held; what {@code make} throws goes to the caller. */
    V of(String key, java.util.function.Function<String, V> make) {
      V v = get(key);
      if (v == null) {
        v = make.apply(key);
        put(key, v);
      }
      return v;
    }
  }

  /** Scopes by the identity of their parts: a claim's places and date are the objects made for the claims before it. */
  private static final class Scopes {
    private final Scope[] held;
    private final int mask;

    Scopes(int bits) {
      held = new Scope[1 << bits];
      mask = (1 << bits) - 1;
    }

    private int at(List<String> locations, @Nullable PartialDate date, TimeScope timeScope) {
      int h = (System.identityHashCode(locations) * 31 + System.identityHashCode(date)) * 31 + timeScope.ordinal();
      return (h ^ (h >>> 15)) & mask;
    }

    @Nullable Scope get(List<String> locations, @Nullable PartialDate date, TimeScope timeScope) {
      Scope s = held[at(locations, date, timeScope)];
      return s != null && s.locations() == locations && s.date() == date && s.timeScope() == timeScope ? s : null;
    }

    void put(Scope s) {
      held[at(s.locations(), s.date(), s.timeScope())] = s;
    }
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    return h;
  }

  /** One thread's reading: the line being read, and the values it has met. */
  private static final class Reader {
    private byte[] b = new byte[0];
    private int p;
    private int end;
    /** The string last scanned: its bytes {@code [start, stop)}, their hash, and whether they are ASCII without escapes. */
    private int start;
    private int stop;
    private int hash;
    private boolean plain;
    private char[] chars = new char[64];

    // sized for claims files of thousands of outlets, places and figures (a million claims of 10,000
    // events: 3,000 lists of places, 3,300 quantities and sentences in 300,000 lines): a value made
    // again is a new object, which its table then looks up by equality rather than identity
    private final Spans<String> strings = new Spans<>(14);
    private final Spans<Quantity> quantities = new Spans<>(13);
    private final Spans<List<String>> places = new Spans<>(13);
    private final Scopes scopes = new Scopes(13);
    private final Memo<LocalDate> days = new Memo<>(11);
    private final Memo<PartialDate> dates = new Memo<>(11);
    private final Memo<Measure> measures = new Memo<>(5);
    private final Memo<TimeScope> timeScopes = new Memo<>(3);
    private final Memo<Modality> modalities = new Memo<>(3);

    /** The document's id read last, and its bytes: a document's claims come one after another. */
    private byte[] lastDocumentBytes = new byte[0];
    private @Nullable String lastDocument;
    private @Nullable Source lastSource;
    private @Nullable Evidence lastEvidence;

    @Nullable Claim line(byte[] bytes, int from, int to) {
      b = bytes;
      p = from;
      end = to;
      try {
        return claim();
      } catch (Other e) {
        return null;
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        return null; // a value refused by its type: the general reader says what is wrong
      } catch (RuntimeException e) {
        unexpected.incrementAndGet(); // a mistake here, not in the line: the tests see it
        return null; // the general reader still reads the line, right or wrong
      } finally {
        b = null;
        if (chars.length > CHARS_KEPT) {
          chars = new char[64]; // a long string met once is not held for the rest of the run
        }
      }
    }

    private Claim claim() {
      String id = null;
      String document = null;
      String outlet = null;
      LocalDate published = null;
      String url = null;
      String title = null;
      String path = null;
      int line = 0;
      Measure measure = null;
      String subject = null;
      Quantity quantity = null;
      List<String> locations = List.of();
      PartialDate date = null;
      TimeScope timeScope = TimeScope.INCIDENT;
      String attribution = null;
      int spanStart = 0;
      int spanEnd = -1;
      String sentence = null;
      String event = null;
      Modality modality = Modality.REPORTED;
      PartialDate asOf = null;
      Breakdown breakdown = null;
      long seen = 0;
      open('{');
      while (true) {
        int slot = key(CLAIM_KEYS);
        seen = once(seen, slot);
        ws();
        switch (slot) {
          case ID:
            id = required(false);
            break;
          case DOCUMENT:
            document = document();
            break;
          case SOURCE:
            outlet = text();
            break;
          case PUBLISHED:
            published = day();
            break;
          case URL:
            url = text();
            break;
          case TITLE:
            title = text();
            break;
          case PATH:
            path = text();
            break;
          case LINE:
            line = offset(0);
            break;
          case MEASURE:
            measure = measure();
            break;
          case SUBJECT:
            subject = text();
            break;
          case QUANTITY:
            quantity = quantity();
            break;
          case LOCATIONS:
            locations = locations();
            break;
          case DATE:
            date = date();
            break;
          case TIME_SCOPE:
            timeScope = timeScope();
            break;
          case ATTRIBUTION:
            attribution = text();
            break;
          case START:
            spanStart = offset(0);
            break;
          case END:
            spanEnd = offset(-1);
            break;
          case SENTENCE:
            sentence = text();
            break;
          case EVENT:
            event = text();
            break;
          case MODALITY:
            modality = modality();
            break;
          case AS_OF:
            asOf = date();
            break;
          default:
            breakdown = breakdown();
            break;
        }
        if (!more()) {
          break;
        }
      }
      ws();
      if (p != end || id == null || document == null || measure == null || quantity == null) {
        throw OTHER;
      }
      int spanTo = Math.max(spanStart, spanEnd < 0 ? spanStart : spanEnd);
      return new Claim(id, source(document, outlet, published, url, title, path, line), measure, subject, quantity,
          scope(locations, date, timeScope), attribution, evidence(spanStart, spanTo, sentence == null ? "" : sentence),
          event, modality, asOf, breakdown);
    }

    private Source source(String document, @Nullable String outlet, @Nullable LocalDate published,
        @Nullable String url, @Nullable String title, @Nullable String path, int line) {
      Source s = lastSource;
      if (s == null || s.documentId() != document || s.outlet() != outlet || s.published() != published
          || s.url() != url || s.title() != title || s.path() != path || s.line() != line) {
        s = new Source(document, outlet, published, url, title, path, line);
        lastSource = s;
      }
      return s;
    }

    private Scope scope(List<String> locations, @Nullable PartialDate date, TimeScope timeScope) {
      Scope s = scopes.get(locations, date, timeScope);
      if (s == null) {
        s = new Scope(locations, date, timeScope);
        // the scope's own copy of the places, which the next list of the same bytes is given as
        scopes.put(s);
      }
      return s;
    }

    private Evidence evidence(int from, int to, String sentence) {
      Evidence e = lastEvidence;
      if (e == null || e.start() != from || e.end() != to || e.sentence() != sentence) {
        e = new Evidence(from, to, sentence);
        lastEvidence = e;
      }
      return e;
    }

    // ---- the structure

    private void ws() {
      while (p < end) {
        byte c = b[p];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          return;
        }
        p++;
      }
    }

    /** The opening {@code c}, after blanks; the object or list must not be empty (an empty one is read elsewhere). */
    private void open(char c) {
      ws();
      if (p >= end || b[p] != c) {
        throw OTHER;
      }
      p++;
    }

    /** After a member: true at a comma (another follows), false at the closing brace. */
    private boolean more() {
      ws();
      if (p < end) {
        byte c = b[p++];
        if (c == ',') {
          return true;
        }
        if (c == '}') {
          return false;
        }
      }
      throw OTHER;
    }

    /** A key and its colon: its slot among {@code names}. */
    private int key(Names names) {
      ws();
      scan();
      if (!plain) {
        throw OTHER;
      }
      int slot = names.slot(b, start, stop);
      if (slot < 0) {
        throw OTHER;
      }
      ws();
      if (p >= end || b[p] != ':') {
        throw OTHER;
      }
      p++;
      return slot;
    }

    private boolean literal(byte[] word) {
      int n = word.length;
      if (end - p >= n && Arrays.equals(word, 0, n, b, p, p + n)) {
        p += n;
        return true;
      }
      return false;
    }

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private boolean isNull() {
      return p < end && b[p] == 'n' && literal(NULL);
    }

    /** true, false, or null (false). */
    private boolean flag() {
      if (literal(TRUE)) {
        return true;
      }
      if (literal(FALSE) || literal(NULL)) {
        return false;
      }
      throw OTHER;
    }

    // ---- strings

    /** Scans the string at {@code p}: its raw bytes, their hash, whether plain; {@code p} after its quote. */
    private void scan() {
      if (p >= end || b[p] != '"') {
        throw OTHER;
      }
      int i = p + 1;
      int h = 0;
      boolean ascii = true;
      while (true) {
        if (i >= end) {
          throw OTHER;
        }
        byte c = b[i];
        if (c == '"') {
          break;
        }
        if (c == '\\') {
          if (i + 1 >= end) {
            throw OTHER;
          }
          ascii = false;
          h = 31 * (31 * h + c) + b[i + 1];
          i += 2;
          continue;
        }
        if (c >= 0 && c < 0x20) {
          throw OTHER; // a control character: not JSON
        }
        if (c < 0) {
          ascii = false;
        }
        h = 31 * h + c;
        i++;
      }
      start = p + 1;
      stop = i;
      hash = h;
      plain = ascii;
      p = i + 1;
    }

    /** A text value or null. */
    private @Nullable String text() {
      if (isNull()) {
        return null;
      }
      scan();
      return held();
    }

    /** A text that must be there and not blank ({@code held}: looked up among those met). */
    private String required(boolean held) {
      scan();
      String s = held ? held() : decoded();
      if (s.isBlank()) {
        throw OTHER;
      }
      return s;
    }

    /** The string scanned, the one met before when its bytes were met before. */
    private String held() {
      int n = stop - start;
      if (n > HELD) {
        return decoded();
      }
      if (n == 0) {
        return "";
      }
      String s = strings.get(b, start, stop, hash);
      if (s == null) {
        s = decoded();
        strings.put(b, start, stop, hash, s);
      }
      return s;
    }

    private String document() {
      scan();
      int n = stop - start;
      String last = lastDocument;
      if (last != null && same(lastDocumentBytes, b, start, stop)) {
        return last;
      }
      String s = decoded();
      if (s.isBlank()) {
        throw OTHER;
      }
      lastDocumentBytes = Arrays.copyOfRange(b, start, start + n);
      lastDocument = s;
      return s;
    }

    /**
     * Whether {@code a} is bytes {@code [from, to)} of {@code b}: a plain loop, whose branches a read
     * takes from its first lines on, where Arrays.equals's vectorised compare has branches a read may
     * first take late (the compiled reading of a claim was then thrown away; see the commit).
     */
    private static boolean same(byte[] a, byte[] b, int from, int to) {
      if (a.length != to - from) {
        return false;
      }
      for (int i = 0; i < a.length; i++) {
        if (a[i] != b[from + i]) {
          return false;
        }
      }
      return true;
    }

    private String decoded() {
      return plain ? new String(b, start, stop - start, StandardCharsets.ISO_8859_1) : unescaped(start, stop);
    }

    /**
     * Bytes {@code [from, to)} of a string, its escapes read and its UTF-8 decoded; only well-formed
     * UTF-8 is taken (the general reader tells what else is wrong, or what it takes).
     */
    private String unescaped(int from, int to) {
      if (chars.length < to - from) {
        chars = new char[Math.max(to - from, 2 * chars.length)];
      }
      char[] out = chars;
      int k = 0;
      int i = from;
      while (i < to) {
        int c = b[i] & 0xff;
        if (c == '\\') {
          int d = b[i + 1];
          i += 2;
          switch (d) {
            case '"':
            case '\\':
            case '/':
              out[k++] = (char) d;
              break;
            case 'b':
              out[k++] = '\b';
              break;
            case 'f':
              out[k++] = '\f';
              break;
            case 'n':
              out[k++] = '\n';
              break;
            case 'r':
              out[k++] = '\r';
              break;
            case 't':
              out[k++] = '\t';
              break;
            case 'u':
              if (i + 4 > to) {
                throw OTHER;
              }
              out[k++] = (char) (hex(b[i]) << 12 | hex(b[i + 1]) << 8 | hex(b[i + 2]) << 4 | hex(b[i + 3]));
              i += 4;
              break;
            default:
              throw OTHER;
          }
        } else if (c < 0x80) {
          out[k++] = (char) c;
          i++;
        } else if (c >= 0xC2 && c <= 0xDF) {
          out[k++] = (char) ((c & 0x1F) << 6 | follow(i + 1, to, 0x80, 0xBF));
          i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
          int lo = c == 0xE0 ? 0xA0 : 0x80;
          int hi = c == 0xED ? 0x9F : 0xBF; // not a surrogate
          out[k++] = (char) ((c & 0x0F) << 12 | follow(i + 1, to, lo, hi) << 6 | follow(i + 2, to, 0x80, 0xBF));
          i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
          int lo = c == 0xF0 ? 0x90 : 0x80;
          int hi = c == 0xF4 ? 0x8F : 0xBF;
          int cp = (c & 0x07) << 18 | follow(i + 1, to, lo, hi) << 12 | follow(i + 2, to, 0x80, 0xBF) << 6
              | follow(i + 3, to, 0x80, 0xBF);
          out[k++] = Character.highSurrogate(cp);
          out[k++] = Character.lowSurrogate(cp);
          i += 4;
        } else {
          throw OTHER;
        }
      }
      return new String(out, 0, k);
    }

    /** The six low bits of the continuation byte at {@code i}, which must be in {@code [lo, hi]}. */
    private int follow(int i, int to, int lo, int hi) {
      if (i >= to) {
        throw OTHER;
      }
      int c = b[i] & 0xff;
      if (c < lo || c > hi) {
        throw OTHER;
      }
      return c & 0x3F;
    }

    private static int hex(byte c) {
      if (c >= '0' && c <= '9') {
        return c - '0';
      }
      if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
      }
      if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
      }
      throw OTHER;
    }

    // ---- numbers

    /** A whole number from 0 (of at most 9 digits), or {@code otherwise} for null. */
    private int offset(int otherwise) {
      if (isNull()) {
        return otherwise;
      }
      int from = p;
      int v = 0;
      while (p < end && b[p] >= '0' && b[p] <= '9') {
        v = 10 * v + (b[p++] - '0');
      }
      int n = p - from;
      if (n == 0 || n > 9 || n > 1 && b[from] == '0' || p < end && (b[p] == '.' || b[p] == 'e' || b[p] == 'E')) {
        throw OTHER;
      }
      return v;
    }

    /** A number from 0 without exponent (of at most 18 digits), exactly as written; null for null. */
    private @Nullable BigDecimal number() {
      if (isNull()) {
        return null;
      }
      int from = p;
      long v = 0;
      while (p < end && b[p] >= '0' && b[p] <= '9') {
        v = 10 * v + (b[p++] - '0');
      }
      int whole = p - from;
      if (whole == 0 || whole > 1 && b[from] == '0') {
        throw OTHER;
      }
      boolean point = p < end && b[p] == '.';
      if (point) {
        p++;
        int fraction = p;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
          p++;
        }
        if (p == fraction) {
          throw OTHER;
        }
      }
      if (p - from > 18 || p < end && (b[p] == 'e' || b[p] == 'E')) {
        throw OTHER;
      }
      return point ? new BigDecimal(new String(b, from, p - from, StandardCharsets.ISO_8859_1)) : BigDecimal.valueOf(v);
    }

    // ---- the values of a claim

    private @Nullable LocalDate day() {
      String s = text();
      if (s == null) {
        return null;
      }
      return days.of(s, io.claimcheck.internal.IsoDate::parse);
    }

    private @Nullable PartialDate date() {
      String s = text();
      if (s == null) {
        return null;
      }
      return dates.of(s, PartialDate::parse);
    }

    private Measure measure() {
      String s = required(true);
      return measures.of(s, Measure::of);
    }

    private TimeScope timeScope() {
      String s = text();
      if (s == null) {
        return TimeScope.INCIDENT;
      }
      return timeScopes.of(s, k -> TimeScope.valueOf(k.toUpperCase(Locale.ROOT)));
    }

    private Modality modality() {
      String s = text();
      if (s == null) {
        return Modality.REPORTED;
      }
      return modalities.of(s, Modality::of);
    }

    /** A list of place names, or null (none); the list made before when it is the same bytes. */
    private List<String> locations() {
      if (isNull()) {
        return List.of();
      }
      int from = p;
      int to = flatEnd('[', ']');
      int h = hash(b, from, to);
      List<String> held = places.get(b, from, to, h);
      if (held != null) {
        p = to;
        return held;
      }
      open('[');
      ws();
      List<String> out = new ArrayList<>(2);
      if (p < end && b[p] == ']') {
        p++;
      } else {
        while (true) {
          ws();
          out.add(required(true));
          ws();
          if (p >= end) {
            throw OTHER;
          }
          byte c = b[p++];
          if (c == ']') {
            break;
          }
          if (c != ',') {
            throw OTHER;
          }
        }
      }
      if (p != to) {
        throw OTHER;
      }
      List<String> list = List.copyOf(out);
      if (to - from <= HELD_SPAN) {
        places.put(b, from, to, h, list);
      }
      return list;
    }

    /** The quantity, the one made before when its object is the same bytes. */
    private Quantity quantity() {
      int from = p;
      int to = flatEnd('{', '}');
      int h = hash(b, from, to);
      Quantity q = quantities.get(b, from, to, h);
      if (q != null) {
        p = to;
        return q;
      }
      q = readQuantity();
      if (p != to) {
        throw OTHER;
      }
      if (to - from <= HELD_SPAN) {
        quantities.put(b, from, to, h, q);
      }
      return q;
    }

    /**
     * Where the object or list at {@code p} (opened by {@code open}), holding no object or list,
     * ends: after its {@code close}.
     */
    private int flatEnd(char open, char close) {
      if (p >= end || b[p] != open) {
        throw OTHER;
      }
      for (int i = p + 1; i < end; i++) {
        byte c = b[i];
        if (c == '"') {
          for (i++; i < end && b[i] != '"'; i++) {
            if (b[i] == '\\') {
              i++;
            }
          }
        } else if (c == close) {
          return i + 1;
        } else if (c == '{' || c == '[' || c == '}' || c == ']') {
          throw OTHER;
        }
      }
      throw OTHER;
    }

    private Quantity readQuantity() {
      String text = null;
      BigDecimal value = null;
      Qualifier qualifier = null;
      BigDecimal lower = null;
      BigDecimal upper = null;
      boolean approximate = false;
      long seen = 0;
      open('{');
      while (true) {
        int slot = key(QUANTITY_KEYS);
        seen = once(seen, slot);
        ws();
        switch (slot) {
          case 0:
            text = required(true);
            break;
          case 1:
            value = number();
            break;
          case 2:
            qualifier = ClaimParser.QUALIFIERS.get(required(true));
            break;
          case 3:
            lower = number();
            break;
          case 4:
            upper = number();
            break;
          default:
            approximate = flag();
            break;
        }
        if (!more()) {
          break;
        }
      }
      if (text == null || value == null || qualifier == null) {
        throw OTHER;
      }
      value = ClaimParser.figure("value", value);
      lower = lower == null ? null : ClaimParser.figure("lower", lower);
      upper = upper == null ? null : ClaimParser.figure("upper", upper);
      return new Quantity(text, value, qualifier, ClaimParser.interval(value, lower, upper), approximate);
    }

    private @Nullable Breakdown breakdown() {
      if (isNull()) {
        return null;
      }
      String id = null;
      int parts = 0;
      boolean complete = false;
      long seen = 0;
      open('{');
      while (true) {
        int slot = key(BREAKDOWN_KEYS);
        seen = once(seen, slot);
        ws();
        switch (slot) {
          case 0:
            id = required(true);
            break;
          case 1:
            parts = offset(0);
            break;
          default:
            complete = flag();
            break;
        }
        if (!more()) {
          break;
        }
      }
      if (id == null || parts < 1) {
        throw OTHER;
      }
      return new Breakdown(id, parts, complete);
    }
  }
}
