package be.jobbonus.core.calculation;

import be.jobbonus.core.Person;
import be.jobbonus.core.Region;
import be.jobbonus.core.parameters.Citations;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.Parameter;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import be.jobbonus.core.text.Texts;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A step-by-step account of a {@link JobbonusResult} that a citizen's advisor can read: for each
 * step the rule, its legal source, the parameter values used (with status and source) and the
 * inputs. It contains the person's wages: it is personal data, for the person and their advisor.
 *
 * <p>The words are data, one text per step and line and language (English by default, Dutch
 * through {@link JobbonusResult#explain(java.util.Locale)}).
 */
public final class Explanation {

  /**
   * One step.
   *
   * @param title what is decided or computed
   * @param legalSource the article(s)
   * @param lines the parameters, inputs and the outcome of the step
   */
  public record Step(String title, String legalSource, List<String> lines) {
    public Step {
      Objects.requireNonNull(title);
      Objects.requireNonNull(legalSource);
      lines = List.copyOf(lines);
    }
  }

  private final ImmutableList<Step> steps;
  private final String heading;

  private Explanation(String heading, List<Step> steps) {
    this.heading = heading;
    this.steps = ImmutableList.copyOf(steps);
  }

  public List<Step> steps() {
    return steps;
  }

  /** The explanation as plain text, one numbered step after the other. */
  public String toText() {
    StringBuilder b = new StringBuilder(heading).append('\n');
    int n = 1;
    for (Step s : steps) {
      b.append('\n').append(n++).append(". ").append(s.title()).append("  [").append(s.legalSource()).append("]\n");
      for (String line : s.lines()) {
        b.append("   ").append(line).append('\n');
      }
    }
    return b.toString();
  }

  /** Masked; use {@link #toText()} for the content. */
  @Override
  public String toString() {
    return "Explanation[" + steps.size() + " steps]";
  }

  static Explanation of(JobbonusResult r, Texts t) {
    ParameterSet p = r.parameters();
    Person person = r.person();
    int year = r.referenceYear();
    String y = Integer.toString(year);
    List<Step> steps = new ArrayList<>();
    String heading = t.text("explanation.heading", y, person.insz().masked(), p.id(), String.valueOf(p.version()),
        r.parametersId());

    boolean statuutOk = p.eligibleCategories().value().contains(person.statuut());
    // a category reason with an eligible statuut is the declaration's (every DmfA line excluded)
    Reason declared = statuutOk ? r.reasons().stream().filter(x -> x.code() == ReasonCode.CATEGORY).findFirst()
        .orElse(null) : null;
    List<String> categoryLines = new ArrayList<>(List.of(
        t.text("step.category.statuut", t.statuut(person.statuut())),
        t.text("step.category.categories", t.statuten(p.eligibleCategories().value()), cite(p.eligibleCategories()))));
    if (declared != null) {
      categoryLines.add(t.text("step.category.declared", declared.message(t.locale()),
          String.valueOf(p.interpretation().excludedCategories().value()), cite(p.interpretation().excludedCategories())));
    }
    categoryLines.add(statuutOk && declared == null ? t.text("step.met") : t.text("step.category.notMet"));
    steps.add(new Step(t.text("step.category.title"), law(p, "category"), categoryLines));

    boolean residenceOk = person.residence() == Region.FLEMISH_REGION;
    steps.add(new Step(t.text("step.residence.title"), law(p, "residence"), List.of(
        t.text("step.residence.date", t.date(p.residenceReferenceDate(year)), t.monthDay(p.residenceMonthDay().value()),
            String.valueOf(p.residenceYearsAfterReferenceYear().value()), cite(p.residenceYearsAfterReferenceYear())),
        t.text("step.residence.residence", t.region(person.residence())),
        residenceOk ? t.text("step.met") : t.text("step.residence.notMet"))));

    person.birthDate().ifPresent(bd -> steps.add(new Step(t.text("step.pensionAge.title"), law(p, "pensionAge"), List.of(
        t.text("step.pensionAge.age", String.valueOf(p.pensionAgeRuleFor(bd).age().value()),
            cite(p.pensionAgeRuleFor(bd).age())),
        t.text("step.pensionAge.reached", t.date(p.pensionAgeDate(bd))),
        t.text("step.pensionAge.rule", String.valueOf(p.interpretation().pensionAge().value()),
            cite(p.interpretation().pensionAge()))))));

    Interpretation ip = p.interpretation();
    for (QuarterResult q : r.quarters()) {
      Period per = q.period();
      List<String> lines = new ArrayList<>();
      lines.add(t.text("step.quarter.inputs", t.money(q.wageCents()), t.number(fraction(q.workFraction())),
          t.regime(q.input().regime())));
      lines.add(t.text("step.quarter.period", t.date(per.from()), t.date(per.to()),
          t.money(per.lowerLimit().value()), cite(per.lowerLimit()), t.money(per.upperLimit().value()), cite(per.upperLimit()),
          t.money(per.maxAmount().value()), cite(per.maxAmount()), t.money(per.minAmount().value()), cite(per.minAmount())));
      if (q.exactReferenceMonthlyWage() == null) {
        lines.add(t.text("step.quarter.noPerformance"));
      } else {
        lines.add(t.text("step.quarter.referenceMonthlyWage", euro(t, q.exactReferenceMonthlyWage())));
        // S = 10000·W / 3m, so S <= OG ⇔ 10000·W <= 3m·OG (see the engine's algebra)
        long tenW = 10_000L * q.wageCents();
        long threeM = 3L * q.input().workFractionTenThousandths();
        String band;
        if (tenW <= threeM * per.lowerLimit().value()) {
          band = t.text("step.quarter.bandFull");
        } else if (tenW > threeM * per.upperLimit().value()) {
          band = t.text("step.quarter.bandNone");
        } else {
          String end = ip.degressiveLineEnd().value() == Interpretation.DegressiveLineEnd.UPPER_LIMIT_PLUS_ONE_CENT
              ? t.text("step.quarter.lineEnd.upperLimitPlusOneCent") : t.text("step.quarter.lineEnd.upperLimit");
          band = t.text("step.quarter.bandLine", end, cite(ip.degressiveLineEnd()));
        }
        lines.add(t.text("step.quarter.annualAmount", band, euro(t, q.exactAnnualAmount())));
        lines.add(t.text("step.quarter.baseAmount", euro(t, q.exactBaseAmount())));
        lines.add(t.text(q.counted() ? "step.quarter.amount" : "step.quarter.amountNotCounted", euro(t, q.exact())));
      }
      q.reason().ifPresent(reason -> lines.add(t.text("step.quarter.notCounted", reason.toString(t.locale()))));
      lines.add(t.text("step.quarter.shown", t.money(q.amountCents())));
      steps.add(new Step(t.text("step.quarter.title", t.quarter(q.quarter())), law(p, "quarter"), lines));
    }

    steps.add(new Step(t.text("step.annualBase.title"), law(p, "annualBase") + "; " + ip.rounding().value(), List.of(
        t.text("step.annualBase.sum", euro(t, r.exactBase())),
        t.text("step.annualBase.rounding", String.valueOf(ip.rounding().value()), cite(ip.rounding()),
            t.money(r.baseCents())),
        t.text("step.annualBase.remainder"))));

    if (r.eligible()) {
      YearRules yr = p.yearRules(year);
      Parameter<Long> min = r.fullTime() ? yr.minimumPayableFullTime() : yr.minimumPayablePartTime();
      steps.add(new Step(t.text("step.minimum.title"), law(p, "minimumPayable"), List.of(
          t.text("step.minimum.performance", performance(r, t), cite(ip.fullTimeMinimum())),
          t.text("step.minimum.minimum", t.money(min.value()), cite(min)),
          t.text(r.payable() ? "step.minimum.payable" : "step.minimum.notPayable", t.money(r.baseCents())))));
      steps.add(new Step(t.text("step.fixedIncrease.title"), Citations.shown(p.citations().fixedIncrease(year)), List.of(
          t.text("step.fixedIncrease.amount", y, t.money(yr.fixedIncrease().value()), cite(yr.fixedIncrease())),
          t.text(r.payable() ? "step.fixedIncrease.added" : "step.fixedIncrease.notAdded"))));
    } else {
      List<String> lines = new ArrayList<>();
      for (Reason reason : r.reasons()) {
        lines.add(reason.toString(t.locale()));
      }
      if (lines.isEmpty()) {
        lines.add(t.text("step.notBeneficiary.noQuarter"));
      }
      steps.add(new Step(t.text("step.notBeneficiary.title", y), law(p, "notBeneficiary"), lines));
    }
    steps.add(new Step(t.text("step.total.title"), law(p, "total"), List.of(r.payable()
        ? t.text("step.total.paid", t.money(r.baseCents()), t.money(r.fixedIncreaseCents()), t.money(r.totalCents()))
        : t.text("step.total.nothing", t.money(r.totalCents())))));
    return new Explanation(heading, steps);
  }

  private static String euro(Texts t, ExactCents cents) {
    return t.moneyText(cents.euroText());
  }

  /** µ with at least two decimals, as the message writes it. */
  private static String fraction(java.math.BigDecimal mu) {
    return (mu.scale() < 2 ? mu.setScale(2) : mu).toPlainString();
  }

  /** The citation {@code key} of the set, as shown beside a step: article(s) and status. */
  private static String law(ParameterSet p, String key) {
    return Citations.shown(p.citations().get(key));
  }

  /**
   * Full-time or part-time performance (IP-full-time), and for part-time the quarter that made it
   * so.
   */
  private static String performance(JobbonusResult r, Texts t) {
    if (r.fullTime()) {
      return t.text("step.minimum.fullTime");
    }
    return r.partTimeQuarter().map(q -> {
      QuarterResult qr = r.quarters().stream().filter(x -> x.quarter().equals(q)).findFirst().orElseThrow();
      return t.text("step.minimum.partTimeDecidedBy", t.quarter(q), t.regime(qr.input().regime()),
          t.number(fraction(qr.workFraction())));
    }).orElse(t.text("step.minimum.partTime"));
  }

  private static String cite(Parameter<?> p) {
    return "[" + p.status() + ": " + p.source() + "]";
  }
}
