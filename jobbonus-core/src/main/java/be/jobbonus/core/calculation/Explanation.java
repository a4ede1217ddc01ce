package be.jobbonus.core.calculation;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Person;
import be.jobbonus.core.Region;
import be.jobbonus.core.parameters.Citations;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.Parameter;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A step-by-step account of a {@link JobbonusResult} that a citizen's advisor can read: for each
 * step the rule, its legal source, the parameter values used (with status and source) and the
 * inputs. It contains the person's wages: it is personal data, for the person and their advisor.
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

  static Explanation of(JobbonusResult r) {
    ParameterSet p = r.parameters();
    Person person = r.person();
    int year = r.referenceYear();
    List<Step> steps = new ArrayList<>();
    String heading = "Jobbonus for reference year " + year + ", INSZ " + person.insz().masked()
        + ", parameter set '" + p.id() + "' version " + p.version() + " (" + r.parametersId() + ")";

    boolean categoryOk = p.eligibleCategories().value().contains(person.statuut());
    steps.add(new Step("Category (statuut)", law(p, "category"), List.of(
        "statuut: " + person.statuut(),
        "beneficiary categories: " + p.eligibleCategories().value() + " " + cite(p.eligibleCategories()),
        categoryOk ? "met" : "NOT met: not a beneficiary category")));

    boolean residenceOk = person.residence() == Region.FLEMISH_REGION;
    steps.add(new Step("Residence", law(p, "residence"), List.of(
        "reference date: " + p.residenceReferenceDate(year) + " (day " + p.residenceMonthDay().value().toString().substring(2)
            + " of the year " + p.residenceYearsAfterReferenceYear().value() + " after the reference year) "
            + cite(p.residenceYearsAfterReferenceYear()),
        "official residence on that date: " + person.residence(),
        residenceOk ? "met" : "NOT met: residence outside the Flemish Region")));

    person.birthDate().ifPresent(bd -> steps.add(new Step("Pension age", law(p, "pensionAge"), List.of(
        "statutory pension age: " + p.pensionAgeRuleFor(bd).age().value() + " " + cite(p.pensionAgeRuleFor(bd).age()),
        "reached on: " + p.pensionAgeDate(bd),
        "rule: " + p.interpretation().pensionAge().value() + " " + cite(p.interpretation().pensionAge())))));

    Interpretation ip = p.interpretation();
    for (QuarterResult q : r.quarters()) {
      Period per = q.period();
      List<String> lines = new ArrayList<>();
      lines.add("inputs: wage W = " + Euro.format(q.wageCents()) + ", work fraction µ = "
          + (q.workFraction().scale() < 2 ? q.workFraction().setScale(2) : q.workFraction()).toPlainString() + ", regime " + q.input().regime());
      lines.add("period " + per.from() + " to " + per.to() + ": OG = " + Euro.format(per.lowerLimit().value())
          + " " + cite(per.lowerLimit()) + "; BG = " + Euro.format(per.upperLimit().value()) + " " + cite(per.upperLimit())
          + "; Jmax = " + Euro.format(per.maxAmount().value()) + " " + cite(per.maxAmount())
          + "; Jmin = " + Euro.format(per.minAmount().value()) + " " + cite(per.minAmount()));
      if (q.exactReferenceMonthlyWage() == null) {
        lines.add("µ = 0: no performance, no reference monthly wage, amount 0");
      } else {
        lines.add("reference monthly wage S = W / 3 / µ = " + euro(q.exactReferenceMonthlyWage()));
        // S = 10000·W / 3m, so S <= OG ⇔ 10000·W <= 3m·OG (see the engine's algebra)
        long tenW = 10_000L * q.wageCents();
        long threeM = 3L * q.input().workFractionTenThousandths();
        String band;
        if (tenW <= threeM * per.lowerLimit().value()) {
          band = "S <= OG: A = Jmax";
        } else if (tenW > threeM * per.upperLimit().value()) {
          band = "S > BG: A = 0";
        } else {
          String end = ip.degressiveLineEnd().value() == Interpretation.DegressiveLineEnd.UPPER_LIMIT_PLUS_ONE_CENT
              ? "(BG + 0.01 - OG)" : "(BG - OG)";
          band = "OG < S <= BG: A = Jmax - (Jmax - Jmin) x (S - OG) / " + end + " "
              + cite(ip.degressiveLineEnd());
        }
        lines.add(band + " = " + euro(q.exactAnnualAmount()) + " a year");
        lines.add("base amount B = A / 4 = " + euro(q.exactBaseAmount()));
        lines.add("amount JB = B x µ = " + euro(q.exact()) + (q.counted() ? "" : " -> does not count"));
      }
      q.reason().ifPresent(reason -> lines.add("NOT counted: " + reason));
      lines.add("shown as " + Euro.format(q.amountCents()));
      steps.add(new Step("Quarter " + q.quarter(), law(p, "quarter"), lines));
    }

    steps.add(new Step("Annual base amount", law(p, "annualBase") + "; " + ip.rounding().value(), List.of(
        "sum of the quarters' exact amounts = " + euro(r.exactBase()),
        "rounding " + ip.rounding().value() + " " + cite(ip.rounding()) + ": base = " + Euro.format(r.baseCents()),
        "the quarters' shown amounts add up to the base (largest remainder)")));

    if (r.eligible()) {
      YearRules y = p.yearRules(year);
      Parameter<Long> min = r.fullTime() ? y.minimumPayableFullTime() : y.minimumPayablePartTime();
      steps.add(new Step("Minimum payable amount", law(p, "minimumPayable"), List.of(
          "performance: " + performance(r) + " " + cite(ip.fullTimeMinimum()),
          "minimum payable: " + Euro.format(min.value()) + " " + cite(min),
          r.payable() ? "base " + Euro.format(r.baseCents()) + " >= minimum: payable"
              : "base " + Euro.format(r.baseCents()) + " < minimum: nothing is paid")));
      steps.add(new Step("Fixed increase", Citations.shown(p.citations().fixedIncrease(year)), List.of(
          "fixed increase for " + year + ": " + Euro.format(y.fixedIncrease().value()) + " " + cite(y.fixedIncrease()),
          r.payable() ? "added once, not prorated" : "not added: the base is not payable")));
    } else {
      List<String> lines = new ArrayList<>();
      for (Reason reason : r.reasons()) {
        lines.add(reason.toString());
      }
      if (lines.isEmpty()) {
        lines.add("no quarter counts");
      }
      steps.add(new Step("Not a beneficiary for " + year, law(p, "notBeneficiary"), lines));
    }
    steps.add(new Step("Total", law(p, "total"), List.of(
        "total paid = " + (r.payable() ? Euro.format(r.baseCents()) + " + " + Euro.format(r.fixedIncreaseCents()) + " = " : "")
            + Euro.format(r.totalCents()))));
    return new Explanation(heading, steps);
  }

  private static String euro(ExactCents cents) {
    return cents.euroText();
  }

  /** The citation {@code key} of the set, as shown beside a step: article(s) and status. */
  private static String law(ParameterSet p, String key) {
    return Citations.shown(p.citations().get(key));
  }

  /**
   * Full-time or part-time performance (IP-full-time), and for part-time the quarter that made it
   * so.
   */
  private static String performance(JobbonusResult r) {
    if (r.fullTime()) {
      return "full-time (every quarter with performance full-time)";
    }
    return r.partTimeQuarter().map(q -> {
      QuarterResult qr = r.quarters().stream().filter(x -> x.quarter().equals(q)).findFirst().orElseThrow();
      java.math.BigDecimal mu = qr.workFraction();
      return "part-time (decided by " + q + ": regime " + qr.input().regime() + ", µ "
          + (mu.scale() < 2 ? mu.setScale(2) : mu).toPlainString() + ")";
    }).orElse("part-time");
  }

  private static String cite(Parameter<?> p) {
    return "[" + p.status() + ": " + p.source() + "]";
  }
}
