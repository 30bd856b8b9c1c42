package io.claimcheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, one at a time, each held only until the next: a line longer than
 * the limit is skipped over without being held. Lines end at {@code \n}.
 */
final class Lines {
  private final InputStream in;
  private final int max;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int end;
  private byte[] line = new byte[1 << 12];
  private int length;
  private boolean tooLong;
  private boolean eof;

  Lines(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** Reads the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof) {
          return any;
        }
        end = in.read(chunk, 0, chunk.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          eof = true;
          return any;
        }
      }
      any = true;
      int nl = newline(chunk, pos, end);
      int stop = nl < 0 ? end : nl;
      append(pos, stop);
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        return true;
      }
    }
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * Where the first {@code \n} of {@code b[from, to)} is, or -1: eight bytes at a time (a byte equal
   * to {@code \n} is a zero byte of the word xor eight newlines, and the lowest byte the test marks is
   * the first zero), then one at a time.
   */
  static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long zero = (x - ONES) & ~x & HIGHS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (tooLong || n == 0) {
      return;
    }
    if ((long) length + n > max) {
      tooLong = true;
      length = 0;
      if (line.length > 1 << 20) {
        line = new byte[1 << 12];
      }
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.min(max, Math.max(line.length * 2, length + n)));
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
  }

  /** Whether the line was longer than the limit, and so not held. */
  boolean tooLong() {
    return tooLong;
  }

  /** The line's bytes, {@code [0, length())}; valid until the next call. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }
}
