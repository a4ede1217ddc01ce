package be.jobbonus.core.calculation;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An unmet condition: its code, the article, a message a person can read (never personal data),
 * and the quarter it concerns when it is a quarter's condition. The factories below are the one
 * place where each message is worded; every path that reports a reason (the calculator, the
 * byte writer of {@code results.jsonl}) takes it from them.
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

  /** {@link ReasonCode#CATEGORY}: {@code statuut} is not a beneficiary category. */
  public static Reason category(Statuut statuut) {
    return new Reason(ReasonCode.CATEGORY, null, "statuut " + statuut + " is not a beneficiary category");
  }

  /** {@link ReasonCode#RESIDENCE}: the official residence on {@code referenceDate} is {@code residence}. */
  public static Reason residence(LocalDate referenceDate, Region residence) {
    return new Reason(ReasonCode.RESIDENCE, null,
        "official residence on " + referenceDate + " is " + residence + ", not the Flemish Region");
  }

  /** {@link ReasonCode#PENSION_AGE}: {@code quarter} starts on or after the day {@code age} is reached. */
  public static Reason pensionAge(YearQuarter quarter, int age) {
    return new Reason(ReasonCode.PENSION_AGE, Objects.requireNonNull(quarter),
        quarter + " starts on or after the day the statutory pension age of " + age + " is reached");
  }

  /** {@link ReasonCode#WAGE_ABOVE_UPPER_LIMIT}: S of {@code quarter} is above the period's upper limit. */
  public static Reason wageAboveUpperLimit(YearQuarter quarter, long upperLimitCents) {
    return new Reason(ReasonCode.WAGE_ABOVE_UPPER_LIMIT, Objects.requireNonNull(quarter),
        quarter + ": reference monthly wage above the upper limit of " + Euro.format(upperLimitCents));
  }

  /** {@link ReasonCode#NO_PERFORMANCE}: no quarter of {@code referenceYear} with performance. */
  public static Reason noPerformance(int referenceYear) {
    return new Reason(ReasonCode.NO_PERFORMANCE, null, "no quarter of " + referenceYear + " with performance");
  }

  /** {@link ReasonCode#BELOW_MINIMUM_PAYABLE}: the base is below the minimum (full-time or part-time). */
  public static Reason belowMinimumPayable(long minimumCents, boolean fullTime) {
    return new Reason(ReasonCode.BELOW_MINIMUM_PAYABLE, null, "base amount below the minimum payable of "
        + Euro.format(minimumCents) + (fullTime ? " (full-time)" : " (part-time)"));
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
