package io.claimcheck.internal;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.OutputDecorator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * JSON output that keeps a lone surrogate: a char of U+D800 to U+DFFF that is no half of a pair
 * (a record's JSON may escape one into a text, {@code "\ud83d"}) is written as that escape, six
 * ASCII characters, instead of reaching an encoder that cannot write it in UTF-8 (and writes '?'
 * there, so two ids that differ only in it would become one). The escape is valid JSON and a
 * JSON reader reads it back to the same char. Pairs are written as they are. In JSON a char
 * outside ASCII can only stand inside a string, so escaping at the writer is exact.
 */
public final class LoneSurrogates {
  private LoneSurrogates() {}

  /** For {@code JsonFactory.setOutputDecorator}: the factory's writers escape lone surrogates. */
  public static final OutputDecorator ESCAPED_IN_JSON = new Decorator();

  private static final class Decorator extends OutputDecorator {
    private static final long serialVersionUID = 1L;

    @Override
    public OutputStream decorate(IOContext context, OutputStream out) {
      return out; // a byte generator encodes UTF-8 itself and refuses a broken pair
    }

    @Override
    public Writer decorate(IOContext context, Writer out) {
      return new EscapingWriter(out);
    }
  }

  /** {@code out}, with lone surrogates written as JSON escapes ({@code \ud83d}). */
  public static Writer escapingInJson(Writer out) {
    return new EscapingWriter(out);
  }

  private static final class EscapingWriter extends Writer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final Writer out;
    /** A high surrogate that ended the last write, whose pair may start the next; 0 when none. */
    private char pending;

    EscapingWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] b, int off, int len) throws IOException {
      int end = off + len;
      int i = off;
      if (pending != 0 && i < end) {
        if (Character.isLowSurrogate(b[i])) {
          out.write(pending);
          out.write(b[i]);
          i++;
        } else {
          escape(pending);
        }
        pending = 0;
      }
      int run = i; // the start of the chars not yet written
      for (; i < end; i++) {
        char c = b[i];
        if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
          continue;
        }
        if (Character.isHighSurrogate(c)) {
          if (i + 1 == end) {
            out.write(b, run, i - run);
            pending = c;
            return;
          }
          if (Character.isLowSurrogate(b[i + 1])) {
            i++; // a pair: written with the run
            continue;
          }
        }
        out.write(b, run, i - run);
        escape(c);
        run = i + 1;
      }
      out.write(b, run, end - run);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      if (pending == 0 && !hasSurrogate(s, off, off + len)) {
        out.write(s, off, len); // nearly every string: no copy
        return;
      }
      char[] b = new char[len];
      s.getChars(off, off + len, b, 0);
      write(b, 0, len);
    }

    @Override
    public void write(int c) throws IOException {
      write(new char[] {(char) c}, 0, 1);
    }

    private static boolean hasSurrogate(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          return true;
        }
      }
      return false;
    }

    private void escape(char c) throws IOException {
      out.write(new char[] {'\\', 'u', HEX[c >> 12 & 0xf], HEX[c >> 8 & 0xf], HEX[c >> 4 & 0xf], HEX[c & 0xf]});
    }

    @Override
    public void flush() throws IOException {
      // a high surrogate still waiting is written as its escape: were its pair to come next, that
      // pair would be written escaped too, "\ud83d\ude00", which a JSON reader joins again
      if (pending != 0) {
        escape(pending);
        pending = 0;
      }
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
      out.close();
    }
  }
}
