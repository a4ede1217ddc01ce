package be.jobbonus.core.dmfa;

import be.jobbonus.core.internal.Rational;
import be.jobbonus.core.Insz;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.DmfaRules;
import be.jobbonus.core.parameters.ParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives a person's quarter inputs from DmfA occupation lines, as calculation.md §4 reads BVR 1
 * July 2022 art. 2 §2-§3/1 (an interpretation: every code set and date is parameter data, {@link
 * ParameterSet#dmfaRulesFor}). Immutable and thread-safe.
 *
 * <p>Per line: full-time µ_line = J / (13 × D) with J the days of the counted services; part-time
 * µ_line = H / (13 × S) with H their hours; W_line the amounts of the wage codes. A
 * termination-indemnity line counts (its indemnity amounts as wage) only where the rules say so
 * (from 2023Q3), else it counts for nothing. Per quarter, all employers and lines added up: W =
 * Σ W_line, µ = min(1, Σ µ_line) rounded half-up to {@code workFractionScale} decimals
 * (IP-work-fraction), exactly; full-time regime when every line with counted services is
 * full-time.
 */
public final class DmfaDerivation {

  private final ParameterSet parameters;

  private DmfaDerivation(ParameterSet parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  public static DmfaDerivation of(ParameterSet parameters) {
    return new DmfaDerivation(parameters);
  }

  public ParameterSet parameters() {
    return parameters;
  }

  /**
   * Checks that the line can be used with the rules of its quarter: a line with counted services
   * needs days per week (full-time) or the reference person's hours S and declared hours
   * (part-time), never a division by zero.
   *
   * @throws InvalidOccupationLineException naming the field
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when no rules cover the quarter
   */
  public void check(OccupationLine line) {
    DmfaRules rules = parameters.dmfaRulesFor(line.quarter());
    if (isTerminationIndemnity(line, rules) && !rules.terminationIndemnityCounts().value()) {
      return;
    }
    Set<Integer> counted = rules.countedServiceCodes().value();
    long days = 0;
    for (int i = 0; i < line.services().size(); i++) {
      Service s = line.services().get(i);
      if (!counted.contains(s.code())) {
        continue;
      }
      days += s.days();
      if (line.contract() == Regime.PART_TIME && s.hours() == 0 && s.days() > 0) {
        throw new InvalidOccupationLineException("services[" + i + "].hours",
            "a part-time line must declare the hours of service code " + s.code() + " (hundredths of an hour)");
      }
    }
    boolean hasCounted = line.services().stream().anyMatch(s -> counted.contains(s.code()) && (s.days() > 0 || s.hours() > 0));
    if (!hasCounted) {
      return;
    }
    if (line.contract() == Regime.FULL_TIME && line.daysPerWeek() == 0) {
      throw new InvalidOccupationLineException("daysPerWeek",
          "is 0 on a full-time line with counted services; give the days per week of the schedule (500 = 5 days)");
    }
    if (line.contract() == Regime.PART_TIME && line.refMeanWorkingHours() == 0) {
      throw new InvalidOccupationLineException("refMeanWorkingHours",
          "is 0 on a part-time line with counted services; give the full-time reference person's weekly hours S (3800 = 38 h)");
    }
  }

  /**
   * Derives the quarters of one person.
   *
   * @param lines the person's lines, any employers and quarters, any order
   * @return per quarter present in {@code lines}, in quarter order
   * @throws InvalidOccupationLineException when a line fails {@link #check}, or a quarter's wage
   *     exceeds {@link QuarterInput#MAX_WAGE_CENTS}
   * @throws IllegalArgumentException when the lines belong to more than one INSZ
   */
  public Derivation derive(List<OccupationLine> lines) {
    Objects.requireNonNull(lines, "lines");
    Insz insz = null;
    TreeMap<YearQuarter, List<Integer>> byQuarter = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      OccupationLine l = Objects.requireNonNull(lines.get(i), "lines[" + i + "]");
      if (insz == null) {
        insz = l.insz();
      } else if (!insz.equals(l.insz())) {
        throw new IllegalArgumentException("lines of more than one person given (INSZ " + insz.masked()
            + " and " + l.insz().masked() + ")");
      }
      check(l);
      byQuarter.computeIfAbsent(l.quarter(), q -> new ArrayList<>(2)).add(i);
    }
    List<QuarterDerivation> out = new ArrayList<>(byQuarter.size());
    for (var e : byQuarter.entrySet()) {
      out.add(quarter(e.getKey(), lines, e.getValue()));
    }
    return new Derivation(out);
  }

  private QuarterDerivation quarter(YearQuarter q, List<OccupationLine> lines, List<Integer> indexes) {
    DmfaRules rules = parameters.dmfaRulesFor(q);
    Set<Integer> countedCodes = rules.countedServiceCodes().value();
    Set<Integer> wageCodes = rules.wageRemunerationCodes().value();
    Set<Integer> tiCodes = rules.terminationIndemnityRemunerationCodes().value();
    boolean tiCounts = rules.terminationIndemnityCounts().value();
    Set<Integer> teaching = rules.teachingStaffWorkerCodes().value();
    List<LineTrace> traces = new ArrayList<>(indexes.size());
    Rational sum = Rational.ZERO;
    long wage = 0;
    boolean anyCounted = false;
    boolean allCountedFullTime = true;
    boolean allFullTime = true;
    for (int i : indexes) {
      OccupationLine l = lines.get(i);
      allFullTime &= l.contract() == Regime.FULL_TIME;
      boolean ti = isTerminationIndemnity(l, rules);
      boolean counts = !ti || tiCounts;
      List<Service> counted = new ArrayList<>(l.services().size());
      List<Service> other = new ArrayList<>(0);
      long numerator = 0;
      for (Service s : l.services()) {
        if (counts && countedCodes.contains(s.code())) {
          counted.add(s);
          numerator += l.contract() == Regime.FULL_TIME ? s.days() : s.hours();
        } else {
          other.add(s);
        }
      }
      List<Remuneration> wageRem = new ArrayList<>(l.remunerations().size());
      List<Remuneration> otherRem = new ArrayList<>(0);
      long lineWage = 0;
      for (Remuneration r : l.remunerations()) {
        if (counts && (wageCodes.contains(r.code()) || (ti && tiCodes.contains(r.code())))) {
          wageRem.add(r);
          lineWage += r.amountCents();
        } else {
          otherRem.add(r);
        }
      }
      long denominator = 0;
      if (numerator > 0) {
        denominator = 13L * (l.contract() == Regime.FULL_TIME ? l.daysPerWeek() : l.refMeanWorkingHours());
        anyCounted = true;
        allCountedFullTime &= l.contract() == Regime.FULL_TIME;
      }
      LineTrace t = new LineTrace(i, l, counts ? LineTrace.Status.COUNTED : LineTrace.Status.TERMINATION_INDEMNITY_NOT_COUNTED,
          counted, other, wageRem, otherRem, lineWage, numerator, denominator, teaching.contains(l.workerCode()));
      traces.add(t);
      sum = sum.plus(t.fraction());
      wage += lineWage;
    }
    if (wage > QuarterInput.MAX_WAGE_CENTS) {
      throw new InvalidOccupationLineException("remunerations",
          q + ": the wage amounts of all lines add up to more than 10,000,000.00 euro; check the unit is cents");
    }
    int scale = parameters.interpretation().workFractionScale().value();
    Rational capped = sum.min(Rational.ONE);
    Regime regime = (anyCounted ? allCountedFullTime : allFullTime) ? Regime.FULL_TIME : Regime.PART_TIME;
    QuarterInput input = QuarterInput.of(q, wage, capped.roundHalfUp(scale), regime);
    return new QuarterDerivation(q, rules, traces, sum, parameters.interpretation().workFractionScale(), input);
  }

  private static boolean isTerminationIndemnity(OccupationLine l, DmfaRules rules) {
    Set<Integer> ti = rules.terminationIndemnityRemunerationCodes().value();
    for (Remuneration r : l.remunerations()) {
      if (ti.contains(r.code())) {
        return true;
      }
    }
    return false;
  }
}
