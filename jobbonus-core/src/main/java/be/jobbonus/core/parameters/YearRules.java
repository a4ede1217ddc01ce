package be.jobbonus.core.parameters;

import java.util.Objects;

/**
 * The rules that apply once per person and reference year.
 *
 * @param year the reference year (<i>refertejaar</i>)
 * @param fixedIncrease flat amount added once when the base amount is payable (decree art. 5 §5
 *     and §6), cents
 * @param minimumPayableFullTime below this base amount nothing is paid, for full-time performance,
 *     cents
 * @param minimumPayablePartTime the same for part-time performance, cents
 */
public record YearRules(
    int year,
    Parameter<Long> fixedIncrease,
    Parameter<Long> minimumPayableFullTime,
    Parameter<Long> minimumPayablePartTime) {

  public YearRules {
    Objects.requireNonNull(fixedIncrease, "fixedIncrease");
    Objects.requireNonNull(minimumPayableFullTime, "minimumPayableFullTime");
    Objects.requireNonNull(minimumPayablePartTime, "minimumPayablePartTime");
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("year must be 1900-9999");
    }
    if (fixedIncrease.value() < 0
        || minimumPayableFullTime.value() < 0
        || minimumPayablePartTime.value() < 0) {
      throw new IllegalArgumentException("amounts must not be negative");
    }
  }
}
