package be.jobbonus.io;

/**
 * How to read one kind of per-quarter input file: its header (if any), a quick look at a line's
 * INSZ for grouping, and the full parse of a line.
 */
public interface DataFormat<T> {

  /** The file name used in rejects and messages. */
  String fileName();

  /** Whether the first line is a header. */
  boolean hasHeader();

  /**
   * Checks the header line.
   *
   * @throws InputFileException when the file cannot be used
   */
  void header(RawLine first);

  /** The 11 digits of the line's INSZ when they are found and valid, else {@code null}; fast. */
  String key(String text);

  /** Parses a line; never throws for bad content (it becomes a reject). */
  DataRecord<T> parse(RawLine line);
}
