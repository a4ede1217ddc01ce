package be.jobbonus.core.batch;

import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The checks of an occupation line's own fields (DmfA blocks 90015, 90018, 90019: ranges, unique
 * service codes, a quarter's days and hours), written once. {@link Service}, {@link Remuneration}
 * and {@link OccupationLine#of} run them on their values; {@link
 * be.jobbonus.core.batch.DmfaAccumulator}, which reads the same fields as primitives without
 * objects, runs them in the same order, so that a line is refused with the same field and text on
 * either side. Each check returns normally or throws the refusal; none allocates when the values
 * pass. Whether a line can be used with the rules of its quarter (BVR 1 July 2022 art. 2 §2-§3/1)
 * is the derivation's part, not these checks'.
 */
public final class LineChecks {

  /** Service, remuneration and worker codes are 0-999 (DmfA annexes 2, 7, 8). */
  public static final int MAX_CODE = 999;
  /** Hundredths per day: a quarter of N days holds at most 100 × N days of services. */
  private static final long DAY_HUNDREDTHS = 100;
  /** Hours of a day in hundredths: a quarter of N days holds at most 2400 × N hours. */
  private static final long DAY_HOURS_HUNDREDTHS = 2_400;

  private LineChecks() {}

  /**
   * A service ({@link Service}): code 0-999, days 0-{@link Service#MAX_DAYS}, hours 0-{@link
   * Service#MAX_HOURS}.
   *
   * @throws InvalidOccupationLineException naming {@code code}, {@code days} or {@code hours}
   */
  public static void service(int code, int days, int hours) {
    if (code < 0 || code > MAX_CODE) {
      throw new InvalidOccupationLineException("code", "service code must be 0-" + MAX_CODE + ", was " + code);
    }
    if (days < 0 || days > Service.MAX_DAYS) {
      throw new InvalidOccupationLineException("days",
          "must be 0-" + Service.MAX_DAYS + " (hundredths of a day: 6500 = 65 days), was " + days);
    }
    if (hours < 0 || hours > Service.MAX_HOURS) {
      throw new InvalidOccupationLineException("hours",
          "must be 0-" + Service.MAX_HOURS + " (hundredths of an hour: 49400 = 494 h), was " + hours);
    }
  }

  /**
   * A remuneration ({@link Remuneration}): code 0-999, amount 0-{@link
   * Remuneration#MAX_AMOUNT_CENTS} cents.
   *
   * @throws InvalidOccupationLineException naming {@code code} or {@code amount} (never the amount)
   */
  public static void remuneration(int code, long amountCents) {
    if (code < 0 || code > MAX_CODE) {
      throw new InvalidOccupationLineException("code", "remuneration code must be 0-" + MAX_CODE + ", was " + code);
    }
    if (amountCents < 0 || amountCents > Remuneration.MAX_AMOUNT_CENTS) {
      throw new InvalidOccupationLineException("amount", "must be 0 to " + Remuneration.MAX_AMOUNT_CENTS
          + " euro cents (11 digits, DmfA zone 00070); check the unit is cents");
    }
  }

  /**
   * The employer's number: the KBO number (10 digits) or the RSZ number (9 digits).
   *
   * @throws InvalidOccupationLineException naming {@code employer}
   */
  public static void employer(String employer) {
    boolean digits = employer != null && (employer.length() == 9 || employer.length() == 10);
    for (int i = 0; digits && i < employer.length(); i++) {
      digits = employer.charAt(i) >= '0' && employer.charAt(i) <= '9';
    }
    if (!digits) {
      throw new InvalidOccupationLineException("employer",
          "must be the employer's KBO number (10 digits) or RSZ number (9 digits)");
    }
  }

  /**
   * The worker code (DmfA annex 2): 0-999.
   *
   * @throws InvalidOccupationLineException naming {@code workerCode}
   */
  public static void workerCode(int workerCode) {
    if (workerCode < 0 || workerCode > MAX_CODE) {
      throw new InvalidOccupationLineException("workerCode", "must be 0-" + MAX_CODE + " (DmfA annex 2), was " + workerCode);
    }
  }

  /**
   * The markers of an excluded category ({@link DmfaExclusions}): the employer class (zone 00036)
   * 0-999 or {@link OccupationLine#NO_EMPLOYER_CLASS} when not given, the apprentice type (zone
   * 00055, one digit) 0-{@value OccupationLine#MAX_APPRENTICESHIP}, 0 when none.
   *
   * @throws InvalidOccupationLineException naming {@code employerClass} or {@code apprenticeship}
   */
  public static void markers(int employerClass, int apprenticeship) {
    if (employerClass < OccupationLine.NO_EMPLOYER_CLASS || employerClass > MAX_CODE) {
      throw new InvalidOccupationLineException("employerClass",
          "must be 0-" + MAX_CODE + " (zone 00036, the employer category), was " + employerClass);
    }
    if (apprenticeship < 0 || apprenticeship > OccupationLine.MAX_APPRENTICESHIP) {
      throw new InvalidOccupationLineException("apprenticeship",
          "must be 0-" + OccupationLine.MAX_APPRENTICESHIP + " (zone 00055, the apprentice type; 0 or absent: not an"
              + " apprentice), was " + apprenticeship);
    }
  }

  /**
   * The schedule: D 0-{@link OccupationLine#MAX_DAYS_PER_WEEK}, Q and S 0-{@link
   * OccupationLine#MAX_WEEKLY_HOURS}, all in hundredths.
   *
   * @throws InvalidOccupationLineException naming {@code daysPerWeek}, {@code meanWorkingHours} or
   *     {@code refMeanWorkingHours}
   */
  public static void schedule(int daysPerWeek, int meanWorkingHours, int refMeanWorkingHours) {
    if (daysPerWeek < 0 || daysPerWeek > OccupationLine.MAX_DAYS_PER_WEEK) {
      throw new InvalidOccupationLineException("daysPerWeek", "must be 0-" + OccupationLine.MAX_DAYS_PER_WEEK
          + " (hundredths: 500 = 5 days a week), was " + daysPerWeek);
    }
    weeklyHours("meanWorkingHours", meanWorkingHours);
    weeklyHours("refMeanWorkingHours", refMeanWorkingHours);
  }

  private static void weeklyHours(String field, int hours) {
    if (hours < 0 || hours > OccupationLine.MAX_WEEKLY_HOURS) {
      throw new InvalidOccupationLineException(field, "must be 0-" + OccupationLine.MAX_WEEKLY_HOURS
          + " (hundredths: 3800 = 38 h a week), was " + hours);
    }
  }

  /** The number of days of {@code quarter} (90 to 92), for {@link #services}. */
  public static long quarterDays(YearQuarter quarter) {
    return ChronoUnit.DAYS.between(quarter.firstDay(), quarter.lastDay()) + 1;
  }

  /**
   * The services of a line together, each already checked by {@link #service}: each code once,
   * their days at most 100 × the quarter's days and their hours at most 2400 × the quarter's days.
   *
   * @param quarterDays {@link #quarterDays}{@code (quarter)}
   * @throws InvalidOccupationLineException naming {@code services[i].code} (the first repeated
   *     code) or {@code services}
   */
  public static void services(YearQuarter quarter, long quarterDays, int count, int[] codes, int[] days, int[] hours) {
    long dayTotal = 0;
    long hourTotal = 0;
    for (int i = 0; i < count; i++) {
      // at most 1000 distinct codes, so a repeat shows by index 1000: the pairs stay few
      for (int j = 0; j < i; j++) {
        if (codes[j] == codes[i]) {
          throw new InvalidOccupationLineException("services[" + i + "].code",
              "service code " + codes[i] + " appears twice in the line; declare each code once");
        }
      }
      dayTotal += days[i];
      hourTotal += hours[i];
    }
    if (dayTotal > quarterDays * DAY_HUNDREDTHS) {
      throw new InvalidOccupationLineException("services",
          "the services add up to " + dayTotal / DAY_HUNDREDTHS + "."
              + String.format(Locale.ROOT, "%02d", dayTotal % DAY_HUNDREDTHS)
              + " days but " + quarter + " has " + quarterDays + " days; days are in hundredths (6500 = 65 days)");
    }
    if (hourTotal > quarterDays * DAY_HOURS_HUNDREDTHS) {
      throw new InvalidOccupationLineException("services",
          "the services add up to more hours than " + quarter + " has; hours are in hundredths (49400 = 494 h)");
    }
  }

  /**
   * The running total of a line's remuneration amounts, after each amount: at most {@link
   * Remuneration#MAX_AMOUNT_CENTS}.
   *
   * @throws InvalidOccupationLineException naming {@code remunerations} (never the amount)
   */
  public static void remunerationTotal(long runningTotalCents) {
    if (runningTotalCents > Remuneration.MAX_AMOUNT_CENTS) {
      throw new InvalidOccupationLineException("remunerations",
          "the amounts add up to more than " + Remuneration.MAX_AMOUNT_CENTS + " cents; check the unit is cents");
    }
  }
}
