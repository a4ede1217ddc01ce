package be.jobbonus.rules.message;

/**
 * A VLABEL message line that the strict reader refuses: where (line, field path such as
 * {@code quarters[1].wage}) and why. The reason never contains a value from the message, so it
 * can be logged; field names that are not plain identifiers are withheld as well.
 */
public final class InvalidMessageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final String field;
  private final String reason;

  InvalidMessageException(long line, String field, String reason) {
    super((line > 0 ? "line " + line + ", " : "") + "field " + field + ": " + reason);
    this.line = line;
    this.field = field;
    this.reason = reason;
  }

  InvalidMessageException atLine(long lineNumber) {
    InvalidMessageException e = new InvalidMessageException(lineNumber, field, reason);
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The 1-based line number, or 0 when a single line was read. */
  public long line() {
    return line;
  }

  /** The JSON path of the offending field, {@code $} for the line as a whole. */
  public String field() {
    return field;
  }

  /** Why the field is refused; contains no value from the message. */
  public String reason() {
    return reason;
  }
}
