package be.jobbonus.io.internal;

import be.jobbonus.io.OutputInUseException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A UTF-8 JSON Lines output file that counts its lines; I/O errors are unchecked and name the file.
 * Written through an {@link OutputFile} (owner-only temporary file, renamed into place).
 */
final class JsonLinesFile implements Closeable {

  private final String name;
  private final OutputFile file;
  private final boolean owned;
  private final BufferedWriter out;
  private long count;
  private boolean failed;

  private JsonLinesFile(String name, OutputFile file, boolean owned) {
    this.name = name;
    this.file = file;
    this.owned = owned;
    this.out = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * A file of its own: {@link #close} commits it (moves it into place) unless a write failed.
   *
   * @throws UncheckedIOException when the file cannot be created
   * @throws OutputInUseException when another run writes it
   */
  static JsonLinesFile create(Path file) {
    return new JsonLinesFile(file.toString(), OutputFile.open(file, true), true);
  }

  /** Lines into {@code file}, which the caller commits; {@link #close} only flushes. */
  static JsonLinesFile over(OutputFile file) {
    return new JsonLinesFile(file.target().toString(), file, false);
  }

  /** Writes one line (the JSON text, without terminator). */
  void writeLine(String json) {
    try {
      out.write(json);
      out.write('\n');
      count++;
    } catch (IOException e) {
      failed = true;
      throw new UncheckedIOException("cannot write " + name + ": " + LineSource.describe(e), e);
    }
  }

  long count() {
    return count;
  }

  /** Hands the buffered lines to the {@link OutputFile} (before it is committed). */
  void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      failed = true;
      throw new UncheckedIOException("cannot write " + name + ": " + LineSource.describe(e), e);
    }
  }

  @Override
  public void close() {
    if (!owned) {
      flush();
      return;
    }
    try {
      if (!failed) {
        flush();
        file.commit();
      }
    } finally {
      file.close();
    }
  }
}
