package be.jobbonus.core.calculation;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.text.Texts;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A person's jobbonus for one reference year: eligibility with its reasons, the quarters, the
 * base amount rounded once, the fixed increase and the total paid. Immutable.
 *
 * <p>{@link #toString()} shows the masked INSZ and the amounts, no names or wages.
 */
public final class JobbonusResult {

  private final Person person;
  private final int referenceYear;
  private final ParameterSet parameters;
  private final ImmutableList<QuarterResult> quarters;
  private final ImmutableList<Reason> reasons;
  private final boolean eligible;
  private final long baseCents;
  private final boolean fullTime;
  private final YearQuarter partTimeQuarter; // nullable
  private final long minimumPayableCents;
  private final boolean payable;
  private final long fixedIncreaseCents;
  private final long totalCents;

  JobbonusResult(Person person, int referenceYear, ParameterSet parameters, List<QuarterResult> quarters,
      List<Reason> reasons, boolean eligible, long baseCents, boolean fullTime, YearQuarter partTimeQuarter,
      long minimumPayableCents, boolean payable, long fixedIncreaseCents, long totalCents) {
    this.person = person;
    this.referenceYear = referenceYear;
    this.parameters = parameters;
    this.quarters = ImmutableList.copyOf(quarters);
    this.reasons = ImmutableList.copyOf(reasons);
    this.eligible = eligible;
    this.baseCents = baseCents;
    this.fullTime = fullTime;
    this.partTimeQuarter = partTimeQuarter;
    this.minimumPayableCents = minimumPayableCents;
    this.payable = payable;
    this.fixedIncreaseCents = fixedIncreaseCents;
    this.totalCents = totalCents;
  }

  /** The person as given to the calculation (identity needed for the VLABEL message). */
  public Person person() {
    return person;
  }

  public Insz insz() {
    return person.insz();
  }

  public Statuut statuut() {
    return person.statuut();
  }

  public int referenceYear() {
    return referenceYear;
  }

  /** The parameter set used. */
  public ParameterSet parameters() {
    return parameters;
  }

  /** {@code <set id>-<year>}, as in {@code official-2024}. */
  public String parametersId() {
    return parameters.id() + "-" + referenceYear;
  }

  /** The quarters given, in order, with their calculation. */
  public List<QuarterResult> quarters() {
    return quarters;
  }

  /** Every unmet condition, person-level first, then per quarter; empty when all is met. */
  public List<Reason> reasons() {
    return reasons;
  }

  /**
   * Whether the person is a beneficiary for the year: category and residence met, and at least one
   * quarter counts with a positive amount (decree art. 3-5).
   */
  public boolean eligible() {
    return eligible;
  }

  /** The annual base amount Σ JB, rounded once half-up to the cent (IP-rounding). */
  public long baseCents() {
    return baseCents;
  }

  /** The exact annual base before rounding, in euro to {@code scale} decimals. */
  public BigDecimal exactBase(int scale) {
    return exactBase().euros(scale);
  }

  /** Whether the full-time minimum payable applied (IP-full-time). */
  public boolean fullTime() {
    return fullTime;
  }

  /**
   * The first quarter that made the year's performance part-time (IP-full-time: a quarter with
   * performance before the pension age that is not full-time, whether or not it counts); empty
   * when the performance is full-time or there is none.
   */
  public Optional<YearQuarter> partTimeQuarter() {
    return Optional.ofNullable(partTimeQuarter);
  }

  /** The minimum payable amount that applied, in cents. */
  public long minimumPayableCents() {
    return minimumPayableCents;
  }

  /** Whether the base amount is paid: eligible and at least the minimum payable. */
  public boolean payable() {
    return payable;
  }

  /** The fixed increase paid, in cents (0 when not payable). */
  public long fixedIncreaseCents() {
    return fixedIncreaseCents;
  }

  /** What is paid: base plus fixed increase when payable, else 0. */
  public long totalCents() {
    return totalCents;
  }

  public MonetaryAmount base() {
    return Euro.of(baseCents);
  }

  public MonetaryAmount fixedIncrease() {
    return Euro.of(fixedIncreaseCents);
  }

  public MonetaryAmount total() {
    return Euro.of(totalCents);
  }

  /** Σ JB of the quarters, exact (display only: the base is rounded by the engine). */
  ExactCents exactBase() {
    ExactCents sum = ExactCents.ZERO;
    for (QuarterResult q : quarters) {
      if (q.counted()) {
        sum = sum.plus(q.exact());
      }
    }
    return sum;
  }

  /** The step-by-step account of this result: rules, articles, parameters and inputs. */
  public Explanation explain() {
    return Explanation.of(this, Texts.english());
  }

  /**
   * The step-by-step account in {@code locale}'s language: English ({@link #explain()}) or Dutch
   * (amounts as {@code € 534,29}, dates as {@code 1 januari 2022}, the law's terms:
   * refertemaandloon, prestatiebreuk, basisbedrag, refertejaar). The articles and sources cited are
   * the parameter data's, as they are written there.
   *
   * @throws IllegalArgumentException when the library has no texts in that language
   */
  public Explanation explain(java.util.Locale locale) {
    return Explanation.of(this, Texts.of(locale));
  }

  @Override
  public String toString() {
    return "JobbonusResult[" + person.insz().masked() + ", " + referenceYear + ", eligible=" + eligible
        + ", base " + Euro.format(baseCents) + ", total " + Euro.format(totalCents) + "]";
  }
}
