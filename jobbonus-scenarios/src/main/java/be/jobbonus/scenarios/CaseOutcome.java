package be.jobbonus.scenarios;

import be.jobbonus.core.calculation.JobbonusResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run of one case: each expectation checked (expected against actual) and the result with its
 * explanation, or the error that stopped the calculation.
 */
public final class CaseOutcome {

  /**
   * One comparison.
   *
   * @param what the value compared, as in {@code total} or {@code 2024Q1 amount}
   * @param expected as written in the file
   * @param actual as computed
   */
  public record Check(String what, String expected, String actual) {
    public boolean ok() {
      return expected.equals(actual);
    }
  }

  private final Scenario scenario;
  private final JobbonusResult result; // null when the calculation failed
  private final List<Check> checks;
  private final String error; // null unless the calculation failed

  CaseOutcome(Scenario scenario, JobbonusResult result, List<Check> checks, String error) {
    this.scenario = Objects.requireNonNull(scenario);
    this.result = result;
    this.checks = List.copyOf(checks);
    this.error = error;
  }

  public Scenario scenario() {
    return scenario;
  }

  /** The result, empty when the calculation refused the input. */
  public Optional<JobbonusResult> result() {
    return Optional.ofNullable(result);
  }

  /** Every expectation checked, in a fixed order. */
  public List<Check> checks() {
    return checks;
  }

  /** Why the calculation could not be made, if it could not. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** Whether the calculation ran and every expectation holds. */
  public boolean passed() {
    return error == null && checks.stream().allMatch(Check::ok);
  }

  @Override
  public String toString() {
    return (passed() ? "PASS " : "FAIL ") + scenario;
  }
}
