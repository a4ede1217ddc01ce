package be.jobbonus.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A file's lines as text: the lines of {@link ByteLines}, each decoded as strict UTF-8. A final
 * {@code \r} is dropped, a byte-order mark at the start is skipped, a line that is not valid UTF-8
 * or longer than {@link #MAX_LINE_BYTES} comes back with a problem instead of text (the next line
 * is read normally). Not thread-safe.
 */
public final class LineSource implements Iterator<RawLine>, Closeable {

  /** Longest line accepted (1 MiB); a longer one is reported, not held in memory. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private final ByteLines lines;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private RawLine next;
  private boolean eof;

  private LineSource(ByteLines lines) {
    this.lines = lines;
  }

  /** @throws UncheckedIOException when the file cannot be opened */
  public static LineSource open(Path file) {
    return new LineSource(ByteLines.open(file));
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

  private RawLine read() {
    if (!lines.next()) {
      eof = true;
      return null;
    }
    if (lines.tooLong()) {
      return tooLong(lines.number());
    }
    return decode(decoder, lines.buffer(), lines.start(), lines.length(), lines.number());
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
    lines.close();
  }
}
