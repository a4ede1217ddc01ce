package be.jobbonus.io.internal;

import be.jobbonus.io.OutputInUseException;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RejectSink;
import java.io.Closeable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code rejects.jsonl}: one object per refused record, {@code
 * {"file","line","column","field","insz","reason"}}, {@code column} only where known (XML), INSZ
 * masked. Not thread-safe.
 */
public final class RejectsWriter implements RejectSink, Closeable {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final JsonLinesFile out;

  private RejectsWriter(JsonLinesFile out) {
    this.out = out;
  }

  /**
   * The file, written whole or not at all ({@link OutputFile}): {@link #close} moves it into place
   * unless a write failed.
   *
   * @throws UncheckedIOException when the file cannot be created
   * @throws OutputInUseException when another run writes it
   */
  public static RejectsWriter create(Path file) {
    return new RejectsWriter(JsonLinesFile.create(file));
  }

  /** Lines into {@code file}; the caller commits it when the run succeeded. {@link #close} only flushes. */
  public static RejectsWriter over(OutputFile file) {
    return new RejectsWriter(JsonLinesFile.over(file));
  }

  /** Hands the lines written so far to the underlying {@link OutputFile}. */
  public void flush() {
    out.flush();
  }

  /** The JSON text of one reject (no line terminator). */
  public static String toJson(Reject r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("file", r.file());
    n.put("line", r.line());
    if (r.column() > 0) {
      n.put("column", r.column());
    }
    n.put("field", r.field());
    n.put("insz", r.insz());
    n.put("reason", r.reason());
    return MAPPER.writeValueAsString(n);
  }

  @Override
  public void reject(Reject r) {
    out.writeLine(toJson(r));
  }

  public long count() {
    return out.count();
  }

  @Override
  public void close() {
    out.close();
  }
}
