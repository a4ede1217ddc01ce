package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.io.InputFileException;
import be.jobbonus.io.InputKind;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How a file run finds out whether a per-quarter file is grouped by person: one quick pass over
 * its lines' INSZs before the run reads it. A grouped file is streamed one person at a time; one
 * that is not is gathered by person in memory first ({@link FileRun}).
 */
final class Grouping {

  private Grouping() {}

  /**
   * Whether the file is grouped by INSZ (no INSZ starts two runs of lines), reading each line's
   * INSZ the quick way where it can ({@code dmfa} or {@code quarters}, the one of {@code kind}). A
   * CSV header is checked here.
   *
   * @throws InputFileException when a CSV file has no header
   */
  static boolean byInsz(Path data, InputKind kind, DmfaJsonl dmfa, QuartersCsv quarters, String dataName) {
    long[] runs = new long[1024]; // the INSZ of each run of lines with the same INSZ
    int n = 0;
    long current = -1;
    long lastValid = -1;
    boolean first = true;
    try (ByteLines in = ByteLines.open(data)) {
      while (in.next()) {
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
          RawLine l = LineSource.decode(b, s, in.length(), in.number());
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
    if (first && kind == InputKind.QUARTERS) {
      throw new InputFileException(dataName + " is empty: the first line must be the header "
          + String.join(",", QuartersCsv.HEADER));
    }
    Arrays.sort(runs, 0, n); // grouped when no INSZ starts two runs: cheaper than a hash set
    for (int k = 1; k < n; k++) {
      if (runs[k] == runs[k - 1]) {
        return false;
      }
    }
    return true;
  }
}
