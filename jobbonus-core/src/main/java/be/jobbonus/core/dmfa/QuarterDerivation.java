package be.jobbonus.core.dmfa;

import be.jobbonus.core.Euro;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.DmfaRules;
import be.jobbonus.core.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The derivation of one quarter's {@link QuarterInput} from the person's occupation lines in that
 * quarter (docs/calculation.md §4): the lines with what counted, W_q, Σ µ_line exact, the cap at 1 and
 * the rounding (IP-work-fraction). Contains wages: personal data.
 */
public final class QuarterDerivation {

  private final YearQuarter quarter;
  private final DmfaRules rules;
  private final List<LineTrace> lines;
  private final Fraction exactSum;
  private final int scale;
  private final Parameter<Integer> scaleParameter;
  private final QuarterInput input;
  private final Parameter<String> teachingStaffCitation;

  QuarterDerivation(YearQuarter quarter, DmfaRules rules, List<LineTrace> lines, Fraction exactSum,
      Parameter<Integer> scaleParameter, QuarterInput input, Parameter<String> teachingStaffCitation) {
    this.teachingStaffCitation = teachingStaffCitation;
    this.quarter = quarter;
    this.rules = rules;
    this.lines = List.copyOf(lines);
    this.exactSum = exactSum;
    this.scaleParameter = scaleParameter;
    this.scale = scaleParameter.value();
    this.input = input;
  }

  public YearQuarter quarter() {
    return quarter;
  }

  /** The DmfA rules that applied (by the quarter's first day). */
  public DmfaRules rules() {
    return rules;
  }

  /** The person's lines in this quarter, in input order. */
  public List<LineTrace> lines() {
    return lines;
  }

  /** The derived input: W_q, µ_q and the regime. */
  public QuarterInput input() {
    return input;
  }

  /** Σ µ_line as text: exact when it has at most 6 decimals, else 6 decimals and "…". */
  public String exactWorkFractionText() {
    return exactSum.toText();
  }

  /** Whether Σ µ_line was above 1 and capped. */
  public boolean capped() {
    return exactSum.aboveOne();
  }

  /** Whether a line is flagged as temporary teaching staff (BVR art. 2 §3/1). */
  public boolean teachingStaffFlagged() {
    return lines.stream().anyMatch(LineTrace::teachingStaff);
  }

  /** The explanation lines, for {@code explain} (before the calculation's own explanation). */
  public List<String> toLines() {
    return toLines(i -> "line " + (i + 1));
  }

  /**
   * The explanation lines, each occupation line named by {@code label} (given its index in the
   * list passed to {@link DmfaDerivation#derive}), for example {@code "dmfa.jsonl line 17"}.
   */
  public List<String> toLines(java.util.function.IntFunction<String> label) {
    List<String> out = new ArrayList<>();
    out.add("counted service codes " + rules.countedServiceCodes().value() + " " + cite(rules.countedServiceCodes()));
    out.add("wage remuneration codes " + rules.wageRemunerationCodes().value() + " " + cite(rules.wageRemunerationCodes()));
    out.add("termination-indemnity codes " + rules.terminationIndemnityRemunerationCodes().value() + ", such lines "
        + (rules.terminationIndemnityCountsIn(quarter) ? "count" : "count for nothing") + " "
        + cite(rules.terminationIndemnityCounts()) + ", from the quarter containing "
        + rules.terminationIndemnityFrom().value() + " " + cite(rules.terminationIndemnityFrom()));
    for (LineTrace l : lines) {
      out.addAll(l.toLines(label, teachingStaffCitation));
    }
    out.add("W = Σ W_line = " + Euro.format(input.wageCents()));
    String sum = "Σ µ_line = " + exactSum.toText();
    if (capped()) {
      sum += " -> capped at 1";
    }
    sum += " -> rounded half-up to " + scale + " decimals: µ = " + input.workFraction().setScale(Math.max(scale, input.workFraction().scale())).toPlainString()
        + " " + cite(scaleParameter);
    out.add(sum);
    out.add("regime: " + input.regime() + (input.regime() == Regime.FULL_TIME
        ? " (every line with counted services is full-time)" : " (a line with counted services is part-time)"));
    return out;
  }

  private static String cite(Parameter<?> p) {
    return "[" + p.status() + ": " + p.source() + "]";
  }

  /** Masked: quarter and line count only. */
  @Override
  public String toString() {
    return "QuarterDerivation[" + quarter + ", " + lines.size() + " lines]";
  }
}
