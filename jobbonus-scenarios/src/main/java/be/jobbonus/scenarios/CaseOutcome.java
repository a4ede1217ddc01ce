package be.jobbonus.scenarios;

import be.jobbonus.core.calculation.JobbonusResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run of one case: each expectation checked (expected against actual) and the result with its
 * explanation, or the error that stopped the calculation.
 *
 * @param scenario the case
 * @param result the result, empty when the calculation refused the input
 * @param checks every expectation checked, in a fixed order
 * @param error why the calculation could not be made, if it could not
 */
public record CaseOutcome(Scenario scenario, Optional<JobbonusResult> result, List<Check> checks,
    Optional<String> error) {

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

  public CaseOutcome {
    Objects.requireNonNull(scenario);
    checks = List.copyOf(checks);
  }

  /** Whether the calculation ran and every expectation holds. */
  public boolean passed() {
    return error.isEmpty() && checks.stream().allMatch(Check::ok);
  }

  @Override
  public String toString() {
    return (passed() ? "PASS " : "FAIL ") + scenario;
  }
}
