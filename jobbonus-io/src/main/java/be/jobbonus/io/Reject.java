package be.jobbonus.io;

import java.util.Objects;

/**
 * A refused input record, one line of {@code rejects.jsonl} (docs/formats.md).
 *
 * @param file the input file's name as given
 * @param line 1-based line number in that file
 * @param column 1-based column in that line where known (an XML element), else 0
 * @param field the field at fault ({@code insz}, {@code daysPerWeek}, {@code services[0].days}),
 *     or {@code line} when the whole line is unusable
 * @param insz the masked INSZ (first six digits), or empty when none could be read
 * @param reason what is wrong and what to do; never personal data
 */
public record Reject(String file, long line, int column, String field, String insz, String reason) {
  public Reject {
    Objects.requireNonNull(file);
    Objects.requireNonNull(field);
    Objects.requireNonNull(insz);
    Objects.requireNonNull(reason);
  }

  /** A reject without a column: every input but XML. */
  public Reject(String file, long line, String field, String insz, String reason) {
    this(file, line, 0, field, insz, reason);
  }

  /** {@code file:line: field: reason (insz)}, for standard error; the INSZ is masked. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + reason + (insz.isEmpty() ? "" : " (" + insz + ")");
  }

  /** The same reject with another reason (a person's other lines). */
  public Reject withReason(String field, String newReason) {
    return new Reject(file, line, column, field, insz, newReason);
  }
}
