package be.jobbonus.rules.message;

import be.jobbonus.core.Euro;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.QuarterResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One quarter of the calculation as protocol art. 3, Gegeven 2 lists it (<i>berekening per
 * kwartaal</i>): the quarter, the work fraction (<i>prestatiebreuk</i>), the wage (<i>loon</i>),
 * the reference monthly wage (<i>refertemaandloon</i>), the base amount (<i>basisbedrag</i>) and
 * the jobbonus of the quarter (<i>jobbonus per kwartaal</i>). Nothing else.
 *
 * <p>Money is in euro cents; the work fraction is exact, 0 to 1 with at most 4 decimals, held in
 * its message form (at least two decimals: {@code 1.00}, {@code 0.50}, {@code 0.7725}). The
 * reference monthly wage is empty exactly when the work fraction is 0. {@link #toString()} hides
 * the wage.
 *
 * @param quarter the calendar quarter
 * @param workFraction the prestatiebreuk
 * @param wageCents the quarter's wage
 * @param referenceMonthlyWageCents the refertemaandloon; empty when the work fraction is 0
 * @param baseAmountCents the basisbedrag
 * @param amountCents the jobbonus of the quarter
 */
public record VlabelQuarter(
    YearQuarter quarter,
    BigDecimal workFraction,
    long wageCents,
    OptionalLong referenceMonthlyWageCents,
    long baseAmountCents,
    long amountCents) {

  /** The JSON keys of a quarter, in message order (protocol art. 3, Gegeven 2). */
  public static final List<String> FIELDS = List.of(
      "quarter", "workFraction", "wage", "referenceMonthlyWage", "baseAmount", "amount");

  /** Largest amount the message carries: 99,999,999,999.99 euro (13 digits of cents). */
  static final long MAX_CENTS = 9_999_999_999_999L;

  /**
   * @throws IllegalArgumentException when a value is outside its domain (negative money, work
   *     fraction outside [0, 1] or with more than 4 decimals, reference monthly wage present for a
   *     zero work fraction or missing for a positive one); messages name the field only
   */
  public VlabelQuarter {
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(workFraction, "workFraction");
    Objects.requireNonNull(referenceMonthlyWageCents, "referenceMonthlyWageCents");
    workFraction = canonicalFraction(workFraction);
    money(wageCents, "wage");
    money(baseAmountCents, "baseAmount");
    money(amountCents, "amount");
    if (workFraction.signum() == 0 && referenceMonthlyWageCents.isPresent()) {
      throw new IllegalArgumentException("referenceMonthlyWage: must be null when the work fraction is 0");
    }
    if (workFraction.signum() > 0 && referenceMonthlyWageCents.isEmpty()) {
      throw new IllegalArgumentException("referenceMonthlyWage: required when the work fraction is above 0");
    }
    if (referenceMonthlyWageCents.isPresent()) {
      money(referenceMonthlyWageCents.getAsLong(), "referenceMonthlyWage");
    }
  }

  /** The quarter of a core calculation result. */
  public static VlabelQuarter from(QuarterResult q) {
    Objects.requireNonNull(q, "quarter result");
    return new VlabelQuarter(q.quarter(), q.workFraction(), q.wageCents(), q.referenceMonthlyWageCents(),
        q.baseAmountCents(), q.amountCents());
  }

  /** The work fraction as the message writes it: {@code "1.00"}, {@code "0.7725"}. */
  public String workFractionText() {
    return workFraction.toPlainString();
  }

  static BigDecimal canonicalFraction(BigDecimal f) {
    if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("workFraction: must be between 0 and 1");
    }
    BigDecimal s = f.stripTrailingZeros();
    if (s.scale() > 4) {
      throw new IllegalArgumentException("workFraction: more than 4 decimals");
    }
    return s.setScale(Math.max(2, s.scale()));
  }

  static void money(long cents, String field) {
    if (cents < 0 || cents > MAX_CENTS) {
      throw new IllegalArgumentException(field + ": amount must be between 0.00 and " + Euro.format(MAX_CENTS));
    }
  }

  /** Hides wage and reference monthly wage. */
  @Override
  public String toString() {
    return "VlabelQuarter[" + quarter + ", µ=" + workFractionText() + ", amount " + Euro.format(amountCents) + "]";
  }
}
