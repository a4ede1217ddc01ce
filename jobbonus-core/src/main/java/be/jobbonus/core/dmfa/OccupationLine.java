package be.jobbonus.core.dmfa;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One DmfA occupation line (<i>tewerkstellingslijn</i>, block 90015) of a person in a quarter,
 * with the fields the jobbonus needs (calculation.md §4, dmfa.md "Minimal input record").
 * Immutable. Units as in the DmfA: days per week and weekly hours in hundredths, days and hours
 * in hundredths, amounts in euro cents.
 *
 * <p>{@link #of} checks each field on its own (ranges, a quarter has at most 92 days); whether
 * a line can be used with the rules of its quarter is checked by {@link DmfaDerivation#check}.
 * {@link #toString()} shows the masked INSZ, never amounts.
 */
public final class OccupationLine {

  /** Largest days per week in hundredths (DmfA zone 00047: 700 = 7 days). */
  public static final int MAX_DAYS_PER_WEEK = 700;
  /** Largest weekly hours in hundredths (DmfA zones 00048/00049; 6000 for special statuses). */
  public static final int MAX_WEEKLY_HOURS = 6_000;

  private final Insz insz;
  private final YearQuarter quarter;
  private final String employer;
  private final int workerCode;
  private final Regime contract;
  private final int daysPerWeek;
  private final int meanWorkingHours;
  private final int refMeanWorkingHours;
  private final List<Service> services;
  private final List<Remuneration> remunerations;

  private OccupationLine(Insz insz, YearQuarter quarter, String employer, int workerCode, Regime contract,
      int daysPerWeek, int meanWorkingHours, int refMeanWorkingHours, List<Service> services,
      List<Remuneration> remunerations) {
    this.insz = insz;
    this.quarter = quarter;
    this.employer = employer;
    this.workerCode = workerCode;
    this.contract = contract;
    this.daysPerWeek = daysPerWeek;
    this.meanWorkingHours = meanWorkingHours;
    this.refMeanWorkingHours = refMeanWorkingHours;
    this.services = services;
    this.remunerations = remunerations;
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
    if (insz == null) {
      throw new InvalidOccupationLineException("insz", "is missing");
    }
    if (quarter == null) {
      throw new InvalidOccupationLineException("quarter", "is missing (expected for example 2024Q1)");
    }
    if (employer == null || !(employer.length() == 9 || employer.length() == 10) || !employer.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidOccupationLineException("employer",
          "must be the employer's KBO number (10 digits) or RSZ number (9 digits)");
    }
    if (workerCode < 0 || workerCode > 999) {
      throw new InvalidOccupationLineException("workerCode", "must be 0-999 (DmfA annex 2), was " + workerCode);
    }
    if (contract == null) {
      throw new InvalidOccupationLineException("contract", "is missing (FULL_TIME or PART_TIME)");
    }
    if (daysPerWeek < 0 || daysPerWeek > MAX_DAYS_PER_WEEK) {
      throw new InvalidOccupationLineException("daysPerWeek",
          "must be 0-700 (hundredths: 500 = 5 days a week), was " + daysPerWeek);
    }
    if (meanWorkingHours < 0 || meanWorkingHours > MAX_WEEKLY_HOURS) {
      throw new InvalidOccupationLineException("meanWorkingHours",
          "must be 0-6000 (hundredths: 3800 = 38 h a week), was " + meanWorkingHours);
    }
    if (refMeanWorkingHours < 0 || refMeanWorkingHours > MAX_WEEKLY_HOURS) {
      throw new InvalidOccupationLineException("refMeanWorkingHours",
          "must be 0-6000 (hundredths: 3800 = 38 h a week), was " + refMeanWorkingHours);
    }
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(remunerations, "remunerations");
    long quarterDays = ChronoUnit.DAYS.between(quarter.firstDay(), quarter.lastDay()) + 1;
    long days = 0;
    long hours = 0;
    Set<Integer> codes = new HashSet<>();
    for (int i = 0; i < services.size(); i++) {
      Service s = Objects.requireNonNull(services.get(i), "services[" + i + "]");
      if (!codes.add(s.code())) {
        throw new InvalidOccupationLineException("services[" + i + "].code",
            "service code " + s.code() + " appears twice in the line; declare each code once");
      }
      days += s.days();
      hours += s.hours();
    }
    if (days > quarterDays * 100) {
      throw new InvalidOccupationLineException("services",
          "the services add up to " + days / 100 + "." + String.format("%02d", days % 100) + " days but "
              + quarter + " has " + quarterDays + " days; days are in hundredths (6500 = 65 days)");
    }
    if (hours > quarterDays * 2400) {
      throw new InvalidOccupationLineException("services",
          "the services add up to more hours than " + quarter + " has; hours are in hundredths (49400 = 494 h)");
    }
    long amount = 0;
    for (int i = 0; i < remunerations.size(); i++) {
      amount += Objects.requireNonNull(remunerations.get(i), "remunerations[" + i + "]").amountCents();
      if (amount > Remuneration.MAX_AMOUNT_CENTS) {
        throw new InvalidOccupationLineException("remunerations",
            "the amounts add up to more than 99999999999 cents; check the unit is cents");
      }
    }
    return new OccupationLine(insz, quarter, employer, workerCode, contract, daysPerWeek,
        meanWorkingHours, refMeanWorkingHours, List.copyOf(services), List.copyOf(remunerations));
  }

  public Insz insz() {
    return insz;
  }

  public YearQuarter quarter() {
    return quarter;
  }

  /** KBO or RSZ number of the employer. */
  public String employer() {
    return employer;
  }

  public int workerCode() {
    return workerCode;
  }

  /** Full-time or part-time contract (DmfA zone 00050). */
  public Regime contract() {
    return contract;
  }

  /** D in hundredths (500 = 5 days a week). */
  public int daysPerWeek() {
    return daysPerWeek;
  }

  /** Q in hundredths of an hour a week. */
  public int meanWorkingHours() {
    return meanWorkingHours;
  }

  /** S in hundredths of an hour a week. */
  public int refMeanWorkingHours() {
    return refMeanWorkingHours;
  }

  public List<Service> services() {
    return services;
  }

  public List<Remuneration> remunerations() {
    return remunerations;
  }

  /** This line with other remunerations (a correction, a test). */
  public OccupationLine withRemunerations(List<Remuneration> newRemunerations) {
    return of(insz, quarter, employer, workerCode, contract, daysPerWeek, meanWorkingHours,
        refMeanWorkingHours, services, newRemunerations);
  }

  /** This line with other services. */
  public OccupationLine withServices(List<Service> newServices) {
    return of(insz, quarter, employer, workerCode, contract, daysPerWeek, meanWorkingHours,
        refMeanWorkingHours, newServices, remunerations);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OccupationLine)) {
      return false;
    }
    OccupationLine l = (OccupationLine) o;
    return insz.equals(l.insz) && quarter.equals(l.quarter) && employer.equals(l.employer)
        && workerCode == l.workerCode && contract == l.contract && daysPerWeek == l.daysPerWeek
        && meanWorkingHours == l.meanWorkingHours && refMeanWorkingHours == l.refMeanWorkingHours
        && services.equals(l.services) && remunerations.equals(l.remunerations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(insz, quarter, employer, workerCode, contract, daysPerWeek, meanWorkingHours,
        refMeanWorkingHours, services, remunerations);
  }

  /** Masked INSZ, quarter, employer and contract; no amounts. */
  @Override
  public String toString() {
    return "OccupationLine[" + insz.masked() + ", " + quarter + ", employer " + employer + ", worker code "
        + workerCode + ", " + contract + "]";
  }
}
