package be.jobbonus.scenarios;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong in a scenario file, with the place to correct it: the file, the line and column
 * (1-based; 0 when unknown), the field path (for example {@code cases[2].quarters[1].monthly_wage})
 * and what is wrong, in words an analyst can act on.
 */
public record ScenarioProblem(Path file, int line, int column, String field, String message) {

  public ScenarioProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: field: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
        + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
