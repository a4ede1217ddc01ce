package be.jobbonus.core.parameters;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * How a quarter's wage and work fraction are derived from DmfA occupation lines, for quarters
 * whose first day lies in {@code from..to} (BVR art. 2 §2-§3/1, calculation.md §4).
 *
 * @param countedServiceCodes service codes whose days (full-time) or hours (part-time) count as
 *     performance
 * @param wageRemunerationCodes remuneration codes whose amounts are wage (<i>loon</i>)
 * @param terminationIndemnityRemunerationCodes remuneration codes that mark a line as covered by a
 *     termination indemnity (<i>verbrekingsvergoeding</i>)
 * @param terminationIndemnityCounts whether such lines count (their days as performance, their
 *     indemnity amounts as wage); before it, they count for nothing
 * @param teachingStaffWorkerCodes worker codes of temporary teaching staff paid in tenths (BVR art.
 *     2 §3/1), whose lines are flagged
 */
public record DmfaRules(
    LocalDate from,
    LocalDate to,
    Parameter<Set<Integer>> countedServiceCodes,
    Parameter<Set<Integer>> wageRemunerationCodes,
    Parameter<Set<Integer>> terminationIndemnityRemunerationCodes,
    Parameter<Boolean> terminationIndemnityCounts,
    Parameter<Set<Integer>> teachingStaffWorkerCodes) {

  public DmfaRules {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(countedServiceCodes, "countedServiceCodes");
    Objects.requireNonNull(wageRemunerationCodes, "wageRemunerationCodes");
    Objects.requireNonNull(terminationIndemnityRemunerationCodes, "terminationIndemnityRemunerationCodes");
    Objects.requireNonNull(terminationIndemnityCounts, "terminationIndemnityCounts");
    Objects.requireNonNull(teachingStaffWorkerCodes, "teachingStaffWorkerCodes");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("dmfa rules end before they start");
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
