package be.jobbonus.core.calculation;

import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.text.Texts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An unmet condition: its code, the article, a message a person can read (never personal data),
 * and the quarter it concerns when it is a quarter's condition. The factories below are the one
 * place where each message is worded; every path that reports a reason (the calculator, the
 * byte writer of {@code results.jsonl}) takes it from them. The words are data, one text per
 * reason code and language ({@link #message(Locale)}); {@link #message()} is the English one.
 */
public final class Reason {
  private final ReasonCode code;
  private final YearQuarter quarter; // nullable
  private final String message;
  /** The values the message is made of, as {@link #text(Texts)} formats them per language. */
  private final Object[] args;

  private Reason(ReasonCode code, YearQuarter quarter, Object... args) {
    this.code = Objects.requireNonNull(code);
    this.quarter = quarter;
    this.args = args.clone();
    this.message = text(Texts.english());
  }

  /** {@link ReasonCode#CATEGORY}: {@code statuut} is not a beneficiary category. */
  public static Reason category(Statuut statuut) {
    return new Reason(ReasonCode.CATEGORY, null, Objects.requireNonNull(statuut));
  }

  /**
   * {@link ReasonCode#CATEGORY}, from the DmfA declaration: every line of the person is of the
   * excluded {@code category} (docs/calculation.md §2, docs/dmfa.md §14), named as the table names it
   * ({@code STUDENT_SOLIDARITY}, {@code APPRENTICE}, {@code MEDICAL_SPECIALIST_IN_TRAINING}, {@code
   * FLAT_RATE_SPORTSPERSON}, {@code FLEXI_JOB}).
   *
   * @throws IllegalArgumentException when the table has no such category
   */
  public static Reason declaredCategory(String category) {
    if (be.jobbonus.core.batch.DmfaExclusions.official().category(Objects.requireNonNull(category, "category"))
        .isEmpty()) {
      throw new IllegalArgumentException("not an excluded category of the DmfA: " + category);
    }
    return new Reason(ReasonCode.CATEGORY, null, new Declared(category));
  }

  /** The argument of a category reason taken from the declaration. */
  private record Declared(String category) {}

  /** {@link ReasonCode#RESIDENCE}: the official residence on {@code referenceDate} is {@code residence}. */
  public static Reason residence(LocalDate referenceDate, Region residence) {
    return new Reason(ReasonCode.RESIDENCE, null, Objects.requireNonNull(referenceDate), Objects.requireNonNull(residence));
  }

  /** {@link ReasonCode#PENSION_AGE}: {@code quarter} starts on or after the day {@code age} is reached. */
  public static Reason pensionAge(YearQuarter quarter, int age) {
    return new Reason(ReasonCode.PENSION_AGE, Objects.requireNonNull(quarter), quarter, age);
  }

  /** {@link ReasonCode#WAGE_ABOVE_UPPER_LIMIT}: S of {@code quarter} is above the period's upper limit. */
  public static Reason wageAboveUpperLimit(YearQuarter quarter, long upperLimitCents) {
    return new Reason(ReasonCode.WAGE_ABOVE_UPPER_LIMIT, Objects.requireNonNull(quarter), quarter, upperLimitCents);
  }

  /** {@link ReasonCode#NO_PERFORMANCE}: no quarter of {@code referenceYear} with performance. */
  public static Reason noPerformance(int referenceYear) {
    return new Reason(ReasonCode.NO_PERFORMANCE, null, referenceYear);
  }

  /** {@link ReasonCode#BELOW_MINIMUM_PAYABLE}: the base is below the minimum (full-time or part-time). */
  public static Reason belowMinimumPayable(long minimumCents, boolean fullTime) {
    return new Reason(ReasonCode.BELOW_MINIMUM_PAYABLE, null, minimumCents, fullTime);
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

  /** The message in English, as {@code results.jsonl} carries it. */
  public String message() {
    return message;
  }

  /**
   * The message in {@code locale}'s language: English ({@link #message()}) or Dutch, amounts and
   * dates written as the language writes them.
   *
   * @throws IllegalArgumentException when the library has no texts in that language
   */
  public String message(Locale locale) {
    return text(Texts.of(locale));
  }

  /** {@code CODE (article): message} in {@code locale}'s language, as {@link #toString()} in English. */
  public String toString(Locale locale) {
    return code + " (" + code.article() + "): " + message(locale);
  }

  private String text(Texts t) {
    String key = "reason." + code.name();
    switch (code) {
      case CATEGORY:
        if (args[0] instanceof Declared d) {
          return t.text(key + ".declared", t.text("declaredCategory." + d.category()));
        }
        return t.text(key, t.statuut((Statuut) args[0]));
      case RESIDENCE:
        return t.text(key, t.date((LocalDate) args[0]), t.region((Region) args[1]));
      case PENSION_AGE:
        return t.text(key, t.quarter((YearQuarter) args[0]), Integer.toString((Integer) args[1]));
      case WAGE_ABOVE_UPPER_LIMIT:
        return t.text(key, t.quarter((YearQuarter) args[0]), t.money((Long) args[1]));
      case NO_PERFORMANCE:
        return t.text(key, Integer.toString((Integer) args[0]));
      case BELOW_MINIMUM_PAYABLE:
        return t.text(key, t.money((Long) args[0]), t.text((Boolean) args[1] ? "reason.fullTime" : "reason.partTime"));
      default:
        throw new AssertionError(code);
    }
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
