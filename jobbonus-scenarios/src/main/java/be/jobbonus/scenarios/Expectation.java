package be.jobbonus.scenarios;

import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.ReasonCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a scenario's author expects: the total always; the rest only when written in the file.
 * Amounts in cents.
 *
 * @param total the amount paid (base + fixed increase, or 0)
 * @param base the annual base amount, when given
 * @param fixedIncrease the fixed increase paid, when given
 * @param eligible whether the person is a beneficiary, when given
 * @param payable whether the base reaches the minimum payable, when given
 * @param fullTime whether the full-time minimum applied (IP-full-time), when given
 * @param reasons the reason codes expected (compared as a set), when given; empty means none
 * @param residenceDate the residence reference date (IP-residence-date), when given
 * @param quarters expectations per quarter
 */
public record Expectation(
    long total,
    OptionalLong base,
    OptionalLong fixedIncrease,
    Optional<Boolean> eligible,
    Optional<Boolean> payable,
    Optional<Boolean> fullTime,
    Optional<Set<ReasonCode>> reasons,
    Optional<java.time.LocalDate> residenceDate,
    Map<YearQuarter, QuarterExpectation> quarters) {

  public Expectation {
    quarters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(quarters));
  }

  /**
   * What is expected of one quarter.
   *
   * @param amount the quarter's amount as shown (its share of the rounded base), when given
   * @param referenceMonthlyWage the reference monthly wage S rounded to the cent, when given
   * @param counted whether the quarter counts, when given
   * @param reasons the quarter's reason code, when given (empty list: no reason)
   * @param workFraction the quarter's work fraction µ (derived from DmfA lines, or as given), when given
   * @param quarterWage the quarter's wage W, when given
   * @param regime the quarter's regime, when given
   */
  public record QuarterExpectation(
      OptionalLong amount,
      OptionalLong referenceMonthlyWage,
      Optional<Boolean> counted,
      Optional<List<ReasonCode>> reasons,
      Optional<java.math.BigDecimal> workFraction,
      OptionalLong quarterWage,
      Optional<be.jobbonus.core.Regime> regime) {}
}
