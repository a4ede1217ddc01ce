package be.jobbonus.rules.deadlines;

import be.jobbonus.core.parameters.Status;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A value of the protocol (a date, a period, a duration) with its article, status and source.
 *
 * @param value the value
 * @param article the article it comes from
 * @param status L read in the text, S secondary sources, I inferred
 * @param source the wording or the reference
 */
public record Term<T>(T value, String article, Status status, String source) {
  public Term {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
  }

  /** The due date {@code start + period}, carrying the period's article, status and source. */
  static Term<LocalDate> due(Term<Period> period, LocalDate start) {
    return new Term<>(start.plus(period.value()), period.article(), period.status(), period.source());
  }
}
