package be.jobbonus.scenarios;

import be.jobbonus.core.Euro;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.calculation.QuarterResult;
import be.jobbonus.core.calculation.Reason;
import be.jobbonus.core.calculation.ReasonCode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs scenario cases with the reference calculator and compares every expectation.
 *
 * <pre>{@code
 * ScenarioRun run = ScenarioRunner.runAll(Path.of("scenarios"));
 * System.out.print(run.toText(false));
 * }</pre>
 */
public final class ScenarioRunner {

  private ScenarioRunner() {}

  /** Reads and runs every scenario file under {@code dir} (or the single file {@code dir}). */
  public static ScenarioRun runAll(Path dir) {
    return runAll(dir, be.jobbonus.core.parameters.ParameterSets.official());
  }

  /** As {@link #runAll(Path)}, the cases' parameter changes applied to {@code base}. */
  public static ScenarioRun runAll(Path dir, be.jobbonus.core.parameters.ParameterSet base) {
    List<Path> files = ScenarioFiles.list(dir);
    List<CaseOutcome> outcomes = new ArrayList<>();
    List<ScenarioProblem> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        for (Scenario s : CaseFile.read(f, base)) {
          outcomes.add(run(s));
        }
      } catch (InvalidScenarioException e) {
        problems.addAll(e.problems());
      } catch (UncheckedIOException e) {
        problems.add(new ScenarioProblem(f, 0, 0, "", e.getMessage()));
      }
    }
    return new ScenarioRun(files.size(), outcomes, problems);
  }

  /** Runs one case. */
  public static CaseOutcome run(Scenario s) {
    JobbonusResult r;
    try {
      r = JobbonusCalculator.of(s.parameters()).calculate(s.person(), s.referenceYear(), s.quarters());
    } catch (IllegalArgumentException | ArithmeticException e) {
      return new CaseOutcome(s, Optional.empty(), List.of(),
          Optional.of("the calculation refused the case: " + e.getMessage()));
    }
    Expectation x = s.expectation();
    List<CaseOutcome.Check> checks = new ArrayList<>();
    checks.add(new CaseOutcome.Check("total", Euro.format(x.total()), Euro.format(r.totalCents())));
    x.base().ifPresent(v -> checks.add(new CaseOutcome.Check("base", Euro.format(v), Euro.format(r.baseCents()))));
    x.fixedIncrease().ifPresent(v -> checks.add(
        new CaseOutcome.Check("fixed_increase", Euro.format(v), Euro.format(r.fixedIncreaseCents()))));
    x.eligible().ifPresent(v -> checks.add(new CaseOutcome.Check("eligible", v.toString(), Boolean.toString(r.eligible()))));
    x.payable().ifPresent(v -> checks.add(new CaseOutcome.Check("payable", v.toString(), Boolean.toString(r.payable()))));
    x.fullTime().ifPresent(v -> checks.add(new CaseOutcome.Check("full_time", v.toString(), Boolean.toString(r.fullTime()))));
    x.reasons().ifPresent(v -> {
      Set<ReasonCode> actual = EnumSet.noneOf(ReasonCode.class);
      r.reasons().forEach(reason -> actual.add(reason.code()));
      checks.add(new CaseOutcome.Check("reasons", codes(v), codes(actual)));
    });
    x.residenceDate().ifPresent(v -> checks.add(new CaseOutcome.Check("residence_date", v.toString(),
        s.parameters().residenceReferenceDate(s.referenceYear()).toString())));
    for (Map.Entry<YearQuarter, Expectation.QuarterExpectation> e : x.quarters().entrySet()) {
      YearQuarter q = e.getKey();
      Expectation.QuarterExpectation qx = e.getValue();
      QuarterResult qr = r.quarters().stream().filter(a -> a.quarter().equals(q)).findFirst().orElse(null);
      String label = q + " ";
      if (qr == null) {
        checks.add(new CaseOutcome.Check(label + "present", "a quarter with these expectations",
            "the quarter is not among the case's quarters"));
        continue;
      }
      qx.amount().ifPresent(v -> checks.add(new CaseOutcome.Check(label + "amount", Euro.format(v),
          Euro.format(qr.amountCents()))));
      qx.referenceMonthlyWage().ifPresent(v -> checks.add(new CaseOutcome.Check(label + "reference_monthly_wage",
          Euro.format(v), qr.referenceMonthlyWageCents().isPresent()
              ? Euro.format(qr.referenceMonthlyWageCents().getAsLong()) : "none (work fraction 0)")));
      qx.counted().ifPresent(v -> checks.add(new CaseOutcome.Check(label + "counted", v.toString(),
          Boolean.toString(qr.counted()))));
      qx.workFraction().ifPresent(v -> checks.add(new CaseOutcome.Check(label + "work_fraction",
          plain(v), plain(qr.workFraction()))));
      qx.quarterWage().ifPresent(v -> checks.add(new CaseOutcome.Check(label + "quarter_wage", Euro.format(v),
          Euro.format(qr.wageCents()))));
      qx.regime().ifPresent(v -> checks.add(new CaseOutcome.Check(label + "regime", v.name(),
          qr.input().regime().name())));
      qx.reasons().ifPresent(v -> checks.add(new CaseOutcome.Check(label + "reason",
          v.isEmpty() ? "none" : v.get(0).name(), qr.reason().map(Reason::code).map(Enum::name).orElse("none"))));
    }
    return new CaseOutcome(s, Optional.of(r), checks, Optional.empty());
  }

  private static String plain(java.math.BigDecimal d) {
    java.math.BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static String codes(Set<ReasonCode> codes) {
    return codes.isEmpty() ? "none" : codes.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
  }
}
