package be.jobbonus.io.internal.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Refuses an element or attribute name longer than a limit while the bytes stream past, before
 * the XML parser buffers it (Woodstox limits depth, text, attributes and entities, not name
 * length). A byte-level scan of the markup: the run of name bytes after {@code <} or {@code </}
 * and between the delimiters of a tag, quoted attribute values left out; declarations, comments
 * and processing instructions ({@code <!}, {@code <?}) are not counted. Works on any encoding
 * whose markup characters are single bytes (UTF-8, ISO-8859-1).
 */
final class NameLengthGuard extends FilterInputStream {

  /** A name longer than the limit: the document is refused. */
  static final class NameTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    NameTooLongException(int max) {
      super("an element or attribute name is longer than " + max + " characters");
    }
  }

  private static final int TEXT = 0;
  private static final int AFTER_LT = 1;
  private static final int TAG = 2;
  private static final int DOUBLE_QUOTED = 3;
  private static final int SINGLE_QUOTED = 4;
  private static final int DECLARATION = 5;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LTS = ONES * '<';
  private static final long QUESTIONS = ONES * '?';

  private final int max;
  private int state = TEXT;
  private int run;

  NameLengthGuard(InputStream in, int max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      scan(new byte[] {(byte) b}, 0, 1); // rare: parsers read blocks
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      scan(buf, off, off + n);
    }
    return n;
  }

  /**
   * The state machine, with a tight loop for each long run: text up to {@code <}, a name's bytes
   * (every byte above {@code >}: letters, and no delimiter), a quoted value up to its quote. Only
   * the byte that ends a run goes through the switch.
   */
  private void scan(byte[] buf, int off, int end) throws IOException {
    int s = state;
    int r = run;
    int i = off;
    while (i < end) {
      if (s == TEXT) {
        i = findLt(buf, i, end);
        if (i == end) {
          break;
        }
        i++;
        s = AFTER_LT;
        continue;
      }
      if (s == TAG) {
        int from = i;
        i = nameEnd(buf, i, end);
        r += i - from;
        if (r > max) {
          throw new NameTooLongException(max);
        }
        if (i == end) {
          break;
        }
      } else if (s == DOUBLE_QUOTED || s == SINGLE_QUOTED) {
        byte quote = s == DOUBLE_QUOTED ? (byte) '"' : (byte) '\'';
        while (i < end && buf[i] != quote) {
          i++;
        }
        if (i == end) {
          break;
        }
        i++;
        s = TAG;
        r = 0;
        continue;
      }
      byte b = buf[i++];
      if (s == AFTER_LT) {
        s = TAG;
        r = 0;
        if (b == '!' || b == '?') {
          s = DECLARATION;
          continue;
        }
        if (b == '/') {
          continue;
        }
      }
      if (s == TAG) {
        if (b == '>') {
          s = TEXT;
        } else if (b == '"') {
          s = DOUBLE_QUOTED;
        } else if (b == '\'') {
          s = SINGLE_QUOTED;
        } else if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '=' || b == '/') {
          r = 0;
        } else if (++r > max) { // a name byte at or below '>' (a digit, '-', '.', ':') or a non-ASCII one
          throw new NameTooLongException(max);
        }
      } else if (b == '>') { // DECLARATION
        s = TEXT;
      }
    }
    state = s;
    run = r;
  }

  /** The first {@code <} in {@code buf[i..end)}, or {@code end}: eight bytes at a time. */
  private static int findLt(byte[] buf, int i, int end) {
    for (; i + 8 <= end; i += 8) {
      long y = (long) LONGS.get(buf, i) ^ LTS;
      long t = (y - ONES) & ~y & HIGHS; // a high bit for each zero byte of y; the lowest is exact
      if (t != 0) {
        return i + (Long.numberOfTrailingZeros(t) >>> 3);
      }
    }
    while (i < end && buf[i] != '<') {
      i++;
    }
    return i;
  }

  /**
   * The end of the run of name bytes (each above {@code >} as a signed byte: below 0x80 and not
   * below 0x3F) from {@code i}, or {@code end}: eight bytes at a time.
   */
  private static int nameEnd(byte[] buf, int i, int end) {
    for (; i + 8 <= end; i += 8) {
      long x = (long) LONGS.get(buf, i);
      long t = ((x - QUESTIONS) | x) & HIGHS; // a high bit for a byte below 0x3F or from 0x80; the lowest is exact
      if (t != 0) {
        return i + (Long.numberOfTrailingZeros(t) >>> 3);
      }
    }
    while (i < end && buf[i] > '>') {
      i++;
    }
    return i;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipping would bypass the scan: read instead
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    int r = read(buf, 0, buf.length);
    return Math.max(r, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
