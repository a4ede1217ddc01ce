package be.jobbonus.io.internal;

import java.util.Arrays;

/**
 * Lines of a file kept as bytes, with their line numbers, to be read later or on another thread:
 * a chunk of persons of a file grouped by INSZ ({@link PersonChunks}), or every line of a file that
 * is not, until it has been grouped ({@link UngroupedFile}). A line over the limit keeps its first
 * bytes and is handed back with a negative length ({@code -1 - bytes}), as {@link
 * PersonGroups#line(byte[], int, int, long, long)} takes it. Not thread-safe.
 */
final class KeptLines {

  /** What reads a kept line. */
  interface Reader {
    void line(byte[] b, int s, int length, long number);
  }

  private byte[] bytes;
  private int used;
  /** Per line: its offset in {@link #bytes}, its length as handed back, and its number. */
  private int[] offset;
  private int[] length;
  private long[] number;
  private int count;
  /**
   * A chunk's first person as the persons file numbers them, when its cutter found them in that
   * file's order ({@link PersonChunks}), else -1: where the chunk starts looking for its persons.
   */
  int firstPerson = -1;

  KeptLines(int bytes, int lines) {
    this.bytes = new byte[bytes];
    this.offset = new int[lines];
    this.length = new int[lines];
    this.number = new long[lines];
  }

  /** Keeps the current line of {@code in}; returns its index. */
  int add(ByteLines in) {
    return in.tooLong() ? add(in.head(), 0, -1 - in.headLength(), in.headLength(), in.number())
        : add(in.buffer(), in.start(), in.length(), in.length(), in.number());
  }

  private int add(byte[] b, int s, int handedBack, int size, long lineNumber) {
    if (used + size > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + size));
    }
    if (count == offset.length) {
      int n = count * 2;
      offset = Arrays.copyOf(offset, n);
      length = Arrays.copyOf(length, n);
      number = Arrays.copyOf(number, n);
    }
    System.arraycopy(b, s, bytes, used, size);
    offset[count] = used;
    length[count] = handedBack;
    number[count] = lineNumber;
    used += size;
    return count++;
  }

  int count() {
    return count;
  }

  /** Empties it, keeping its room for the next lines. */
  void clear() {
    used = 0;
    count = 0;
  }

  /** Bytes kept. */
  int size() {
    return used;
  }

  /** Hands line {@code k} to {@code reader}. */
  void read(int k, Reader reader) {
    reader.line(bytes, offset[k], length[k], number[k]);
  }

  /** Hands every line to {@code reader}, in the order they were kept. */
  void readAll(Reader reader) {
    for (int k = 0; k < count; k++) {
      reader.line(bytes, offset[k], length[k], number[k]);
    }
  }
}
