package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoneSurrogatesTest {
  private static final JsonFactory FACTORY = new JsonFactory().setOutputDecorator(LoneSurrogates.ESCAPED_IN_JSON);

  /** {@code text} as a JSON string through the factory, written {@code chunk} chars at a time. */
  private static String json(String text, int chunk) throws IOException {
    StringWriter whole = new StringWriter();
    Writer chunked = new Writer() { // the writer the generator's writer writes to, cut into pieces
      @Override
      public void write(char[] b, int off, int len) {
        whole.write(b, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StringWriter raw = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(raw)) {
      g.writeString(text);
    }
    // the same chars again, through the escaping writer in pieces: as a generator's buffer ends anywhere
    try (Writer w = LoneSurrogates.escapingInJson(chunked)) {
      String s = new StringWriter().append('"').append(text).append('"').toString();
      for (int i = 0; i < s.length(); i += chunk) {
        w.write(s, i, Math.min(chunk, s.length() - i));
      }
    }
    assertEquals(raw.toString(), whole.toString(), "in pieces of " + chunk);
    return raw.toString();
  }

  /** Each text in the tests' notation; every surrogate in it is lone, so its JSON is the notation itself. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a lone high|d\\ud83d",
      "a lone low|d\\udc00x",
      "a low before a high|\\ude00\\ud83d",
      "two highs|\\ud83d\\ud83eé",
      "a high before a quote|x\\udbff",
  })
  void aLoneSurrogateIsWrittenAsItsJsonEscape(String name, String notation) throws IOException {
    for (int chunk = 1; chunk <= 4; chunk++) {
      assertEquals("\"" + notation + "\"", json(unescape(notation), chunk));
    }
  }

  @Test
  void aPairAndOtherTextAreWrittenAsTheyAre() throws IOException {
    for (int chunk = 1; chunk <= 4; chunk++) {
      assertEquals("\"a \ud83d\ude00 é 中\"", json("a \ud83d\ude00 é 中", chunk));
    }
  }

  @Test
  void twoIdsThatDifferOnlyInALoneSurrogateStayTwo() throws IOException {
    assertEquals("\"d\\ud83d\"", json("d\ud83d", 8));
    assertEquals("\"d\\ud83e\"", json("d\ud83e", 8));
  }

  @Test
  void anyTextIsReadBackAsItWasAndItsJsonIsValidUtf8() {
    ObjectMapper reader = new ObjectMapper();
    // chars drawn mostly from the surrogates, so that lone ones, pairs and pairs cut by a write are common
    qt().forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 12), integers().between(1, 5))
        .checkAssert((codes, chunk) -> {
          StringBuilder sb = new StringBuilder();
          for (int code : codes) {
            sb.append(code < 16 ? (char) (0xd83d + code % 3) : code < 32 ? (char) (0xdc00 + code % 3)
                : (char) ('a' + code - 32));
          }
          String text = sb.toString();
          try {
            String json = json(text, chunk);
            assertEquals(text, reader.readValue(json, String.class), json);
            StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(json)); // refuses what UTF-8 cannot hold
          } catch (CharacterCodingException e) {
            throw new AssertionError("not UTF-8: " + text, e);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /** The test's {@code \\uXXXX} written as chars. */
  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
