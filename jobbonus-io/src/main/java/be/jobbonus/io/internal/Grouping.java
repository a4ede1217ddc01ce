package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.io.InputFileException;
import be.jobbonus.io.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * How a file run finds out whether a per-quarter file is grouped by person: one quick pass over
 * its lines' INSZs before the run reads it, in parts of the file read at once on several threads
 * where it is large ({@link #cut}, {@link #runs}, then {@link #grouped}). A grouped file is
 * streamed one person at a time; one that is not is gathered by person in memory first ({@link
 * FileRun}).
 */
final class Grouping {

  /** A file smaller than this is read in one part. */
  private static final long PART = 8 << 20;

  private Grouping() {}

  /**
   * Whether the file is grouped by INSZ (no INSZ starts two runs of lines), reading each line's
   * INSZ the quick way where it can ({@code dmfa} or {@code quarters}, the one of {@code kind}). A
   * CSV header is checked here.
   *
   * @throws InputFileException when a CSV file has no header
   */
  static boolean byInsz(Path data, InputKind kind, DmfaJsonl dmfa, QuartersCsv quarters, String dataName) {
    return grouped(List.of(runs(data, 0, Long.MAX_VALUE, kind, dmfa, quarters, dataName)));
  }

  /**
   * Where to cut the file into at most {@code parts} parts of whole lines for {@link #runs}: the
   * offsets of the parts' starts and, last, the file's size (one part for a file under 8 MiB, or
   * one that cannot be read: the reading that follows says why).
   */
  static long[] cut(Path data, int parts) {
    return cut(data, parts, PART);
  }

  /** {@link #cut(Path, int)} with parts of at least {@code smallest} bytes (tests make it small). */
  static long[] cut(Path data, int parts, long smallest) {
    try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
      long size = ch.size();
      int n = (int) Math.max(1, Math.min(parts, size / smallest));
      long[] at = new long[n + 1];
      at[n] = size;
      ByteBuffer b = ByteBuffer.allocate(1 << 16);
      for (int k = 1; k < n; k++) {
        long p = Math.max(at[k - 1], size * k / n);
        at[k] = size; // no line end after p: the parts from here are empty
        search:
        while (p < size) {
          b.clear();
          int read = ch.read(b, p);
          if (read <= 0) {
            break;
          }
          for (int i = 0; i < read; i++) {
            if (b.get(i) == '\n') {
              at[k] = p + i + 1; // the part starts with the line after it
              break search;
            }
          }
          p += read;
        }
      }
      return at;
    } catch (IOException e) {
      return new long[] {0, Long.MAX_VALUE};
    }
  }

  /**
   * The INSZ of each run of lines with the same INSZ among the lines of bytes {@code from..to}
   * of the file ({@code from} at a line's start, as {@link #cut} gives), in order; lines without a
   * readable INSZ are passed over. The part at 0 reads a CSV header as its first line; a later
   * part of a {@code quarters.csv} reads the file's first line for its header first.
   *
   * @throws InputFileException when a CSV file has no header (the part at 0)
   */
  static long[] runs(Path data, long from, long to, InputKind kind, DmfaJsonl dmfa, QuartersCsv quarters,
      String dataName) {
    if (from > 0 && kind == InputKind.QUARTERS && !header(data, quarters)) {
      return new long[0]; // the part at 0 says what is wrong with the header
    }
    long[] runs = new long[1024]; // the INSZ of each run of lines with the same INSZ
    int n = 0;
    long current = -1;
    long lastValid = -1;
    boolean first = from == 0;
    boolean any = false;
    try (ByteLines in = ByteLines.over(data, range(data, from, to))) {
      while (in.next()) {
        any = true;
        long key;
        if (in.tooLong()) {
          first = false;
          continue;
        }
        byte[] b = in.buffer();
        int s = in.start();
        int e = s + in.length();
        key = kind == InputKind.DMFA ? DmfaJsonl.leadingInsz(b, s, e) : first ? -1 : quarters.leadingInsz(b, s, e);
        if (key >= 0 && LineSource.ascii(b, s, e) && (key == lastValid || Insz.isValid(key))) {
          lastValid = key;
        } else {
          // a byte-order mark is skipped on the file's line 1 only
          RawLine l = LineSource.decode(b, s, in.length(), from == 0 ? in.number() : in.number() + 1);
          if (first && kind == InputKind.QUARTERS) {
            first = false;
            quarters.header(l);
            continue;
          }
          if (!l.ok() || l.text().isBlank()) {
            continue;
          }
          String k = kind == InputKind.DMFA ? dmfa.key(l.text()) : quarters.key(l.text());
          key = k == null ? -1 : Long.parseLong(k);
        }
        first = false;
        if (key < 0 || key == current) {
          continue;
        }
        if (n == runs.length) {
          runs = Arrays.copyOf(runs, n * 2);
        }
        runs[n++] = key;
        current = key;
      }
    }
    if (from == 0 && !any && kind == InputKind.QUARTERS) {
      throw new InputFileException(dataName + " is empty: the first line must be the header "
          + String.join(",", QuartersCsv.HEADER));
    }
    return Arrays.copyOf(runs, n);
  }

  /**
   * Whether no INSZ starts two runs, given each part's runs in the file's order (a part may begin
   * with the run the one before it ended with: the same run). A sort, cheaper than a hash set.
   */
  static boolean grouped(List<long[]> parts) {
    int total = 0;
    for (long[] p : parts) {
      total += p.length;
    }
    long[] all = new long[total];
    int n = 0;
    for (long[] p : parts) {
      int k = n > 0 && p.length > 0 && p[0] == all[n - 1] ? 1 : 0; // one run across the cut
      System.arraycopy(p, k, all, n, p.length - k);
      n += p.length - k;
    }
    Arrays.sort(all, 0, n);
    for (int k = 1; k < n; k++) {
      if (all[k] == all[k - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Reads the file's first line as {@code quarters}' header; {@code false} when it is not one. */
  private static boolean header(Path data, QuartersCsv quarters) {
    try (ByteLines in = ByteLines.open(data)) {
      if (!in.next() || in.tooLong()) {
        return false;
      }
      quarters.header(LineSource.decode(in.buffer(), in.start(), in.length(), 1));
      return true;
    } catch (InputFileException | UncheckedIOException e) {
      return false;
    }
  }

  /** Bytes {@code from..to} of the file (to the end if {@code to} is beyond it). */
  private static InputStream range(Path file, long from, long to) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
      in.skipNBytes(from);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + LineSource.describe(e), e);
    }
    if (to == Long.MAX_VALUE) {
      return in;
    }
    return new java.io.FilterInputStream(in) {
      private long left = to - from;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int c = super.read();
        if (c >= 0) {
          left--;
        }
        return c;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int r = super.read(b, off, (int) Math.min(len, left));
        if (r > 0) {
          left -= r;
        }
        return r;
      }
    };
  }
}
