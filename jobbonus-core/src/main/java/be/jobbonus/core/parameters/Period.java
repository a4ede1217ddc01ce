package be.jobbonus.core.parameters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The amount parameters for work done in a dated period (decree art. 5 §1, BVR art. 2 §5). Dated
 * by the period of the work, not by year: 2022 has two periods.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param lowerLimit OG (<i>ondergrens</i>), cents: a reference monthly wage at or below it gets
 *     the full amount
 * @param upperLimit BG (<i>bovengrens</i>), cents: a reference monthly wage above it gets nothing
 * @param maxAmount Jmax, annual full-time amount at or below OG, cents
 * @param minAmount Jmin, annual full-time amount where the degressive line ends, cents
 */
public record Period(
    LocalDate from,
    LocalDate to,
    Parameter<Long> lowerLimit,
    Parameter<Long> upperLimit,
    Parameter<Long> maxAmount,
    Parameter<Long> minAmount) {

  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(lowerLimit, "lowerLimit");
    Objects.requireNonNull(upperLimit, "upperLimit");
    Objects.requireNonNull(maxAmount, "maxAmount");
    Objects.requireNonNull(minAmount, "minAmount");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
    }
    if (lowerLimit.value() <= 0) {
      throw new IllegalArgumentException("lowerLimit must be positive");
    }
    if (upperLimit.value() <= lowerLimit.value()) {
      throw new IllegalArgumentException("upperLimit must be above lowerLimit");
    }
    if (upperLimit.value() > 100_000_000L) {
      throw new IllegalArgumentException("upperLimit must be at most 1,000,000.00");
    }
    if (minAmount.value() < 0 || maxAmount.value() < minAmount.value()) {
      throw new IllegalArgumentException("amounts must satisfy 0 <= minAmount <= maxAmount");
    }
    if (maxAmount.value() > 10_000_000L) {
      throw new IllegalArgumentException("maxAmount must be at most 100,000.00");
    }
  }

  /** Whether {@code date} is in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
