package be.jobbonus.core.parameters;

/**
 * A reference year, or a quarter, that the parameter set does not cover. The library refuses to
 * compute rather than guess (docs/calculation.md §3, notes).
 */
public final class UnknownReferenceYearException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int year;

  public UnknownReferenceYearException(int year, String message) {
    super(message);
    this.year = year;
  }

  /** The year that has no parameters. */
  public int year() {
    return year;
  }
}
