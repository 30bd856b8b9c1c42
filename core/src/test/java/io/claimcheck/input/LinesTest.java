package io.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Lines}: the lines of a byte stream, each ending at {@code \n}, found eight bytes at a time. */
class LinesTest {
  /** Bytes near and far from a newline's: the newline, its neighbours, bytes with the high bit set. */
  private static final byte[] BYTES = {'\n', '\n', 0x0B, 0x09, 0x00, (byte) 0x8A, (byte) 0xFF, 0x01, 'a', '{'};

  private static byte[] random(Random r, int n, int newlineOneIn) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = r.nextInt(newlineOneIn) == 0 ? (byte) '\n' : BYTES[2 + r.nextInt(BYTES.length - 2)];
    }
    return b;
  }

  @Test
  void theFirstNewlineIsFoundWhereALoopOverEachByteFindsIt() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      byte[] b = random(r, r.nextInt(80), 1 + r.nextInt(40));
      int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
      int to = from + r.nextInt(b.length - from + 1);
      int expected = -1;
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          expected = i;
          break;
        }
      }
      assertEquals(expected, Lines.newline(b, from, to), Arrays.toString(b) + " from " + from + " to " + to);
    });
  }

  /** A stream that gives at most a few bytes a read, so that lines cross its reads. */
  private static InputStream trickle(byte[] b, Random r) {
    return new ByteArrayInputStream(b) {
      @Override
      public synchronized int read(byte[] into, int off, int len) {
        return super.read(into, off, Math.min(len, 1 + r.nextInt(70_000)));
      }
    };
  }

  @Test
  void theLinesAreTheBytesBetweenNewlinesAndOneTooLongIsToldNotHeld() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      byte[] b = random(r, r.nextInt(200_000), 1 + r.nextInt(3000));
      int max = 1 + r.nextInt(5000);
      List<String> expected = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= b.length; i++) {
        if (i == b.length || b[i] == '\n') {
          if (i < b.length || i > start) {
            expected.add(i - start > max ? "too long" : Arrays.toString(Arrays.copyOfRange(b, start, i)));
          }
          start = i + 1;
        }
      }
      Lines lines = new Lines(trickle(b, r), max);
      List<String> read = new ArrayList<>();
      try {
        while (lines.next()) {
          read.add(lines.tooLong() ? "too long" : Arrays.toString(Arrays.copyOf(lines.bytes(), lines.length())));
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(expected, read);
    });
  }
}
