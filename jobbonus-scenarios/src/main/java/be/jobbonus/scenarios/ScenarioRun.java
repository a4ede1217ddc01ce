package be.jobbonus.scenarios;

import be.jobbonus.core.Euro;
import java.util.List;
import java.util.Map;

/**
 * The outcome of running scenario files: each case passed or failed, and the problems of files
 * that could not be read. {@link #toText(boolean)} is the report an analyst reads.
 *
 * @param files number of scenario files found
 * @param outcomes the cases run
 * @param problems problems in files whose cases could not run
 */
public record ScenarioRun(int files, List<CaseOutcome> outcomes, List<ScenarioProblem> problems) {

  public ScenarioRun {
    outcomes = List.copyOf(outcomes);
    problems = List.copyOf(problems);
  }

  public long passed() {
    return outcomes.stream().filter(CaseOutcome::passed).count();
  }

  public long failed() {
    return outcomes.size() - passed();
  }

  /** Every case passed, no file had a problem, and there was at least one case. */
  public boolean succeeded() {
    return failed() == 0 && problems.isEmpty() && !outcomes.isEmpty();
  }

  /** No case ran and no file had a problem: there was no scenario file (a failure is not claimed). */
  public boolean nothingRun() {
    return outcomes.isEmpty() && problems.isEmpty();
  }

  /** One line: files, cases, passed, failed, problems. */
  public String summary() {
    return files + " file" + (files == 1 ? "" : "s") + ", " + outcomes.size() + " case"
        + (outcomes.size() == 1 ? "" : "s") + ": " + passed() + " passed, " + failed() + " failed"
        + (problems.isEmpty() ? "" : ", " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
            + " in files (their cases did not run)");
  }

  /**
   * The report: failures first with expected against actual and the step-by-step explanation,
   * then file problems, then the cases that passed. The result line claims no failure when
   * {@linkplain #nothingRun() nothing ran}.
   *
   * @param explainAll also give the explanation of the cases that passed
   */
  public String toText(boolean explainAll) {
    StringBuilder b = new StringBuilder();
    b.append("Scenarios: ").append(summary()).append('\n');
    List<CaseOutcome> failures = outcomes.stream().filter(o -> !o.passed()).toList();
    if (!failures.isEmpty()) {
      b.append("\nFAILED\n");
      for (CaseOutcome o : failures) {
        appendCase(b, o, true);
      }
    }
    if (!problems.isEmpty()) {
      b.append("\nPROBLEMS IN FILES (correct them; the cases of these files did not run)\n");
      for (ScenarioProblem p : problems) {
        b.append("  ").append(p).append('\n');
      }
    }
    List<CaseOutcome> passes = outcomes.stream().filter(CaseOutcome::passed).toList();
    if (!passes.isEmpty()) {
      b.append("\nPASSED\n");
      for (CaseOutcome o : passes) {
        if (explainAll) {
          appendCase(b, o, true);
        } else {
          b.append("  ok    ").append(o.scenario().file()).append(':').append(o.scenario().line())
              .append("  ").append(o.scenario().name()).append("  (total ")
              .append(Euro.format(o.scenario().expectation().total())).append(")\n");
        }
      }
    }
    b.append("\nResult: ").append(succeeded() ? "all scenarios passed"
        : nothingRun() ? "no case was run" : "NOT all scenarios passed").append('\n');
    return b.toString();
  }

  private static void appendCase(StringBuilder b, CaseOutcome o, boolean explain) {
    Scenario s = o.scenario();
    b.append("\n  ").append(o.passed() ? "ok    " : "FAIL  ").append(s.file()).append(':').append(s.line())
        .append("  ").append(s.name()).append('\n');
    if (!s.notes().isEmpty()) {
      b.append("        notes: ").append(s.notes()).append('\n');
    }
    b.append("        reference year ").append(s.referenceYear()).append(", parameters '")
        .append(s.parameters().id()).append("'");
    if (s.overrides().isEmpty()) {
      b.append(" (official)\n");
    } else {
      b.append(" with changes:\n");
      for (Map.Entry<String, String> e : s.overrides().entrySet()) {
        b.append("          ").append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
      }
    }
    if (o.error().isPresent()) {
      b.append("        ").append(o.error().get()).append('\n');
      return;
    }
    int w = Math.max(8, o.checks().stream().mapToInt(c -> c.what().length()).max().orElse(8));
    int we = Math.max(8, o.checks().stream().mapToInt(c -> c.expected().length()).max().orElse(8));
    b.append("        ").append(pad("check", w)).append("  ").append(pad("expected", we)).append("  actual\n");
    for (CaseOutcome.Check c : o.checks()) {
      b.append("        ").append(pad(c.what(), w)).append("  ").append(pad(c.expected(), we)).append("  ")
          .append(c.actual()).append(c.ok() ? "" : "   <-- differs").append('\n');
    }
    if (explain) {
      if (!s.derivation().isEmpty()) {
        b.append("        quarters derived from the DmfA lines:\n");
        for (String line : s.derivation().split("\n", -1)) {
          if (!line.isEmpty()) {
            b.append("          ").append(line).append('\n');
          }
        }
      }
      b.append("        explanation:\n");
      for (String line : o.result().orElseThrow().explain().toText().split("\n", -1)) {
        if (!line.isEmpty()) {
          b.append("          ").append(line).append('\n');
        }
      }
    }
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  @Override
  public String toString() {
    return "ScenarioRun[" + summary() + "]";
  }
}
