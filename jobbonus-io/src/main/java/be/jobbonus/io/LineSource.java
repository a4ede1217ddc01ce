package be.jobbonus.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a file line by line as strict UTF-8 in constant memory: {@code \n} or {@code \r\n} ends a
 * line, a byte-order mark at the start is skipped, a line that is not valid UTF-8 or longer than
 * {@link #MAX_LINE_BYTES} comes back with a problem instead of text (the next line is read
 * normally). Not thread-safe.
 */
public final class LineSource implements Iterator<RawLine>, Closeable {

  /** Longest line accepted (1 MiB); a longer one is reported, not held in memory. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buf = new byte[256];
  private long number;
  private RawLine next;
  private boolean eof;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;

  private int readByte() throws IOException {
    if (pos == limit) {
      int n = in.read(chunk, 0, chunk.length);
      if (n <= 0) {
        return -1;
      }
      pos = 0;
      limit = n;
    }
    return chunk[pos++] & 0xFF;
  }

  private LineSource(InputStream in) {
    this.in = in;
  }

  /** @throws UncheckedIOException when the file cannot be opened */
  public static LineSource open(Path file) {
    try {
      return new LineSource(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + describe(e), e);
    }
  }

  public static LineSource of(InputStream in) {
    return new LineSource(in);
  }

  /** A short description of an I/O failure for a one-line message ("no such file", "permission denied"). */
  public static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public boolean hasNext() {
    if (next == null && !eof) {
      next = read();
    }
    return next != null;
  }

  @Override
  public RawLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawLine r = next;
    next = null;
    return r;
  }

  /** Number of the last line returned. */
  public long lineNumber() {
    return number;
  }

  private RawLine read() {
    try {
      int len = 0;
      boolean tooLong = false;
      int b;
      boolean any = false;
      while ((b = readByte()) != -1) {
        any = true;
        if (b == '\n') {
          break;
        }
        if (len == buf.length) {
          if (buf.length >= MAX_LINE_BYTES) {
            tooLong = true;
            len = 0;
          } else {
            buf = java.util.Arrays.copyOf(buf, Math.min(MAX_LINE_BYTES, buf.length * 2));
          }
        }
        buf[len++] = (byte) b;
      }
      if (!any) {
        eof = true;
        return null;
      }
      if (b == -1) {
        eof = true;
      }
      number++;
      if (tooLong) {
        return tooLong(number);
      }
      return decode(decoder, buf, 0, len, number);
    } catch (IOException e) {
      throw new UncheckedIOException("read error at line " + (number + 1) + ": " + describe(e), e);
    }
  }

  /** The problem of a line longer than {@link #MAX_LINE_BYTES}. */
  public static RawLine tooLong(long number) {
    return new RawLine(number, null, "line longer than " + MAX_LINE_BYTES + " bytes; one record per line");
  }

  /**
   * One line's bytes (without the {@code \n}) as this reader returns it: a final {@code \r}
   * dropped, a byte-order mark skipped on line 1, strict UTF-8. For readers that split lines
   * themselves and need the same lines.
   */
  public static RawLine decode(byte[] bytes, int offset, int length, long number) {
    return decode(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT), bytes, offset, length, number);
  }

  private static RawLine decode(CharsetDecoder decoder, byte[] buf, int offset, int length, long number) {
    int len = length;
    if (len > 0 && buf[offset + len - 1] == '\r') {
      len--;
    }
    int start = offset;
    int end = offset + len;
    if (number == 1 && len >= 3 && (buf[start] & 0xFF) == 0xEF && (buf[start + 1] & 0xFF) == 0xBB
        && (buf[start + 2] & 0xFF) == 0xBF) {
      start += 3;
    }
    if (ascii(buf, start, end)) { // the usual line: one copy, no decoder
      return new RawLine(number, new String(buf, start, end - start, StandardCharsets.US_ASCII), null);
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(buf, start, end - start));
      return new RawLine(number, chars.toString(), null);
    } catch (CharacterCodingException e) {
      return new RawLine(number, null, "not valid UTF-8; save the file as UTF-8");
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Whether {@code b[from..to)} is all ASCII (so also valid UTF-8); eight bytes at a time. */
  public static boolean ascii(byte[] b, int from, int to) {
    int i = from;
    long or = 0;
    for (; i + 8 <= to; i += 8) {
      or |= (long) LONGS.get(b, i);
    }
    for (; i < to; i++) {
      or |= b[i];
    }
    return (or & 0x8080808080808080L) == 0;
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
