package be.jobbonus.core.dmfa;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.LineChecks;
import java.util.List;
import java.util.Objects;

/**
 * One DmfA occupation line (<i>tewerkstellingslijn</i>, block 90015) of a person in a quarter,
 * with the fields the jobbonus needs (docs/calculation.md §4, docs/dmfa.md "Minimal input record").
 * Immutable. Units as in the DmfA: days per week and weekly hours in hundredths, days and hours
 * in hundredths, amounts in euro cents.
 *
 * <p>{@link #of} checks each field on its own with {@link LineChecks} (ranges, a quarter has at
 * most 92 days); whether a line can be used with the rules of its quarter is checked by {@link
 * DmfaDerivation#check}.
 * {@link #toString()} shows the masked INSZ, never amounts.
 *
 * @param employer KBO or RSZ number of the employer
 * @param contract full-time or part-time contract (DmfA zone 00050)
 * @param daysPerWeek D in hundredths (500 = 5 days a week)
 * @param meanWorkingHours Q in hundredths of an hour a week
 * @param refMeanWorkingHours S in hundredths of an hour a week
 * @param employerClass the worker record's employer category (zone 00036), {@link
 *     #NO_EMPLOYER_CLASS} when not given: a marker of an excluded category (docs/dmfa.md §14)
 * @param apprenticeship the apprentice type (zone 00055), 0 when the worker is not an apprentice: a
 *     marker of an excluded category
 */
public record OccupationLine(
    Insz insz,
    YearQuarter quarter,
    String employer,
    int workerCode,
    Regime contract,
    int daysPerWeek,
    int meanWorkingHours,
    int refMeanWorkingHours,
    List<Service> services,
    List<Remuneration> remunerations,
    int employerClass,
    int apprenticeship) {

  /** Largest days per week in hundredths (DmfA zone 00047: 700 = 7 days). */
  public static final int MAX_DAYS_PER_WEEK = 700;
  /** Largest weekly hours in hundredths (DmfA zones 00048/00049; 6000 for special statuses). */
  public static final int MAX_WEEKLY_HOURS = 6_000;
  /** {@link #employerClass()} when the line does not give it. */
  public static final int NO_EMPLOYER_CLASS = -1;
  /** Largest apprentice type (zone 00055 has one digit; the XSD allows 1-5). */
  public static final int MAX_APPRENTICESHIP = 9;

  /**
   * A line without employer class or apprentice type ({@link #NO_EMPLOYER_CLASS}, 0), checked as
   * {@link #of} documents.
   */
  public OccupationLine(Insz insz, YearQuarter quarter, String employer, int workerCode, Regime contract,
      int daysPerWeek, int meanWorkingHours, int refMeanWorkingHours, List<Service> services,
      List<Remuneration> remunerations) {
    this(insz, quarter, employer, workerCode, contract, daysPerWeek, meanWorkingHours, refMeanWorkingHours, services,
        remunerations, NO_EMPLOYER_CLASS, 0);
  }

  /**
   * A validated line.
   *
   * @param employer the employer's KBO (10 digits) or RSZ (9 digits) number
   * @param contract full-time or part-time contract (zone 00050)
   * @param daysPerWeek D, days per week of the schedule in hundredths (500 = 5 days), 0-700
   * @param meanWorkingHours Q, the worker's weekly hours in hundredths, 0-6000
   * @param refMeanWorkingHours S, the full-time reference person's weekly hours in hundredths
   * @throws InvalidOccupationLineException naming the field ({@code daysPerWeek}, {@code
   *     services[1].code}, ...) and what is expected
   */
  public static OccupationLine of(Insz insz, YearQuarter quarter, String employer, int workerCode,
      Regime contract, int daysPerWeek, int meanWorkingHours, int refMeanWorkingHours,
      List<Service> services, List<Remuneration> remunerations) {
    return new OccupationLine(insz, quarter, employer, workerCode, contract, daysPerWeek,
        meanWorkingHours, refMeanWorkingHours, services, remunerations);
  }

  /**
   * This line with the worker record's employer class (zone 00036, 0-999, or {@link
   * #NO_EMPLOYER_CLASS}) and the apprentice type (zone 00055, 0-{@value #MAX_APPRENTICESHIP}; 0: none),
   * the markers that may put it in an excluded category (docs/dmfa.md §14).
   *
   * @throws InvalidOccupationLineException naming {@code employerClass} or {@code apprenticeship}
   */
  public OccupationLine withMarkers(int newEmployerClass, int newApprenticeship) {
    return new OccupationLine(insz, quarter, employer, workerCode, contract, daysPerWeek, meanWorkingHours,
        refMeanWorkingHours, services, remunerations, newEmployerClass, newApprenticeship);
  }

  /** Checks the line as {@link #of} documents; keeps copies of the lists. */
  public OccupationLine {
    if (insz == null) {
      throw new InvalidOccupationLineException("insz", "is missing");
    }
    if (quarter == null) {
      throw new InvalidOccupationLineException("quarter", "is missing (expected for example 2024Q1)");
    }
    LineChecks.employer(employer);
    LineChecks.workerCode(workerCode);
    LineChecks.markers(employerClass, apprenticeship);
    if (contract == null) {
      throw new InvalidOccupationLineException("contract", "is missing (FULL_TIME or PART_TIME)");
    }
    LineChecks.schedule(daysPerWeek, meanWorkingHours, refMeanWorkingHours);
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(remunerations, "remunerations");
    int n = services.size();
    int[] codes = new int[n];
    int[] days = new int[n];
    int[] hours = new int[n];
    for (int i = 0; i < n; i++) {
      Service s = Objects.requireNonNull(services.get(i), "services[" + i + "]");
      codes[i] = s.code();
      days[i] = s.days();
      hours[i] = s.hours();
    }
    LineChecks.services(quarter, LineChecks.quarterDays(quarter), n, codes, days, hours);
    long amount = 0;
    for (int i = 0; i < remunerations.size(); i++) {
      amount += Objects.requireNonNull(remunerations.get(i), "remunerations[" + i + "]").amountCents();
      LineChecks.remunerationTotal(amount);
    }
    services = List.copyOf(services);
    remunerations = List.copyOf(remunerations);
  }

  /** Masked INSZ, quarter, employer and contract; no amounts. */
  @Override
  public String toString() {
    return "OccupationLine[" + insz.masked() + ", " + quarter + ", employer " + employer + ", worker code "
        + workerCode + ", " + contract + "]";
  }
}
