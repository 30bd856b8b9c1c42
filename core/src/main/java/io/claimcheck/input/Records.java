package io.claimcheck.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON records read with a streaming parser into plain values: {@code Map<String, Object>},
 * {@code List<Object>}, {@link String}, exact {@link BigDecimal}, {@link Boolean} and
 * {@code null}. Cheaper than a tree of nodes, exact for numbers, bounded in size, and every
 * problem is told in words with where it is.
 */
final class Records {
  /** The largest record, in bytes (one JSON Lines line, or one element of a JSON array). */
  static final int MAX_RECORD = 32 * 1024 * 1024;
  /** How deep records may nest. */
  static final int MAX_DEPTH = 64;

  static final JsonFactory JSON = factory(true);

  /**
   * For {@link #claim} alone: the same limits without the parser's duplicate-key check, which
   * {@link #claim} makes itself (a key met twice sends the record to {@link #value}, which says so).
   */
  static final JsonFactory CLAIMS = factory(false);

  private static JsonFactory factory(boolean duplicates) {
    com.fasterxml.jackson.core.JsonFactoryBuilder b = new com.fasterxml.jackson.core.JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_RECORD)
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(1000)
            .build());
    if (duplicates) {
      b.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
    return b.build();
  }

  private static final String OUT_OF_RANGE = "claimcheck: number out of range";

  private Records() {}

  /** A record that is larger than {@link #MAX_RECORD}: it was skipped over, not held. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("is larger than " + (MAX_RECORD >> 20) + " MiB; a record must be smaller", null, false, false);
    }
  }

  /**
   * The value at the parser's current token, up to its end. When {@code start} is 0 or more and
   * the value runs past {@link #MAX_RECORD} bytes from it, the rest is skipped without being
   * held and {@link TooLarge} is thrown.
   */
  static @Nullable Object value(JsonParser p, long start) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          map.put(key, value(p, start));
          check(p, start);
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p, start));
          check(p, start);
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        try {
          return p.getDecimalValue();
        } catch (NumberFormatException e) {
          // an exponent beyond what a decimal can hold ("80E0000...0010102481911520")
          throw new com.fasterxml.jackson.core.JsonParseException(p, OUT_OF_RANGE);
        }
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /**
   * A claim record at the parser's {@code START_OBJECT}, held in {@link Slots}; null as soon as
   * it has a key that a claim does not, a key twice, or an object other than its quantity or breakdown (it is
   * then read again with {@link #value}, which tells what is wrong, if anything). Gives the same
   * values as {@link #value} for every record it reads, so a parser of {@link #CLAIMS} will do.
   */
  static @Nullable Map<String, Object> claim(JsonParser p) throws IOException {
    Texts texts = TEXTS.get();
    Slots claim = new Slots(Slots.CLAIM);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      int at = Slots.CLAIM.index(p.currentName());
      if (at < 0 || claim.has(at)) {
        return null;
      }
      Object v;
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT && (at == Slots.QUANTITY_SLOT || at == Slots.BREAKDOWN_SLOT)) {
        Slots.Keys keys = at == Slots.QUANTITY_SLOT ? Slots.QUANTITY : Slots.BREAKDOWN;
        Slots q = new Slots(keys);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          int qa = keys.index(p.currentName());
          if (qa < 0 || q.has(qa) || p.nextToken().isStructStart()) {
            return null;
          }
          q.put(qa, scalar(p, texts));
        }
        v = q;
      } else if (t == JsonToken.START_OBJECT) {
        return null;
      } else if (t == JsonToken.START_ARRAY) {
        v = flatList(p, texts);
        if (v == null) {
          return null;
        }
      } else {
        v = scalar(p, texts);
      }
      claim.put(at, v);
    }
    return claim;
  }

  /** {@link #value} of a token that is no object or list; a string read before is the one held. */
  private static @Nullable Object scalar(JsonParser p, Texts texts) throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING
        ? texts.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : value(p, -1);
  }

  /**
   * The list at the parser's {@code START_ARRAY} when it holds no object or list (whose keys the
   * parser of {@link #CLAIMS} does not check); null, part read, otherwise.
   */
  private static @Nullable List<Object> flatList(JsonParser p, Texts texts) throws IOException {
    List<Object> list = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null || t.isStructStart()) {
        return null;
      }
      list.add(scalar(p, texts));
    }
    return list;
  }

  /** Each reading thread's {@link Texts}, for one reading run: {@link #forgetTexts} ends it. */
  private static final ThreadLocal<Texts> TEXTS = ThreadLocal.withInitial(Texts::new);

  /** Ends this thread's {@link Texts} and {@link ClaimBytes} tables, when a reading run ends: no thread keeps them after it. */
  static void forgetTexts() {
    TEXTS.remove();
    ClaimBytes.forget();
  }

  /**
   * The short strings a thread read last, by their characters: claims files repeat ids, outlets,
   * measures, places and dates line after line, and a string met again is given as the one held
   * instead of a new one (bounded: a place holds the last string of its hash, of at most
   * {@value #SHORT} characters; a longer string, a sentence, is not held).
   */
  static final class Texts {
    /** The longest string held. */
    static final int SHORT = 64;
    private final String[] held = new String[1 << 12];

    /** The string of {@code length} characters of {@code chars} from {@code offset}. */
    String of(char[] chars, int offset, int length) {
      if (length > SHORT) {
        return new String(chars, offset, length);
      }
      int h = 0;
      for (int i = offset; i < offset + length; i++) {
        h = 31 * h + chars[i];
      }
      int at = (h ^ (h >>> 16)) & (held.length - 1);
      String s = held[at];
      if (s != null && same(s, chars, offset, length)) {
        return s;
      }
      s = new String(chars, offset, length);
      held[at] = s;
      return s;
    }

    private static boolean same(String s, char[] chars, int offset, int length) {
      if (s.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (s.charAt(i) != chars[offset + i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static void check(JsonParser p, long start) throws IOException {
    if (start >= 0 && p.currentLocation().getByteOffset() - start > MAX_RECORD) {
      int depth = p.getParsingContext().getNestingDepth();
      while (depth > 0) {
        JsonToken t = p.nextToken();
        if (t == null) {
          break;
        }
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
      throw new TooLarge();
    }
  }

  /** What a parser's failure means, in words, with its column when it has one. */
  static String problem(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    String where = l == null || l.getColumnNr() < 1 ? "" : " at column " + l.getColumnNr();
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("Number value length") || m.contains("Number length")) {
        return "has a number of more than 1000 digits" + where + "; expected a shorter number";
      }
      if (m.contains("nesting depth") || m.contains("Depth")) {
        return "is nested deeper than " + MAX_DEPTH + " levels" + where;
      }
      if (m.contains("String value length") || m.contains("String length")) {
        return "has a string longer than " + (MAX_RECORD >> 20) + " MiB" + where;
      }
      return "is beyond what claimcheck reads" + where;
    }
    String m = e.getOriginalMessage();
    if (m == null) {
      m = "malformed";
    }
    if (m.equals(OUT_OF_RANGE)) {
      return "has a number whose exponent is out of range" + where + "; expected a number of at most 1000 digits";
    }
    int cut = m.indexOf('\n');
    if (cut >= 0) {
      m = m.substring(0, cut);
    }
    java.util.regex.Matcher ctrl = java.util.regex.Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)")
        .matcher(m);
    if (ctrl.find()) {
      return "is not valid JSON (a control character, code " + ctrl.group(1) + ", inside a string" + where
          + "; it must be written as an escape such as \\u0000)";
    }
    if (m.startsWith("Invalid UTF-8")) {
      return "is not valid UTF-8 (" + m.substring(m.indexOf("Invalid UTF-8") + 8).strip() + where + ")";
    }
    if (m.startsWith("Duplicate field")) {
      m = "a key appears twice (" + m.substring("Duplicate field".length()).strip() + ")";
    } else {
      m = io.claimcheck.internal.ParserMessages.describe(m);
    }
    if (m.length() > 200) {
      m = m.substring(0, 200) + "...";
    }
    return "is not valid JSON (" + m + where + ")";
  }

  /** The line a parser's failure is on, or -1. */
  static int line(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    return l == null ? -1 : l.getLineNr();
  }

  /** How a value's type is called in messages. */
  static String kind(@Nullable Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "a list";
    }
    if (v instanceof BigDecimal) {
      return "a number";
    }
    if (v instanceof Boolean) {
      return "true or false";
    }
    return "text";
  }

  /** A text field, or null when absent or null; numbers and booleans are refused. */
  static @Nullable String text(Map<String, Object> m, String key, String prefix) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String)) {
      throw new IllegalArgumentException("\"" + prefix + key + "\" must be a string, found " + kind(v));
    }
    return (String) v;
  }

  /** A text field that may also be written as a number ({@code "id": 17}). */
  static @Nullable String name(Map<String, Object> m, String key, String prefix) {
    Object v = m.get(key);
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    return text(m, key, prefix);
  }

  @SuppressWarnings("unchecked")
  static @Nullable Map<String, Object> object(Map<String, Object> m, String key, String prefix, String expected) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException("\"" + prefix + key + "\" must be an object " + expected + ", found "
          + kind(v));
    }
    return (Map<String, Object>) v;
  }

  /** Shown in a message, bounded: at most 60 characters. */
  static String show(@Nullable Object v) {
    String s = v instanceof BigDecimal ? io.claimcheck.internal.Decimals.brief((BigDecimal) v)
        : v instanceof String ? "'" + v + "'" : kind(v);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
