package be.jobbonus.io.internal;

import be.jobbonus.io.InputFileException;
import java.util.List;

/**
 * Checks, before a run, that an input file has records: an empty {@code dmfa.jsonl}, a CSV file
 * with only its header, or an empty CSV file stops the run ({@link InputFileException}, exit code
 * 2), as docs/cli.md says. Reads up to the first record only.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * @param header the CSV header the file must start with, or {@code null} for JSON Lines
   * @throws InputFileException when the file has no record (or, for CSV, a wrong header)
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static void requireRecords(java.nio.file.Path file, String fileName, List<String> header) {
    boolean headerSeen = header == null;
    try (LineSource src = LineSource.open(file)) {
      while (src.hasNext()) {
        RawLine l = src.next();
        if (!headerSeen) {
          Csv.header(l, fileName, header, header == PersonsCsv.HEADER ? PersonsCsv.OPTIONAL : List.of());
          headerSeen = true;
          continue;
        }
        if (!l.ok() || !l.text().isBlank()) {
          return;
        }
      }
    }
    if (!headerSeen) {
      throw new InputFileException(fileName + " is empty: the first line must be the header " + String.join(",", header));
    }
    throw new InputFileException(fileName + (header == null ? " is empty" : " has only its header")
        + ": there is nothing to compute; give a file with at least one record");
  }
}
