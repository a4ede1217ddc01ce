package be.jobbonus.core.dmfa;

/**
 * An occupation line, or the quarter it belongs to, that cannot be used. The message names the
 * field and what to do; it never contains an INSZ, a name or an amount.
 */
public final class InvalidOccupationLineException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidOccupationLineException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The field at fault, as named in dmfa.jsonl ({@code daysPerWeek}, {@code services[0].days}). */
  public String field() {
    return field;
  }

  /** The message without the field prefix. */
  public String reason() {
    return getMessage().substring(field.length() + 2);
  }
}
