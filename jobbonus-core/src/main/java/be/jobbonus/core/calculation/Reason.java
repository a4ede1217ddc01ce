package be.jobbonus.core.calculation;

import be.jobbonus.core.YearQuarter;
import java.util.Objects;
import java.util.Optional;

/**
 * An unmet condition: its code, the article, a message a person can read (never personal data),
 * and the quarter it concerns when it is a quarter's condition.
 */
public final class Reason {
  private final ReasonCode code;
  private final YearQuarter quarter; // nullable
  private final String message;

  Reason(ReasonCode code, YearQuarter quarter, String message) {
    this.code = Objects.requireNonNull(code);
    this.quarter = quarter;
    this.message = Objects.requireNonNull(message);
  }

  public ReasonCode code() {
    return code;
  }

  public String article() {
    return code.article();
  }

  /** The quarter concerned, empty for a condition on the person or the year. */
  public Optional<YearQuarter> quarter() {
    return Optional.ofNullable(quarter);
  }

  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason && ((Reason) o).code == code && Objects.equals(((Reason) o).quarter, quarter)
        && ((Reason) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, quarter, message);
  }

  /** {@code CODE (article): message}. */
  @Override
  public String toString() {
    return code + " (" + code.article() + "): " + message;
  }
}
