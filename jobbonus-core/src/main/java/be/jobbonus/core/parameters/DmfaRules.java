package be.jobbonus.core.parameters;

import be.jobbonus.core.YearQuarter;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * How a quarter's wage and work fraction are derived from DmfA occupation lines, for quarters
 * whose first day lies in {@code from..to} (BVR art. 2 §2-§3/1, docs/calculation.md §4).
 *
 * @param countedServiceCodes service codes whose days (full-time) or hours (part-time) count as
 *     performance
 * @param wageRemunerationCodes remuneration codes whose amounts are wage (<i>loon</i>)
 * @param terminationIndemnityRemunerationCodes remuneration codes that mark a line as covered by a
 *     termination indemnity (<i>verbrekingsvergoeding</i>)
 * @param terminationIndemnityCounts whether such lines count (their days as performance, their
 *     indemnity amounts as wage) from {@code terminationIndemnityFrom} on; before it, they count
 *     for nothing
 * @param terminationIndemnityFrom the day the rule on termination indemnities takes effect; it
 *     applies to the quarter that contains that day and every later one
 * @param teachingStaffWorkerCodes worker codes of temporary teaching staff paid in tenths, whose
 *     lines are flagged (the rule's citation is {@code citations.teachingStaff})
 * @param teachingStaffJointCommittees joint committees of that staff (data only: occupation lines
 *     do not carry a joint committee yet)
 */
public record DmfaRules(
    LocalDate from,
    LocalDate to,
    Parameter<Set<Integer>> countedServiceCodes,
    Parameter<Set<Integer>> wageRemunerationCodes,
    Parameter<Set<Integer>> terminationIndemnityRemunerationCodes,
    Parameter<Boolean> terminationIndemnityCounts,
    Parameter<LocalDate> terminationIndemnityFrom,
    Parameter<Set<Integer>> teachingStaffWorkerCodes,
    Parameter<Set<Integer>> teachingStaffJointCommittees) {

  public DmfaRules {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(countedServiceCodes, "countedServiceCodes");
    Objects.requireNonNull(wageRemunerationCodes, "wageRemunerationCodes");
    Objects.requireNonNull(terminationIndemnityRemunerationCodes, "terminationIndemnityRemunerationCodes");
    Objects.requireNonNull(terminationIndemnityCounts, "terminationIndemnityCounts");
    Objects.requireNonNull(terminationIndemnityFrom, "terminationIndemnityFrom");
    Objects.requireNonNull(teachingStaffWorkerCodes, "teachingStaffWorkerCodes");
    Objects.requireNonNull(teachingStaffJointCommittees, "teachingStaffJointCommittees");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("dmfa rules end before they start");
    }
  }

  /**
   * Whether termination-indemnity lines count in {@code quarter}: the rule counts them and the
   * quarter ends on or after its effective date (the quarter containing the date is the first).
   */
  public boolean terminationIndemnityCountsIn(YearQuarter quarter) {
    return terminationIndemnityCounts.value() && !quarter.lastDay().isBefore(terminationIndemnityFrom.value());
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
