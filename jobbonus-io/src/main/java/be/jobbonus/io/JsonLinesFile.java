package be.jobbonus.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 JSON Lines output file that counts its lines; I/O errors are unchecked and name the file. */
final class JsonLinesFile implements Closeable {

  private final Path file;
  private final BufferedWriter out;
  private long count;

  private JsonLinesFile(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** @throws UncheckedIOException when the file cannot be created */
  static JsonLinesFile create(Path file) {
    try {
      return new JsonLinesFile(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + LineSource.describe(e), e);
    }
  }

  /** Writes one line (the JSON text, without terminator). */
  void writeLine(String json) {
    try {
      out.write(json);
      out.write('\n');
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + LineSource.describe(e), e);
    }
  }

  long count() {
    return count;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + LineSource.describe(e), e);
    }
  }
}
