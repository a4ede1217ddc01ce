package be.jobbonus.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one line splitter of every input file: a file's lines as byte ranges of a large buffer.
 * {@code \n} ends a line, a last line without one counts, a line of more than {@link
 * LineSource#MAX_LINE_BYTES} bytes is reported ({@link #tooLong()}) and not held. The range still
 * holds a final {@code \r} and, on line 1, a byte-order mark: {@link LineSource#decode} handles
 * both. The range is valid until the next call of {@link #next()}. Not thread-safe.
 *
 * <p>A carriage return alone does not end a line: a file with CR line ends, or two records run
 * together, is one line, which the readers refuse (a JSON line holding more than one value holds
 * the persons it may concern). A line over the limit keeps its first bytes ({@link #head()}),
 * from which a reader may still name the line's person — unless it holds a carriage return
 * before its end: then it is many lines run together, may be anyone's, and keeps no head.
 */
public final class ByteLines implements Closeable {

  private static final int MAX = LineSource.MAX_LINE_BYTES;

  private final Path file;
  private final InputStream in;
  private byte[] buf = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private long number;
  private int start;
  private int length;
  private boolean tooLong;

  private ByteLines(Path file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /** @throws UncheckedIOException when the file cannot be opened, naming it */
  public static ByteLines open(Path file) {
    try {
      return new ByteLines(file, Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + LineSource.describe(e), e);
    }
  }

  /** The lines of {@code in}, read from its current position; {@code file} names it in errors. Closing closes {@code in}. */
  static ByteLines over(Path file, InputStream in) {
    return new ByteLines(file, in);
  }

  /** The buffer holding the current line. */
  public byte[] buffer() {
    return buf;
  }

  /** First byte of the current line in {@link #buffer()}. */
  public int start() {
    return start;
  }

  /** Bytes of the current line, without the {@code \n} (a {@code \r} before it included). */
  public int length() {
    return length;
  }

  /** 1-based number of the current line. */
  public long number() {
    return number;
  }

  /** Whether the current line was longer than {@link LineSource#MAX_LINE_BYTES} (its bytes are not held). */
  public boolean tooLong() {
    return tooLong;
  }

  /** The first bytes kept of a line that is {@link #tooLong()}: enough to find whose record it was. */
  public static final int HEAD = 256;
  private final byte[] head = new byte[HEAD];
  private int headLength;

  /**
   * For a line that is {@link #tooLong()}: its first {@link #HEAD} bytes (the rest is not held), in
   * {@code head()[0..headLength())}.
   */
  public byte[] head() {
    return head;
  }

  public int headLength() {
    return headLength;
  }

  private void keepHead(int from) {
    headLength = Math.min(HEAD, limit - from);
    System.arraycopy(buf, from, head, 0, headLength);
    bareCr = false;
    pendingCr = false;
  }

  /** Whether the line over the limit being read holds a carriage return before its end. */
  private boolean bareCr;
  /** Whether the part of it read so far ends in a carriage return (a bare one unless a line feed follows). */
  private boolean pendingCr;

  /** Notes the carriage returns of {@code buf[from..to)}, a part of a line over the limit that ends at {@code to} or goes on ({@code last}: ends the line). */
  private void carriageReturns(int from, int to, boolean last) {
    if (pendingCr && to > from) {
      bareCr = true; // a byte after the CR, in the same line
    }
    int end = to - 1; // a CR at the end: bare when the line goes on
    for (int i = from; i < end && !bareCr; i++) {
      bareCr = buf[i] == '\r';
    }
    pendingCr = !last && to > from && buf[to - 1] == '\r';
  }

  /** Moves to the next line; {@code false} at the end of the file. */
  public boolean next() {
    try {
      int scan = pos;
      boolean skipping = false;
      while (true) {
        int nl = indexOfNewline(buf, scan, limit);
        if (nl >= 0 || (eof && (pos < limit || skipping))) { // a line, or the last one without a \n
          int e = nl >= 0 ? nl : limit;
          number++;
          if (!skipping && e - pos > MAX) {
            keepHead(pos);
          }
          tooLong = skipping || e - pos > MAX;
          if (tooLong) {
            carriageReturns(pos, e, true);
            if (bareCr) {
              headLength = 0; // many lines run together: no head names the line's person
            }
          }
          start = pos;
          length = tooLong ? 0 : e - pos;
          pos = nl >= 0 ? nl + 1 : limit;
          return true;
        }
        if (eof) {
          return false;
        }
        int have = limit - pos;
        if (have > MAX) {
          if (!skipping) {
            keepHead(pos);
          }
          carriageReturns(pos, limit, false);
          skipping = true;
          have = 0;
          pos = limit;
        }
        if (pos > 0) {
          System.arraycopy(buf, pos, buf, 0, have);
          pos = 0;
          limit = have;
        }
        if (limit == buf.length) {
          buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        scan = limit;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          eof = true;
        } else {
          limit += n;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " at line " + (number + 1) + ": " + LineSource.describe(e), e);
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /**
   * How many lines {@code file} holds (its {@code \n} bytes, and one more for a last line without
   * one), counted eight bytes at a time: for a reader that sizes its columns once. -1 when it cannot
   * be read (the reading that follows says why).
   */
  static long count(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = new byte[1 << 20];
      long lines = 0;
      int last = '\n';
      int n;
      while ((n = in.readNBytes(b, 0, b.length)) > 0) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
          long x = (long) LONGS.get(b, i) ^ NEWLINES;
          lines += Long.bitCount(((x & ~HIGHS) + ~HIGHS | x) & HIGHS ^ HIGHS); // a zero byte: a newline
        }
        for (; i < n; i++) {
          lines += b[i] == '\n' ? 1 : 0;
        }
        last = b[n - 1];
      }
      return last == '\n' ? lines : lines + 1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** The first {@code \n} in {@code b[from..to)}, or -1; eight bytes at a time. */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long zero = (x - ONES) & ~x & HIGHS; // the lowest flagged byte is the first newline
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

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
