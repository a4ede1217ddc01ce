package be.jobbonus.rules.retention;

import be.jobbonus.core.parameters.Status;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A legal period that applies from a date on, with its status and source (law as data).
 *
 * @param from the first date to which the period applies (the date of the event that starts it)
 * @param period the length, in years, months and days
 * @param status L read in the law, S secondary sources, I inferred
 * @param source where the value comes from
 */
public record DatedPeriod(LocalDate from, Period period, Status status, String source) {
  public DatedPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
  }

  /** {@code date} plus the period, end of month clamped (29 February + 1 year is 28 February). */
  public LocalDate addTo(LocalDate date) {
    return date.plus(period);
  }
}
