package be.jobbonus.core.parameters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the statutory pension age table: people born between {@code bornFrom} and {@code
 * bornTo} (inclusive) reach the pension age at {@code age}. {@link LocalDate#MIN} and {@link
 * LocalDate#MAX} stand for an open end.
 */
public record PensionAgeRule(LocalDate bornFrom, LocalDate bornTo, Parameter<Integer> age) {
  public PensionAgeRule {
    Objects.requireNonNull(bornFrom, "bornFrom");
    Objects.requireNonNull(bornTo, "bornTo");
    Objects.requireNonNull(age, "age");
    if (bornTo.isBefore(bornFrom)) {
      throw new IllegalArgumentException("bornTo before bornFrom");
    }
    if (age.value() < 50 || age.value() > 80) {
      throw new IllegalArgumentException("pension age must be 50-80, was " + age.value());
    }
  }

  public boolean covers(LocalDate birthDate) {
    return !birthDate.isBefore(bornFrom) && !birthDate.isAfter(bornTo);
  }

  /** The day a person born on {@code birthDate} (a date this row covers) reaches the pension age (decree art. 4). */
  public LocalDate reachedOn(LocalDate birthDate) {
    return birthDate.plusYears(age.value());
  }
}
