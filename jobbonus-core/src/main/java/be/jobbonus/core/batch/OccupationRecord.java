package be.jobbonus.core.batch;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;

/**
 * One DmfA occupation as a few {@code int}s of a slab: the one shape in which an occupation goes
 * from a reader ({@code dmfa.jsonl} or DmfA XML) to the derivation, which reads it where it lies
 * ({@link DmfaAccumulator#add(int[], int)}): no object per occupation, and no copy between the
 * reader's slab and the derivation. The person (INSZ), the year and the employer are not in the
 * record: the run keeps them beside it (a DmfA XML declaration's year and employer once per file).
 *
 * <p>Layout, from {@code offset}, in {@code 3 + 2 × services + 2 × remunerations} ints:
 *
 * <pre>
 *   [0] quarter (3 bits) | part-time (1) &lt;&lt; 3 | worker code (10) &lt;&lt; 4 | services (6) &lt;&lt; 14 | remunerations (6) &lt;&lt; 20
 *   [1] D, days per week (10 bits) | Q, mean weekly hours &lt;&lt; 10
 *   [2] S, the reference person's mean weekly hours (13 bits) | employer class + 1 (10; 0: not given) &lt;&lt; 13 | apprentice type (4) &lt;&lt; 23
 *   per service:      code (10 bits) | days &lt;&lt; 10,  then hours
 *   per remuneration: code (10 bits) | the amount's bits above 32 &lt;&lt; 10,  then its low 32 bits
 * </pre>
 *
 * Units as DmfA gives them (docs/dmfa.md): days, hours and days per week in hundredths, amounts in
 * cents, codes 0-999. Every value must be within its DmfA zone ({@link #fits}), as both readers
 * check before they write, so nothing is cut: a value outside is refused by the reader with its
 * field's name, never written.
 */
public final class OccupationRecord {

  /** The most services, and the most remunerations, one record holds. */
  public static final int MAX_ITEMS = 32;
  /** The most ints one record takes. */
  public static final int MAX_SIZE = 3 + 4 * MAX_ITEMS;

  private OccupationRecord() {}

  /** The ints a record with {@code services} services and {@code remunerations} remunerations takes. */
  public static int size(int services, int remunerations) {
    return 3 + 2 * services + 2 * remunerations;
  }

  /**
   * Whether every value is within its DmfA zone, so that {@link #write} keeps it whole: codes
   * 0-999, D 0-{@value OccupationLine#MAX_DAYS_PER_WEEK}, Q and S 0-{@value
   * OccupationLine#MAX_WEEKLY_HOURS}, days and hours and amounts within {@link Service} and {@link
   * Remuneration}, at most {@value #MAX_ITEMS} of each.
   */
  public static boolean fits(int quarter, int workerCode, int daysPerWeek, int meanWorkingHours,
      int refMeanWorkingHours, int services, int[] serviceCodes, int[] serviceDays, int[] serviceHours,
      int remunerations, int[] remunerationCodes, long[] remunerationAmounts) {
    boolean ok = quarter >= 1 && quarter <= 4 && code(workerCode) && daysPerWeek >= 0
        && daysPerWeek <= OccupationLine.MAX_DAYS_PER_WEEK && hours(meanWorkingHours) && hours(refMeanWorkingHours)
        && services >= 0 && services <= MAX_ITEMS && remunerations >= 0 && remunerations <= MAX_ITEMS;
    for (int i = 0; ok && i < services; i++) {
      ok = code(serviceCodes[i]) && serviceDays[i] >= 0 && serviceDays[i] <= Service.MAX_DAYS && serviceHours[i] >= 0
          && serviceHours[i] <= Service.MAX_HOURS;
    }
    for (int i = 0; ok && i < remunerations; i++) {
      ok = code(remunerationCodes[i]) && remunerationAmounts[i] >= 0
          && remunerationAmounts[i] <= Remuneration.MAX_AMOUNT_CENTS;
    }
    return ok;
  }

  private static boolean code(int c) {
    return c >= 0 && c <= LineChecks.MAX_CODE;
  }

  private static boolean hours(int h) {
    return h >= 0 && h <= OccupationLine.MAX_WEEKLY_HOURS;
  }

  /**
   * Whether the markers of an excluded category fit a record: the employer class 0-999 or {@link
   * OccupationLine#NO_EMPLOYER_CLASS}, the apprentice type 0-{@value OccupationLine#MAX_APPRENTICESHIP}.
   */
  public static boolean fitsMarkers(int employerClass, int apprenticeship) {
    return employerClass >= OccupationLine.NO_EMPLOYER_CLASS && employerClass <= LineChecks.MAX_CODE
        && apprenticeship >= 0 && apprenticeship <= OccupationLine.MAX_APPRENTICESHIP;
  }

  /**
   * Writes one occupation at {@code into[at..]}, every value within its zone ({@link #fits}), without
   * employer class or apprentice type.
   *
   * @return the offset just after the record
   */
  public static int write(int[] into, int at, int quarter, int workerCode, boolean partTime, int daysPerWeek,
      int meanWorkingHours, int refMeanWorkingHours, int services, int[] serviceCodes, int[] serviceDays,
      int[] serviceHours, int remunerations, int[] remunerationCodes, long[] remunerationAmounts) {
    return write(into, at, quarter, workerCode, OccupationLine.NO_EMPLOYER_CLASS, 0, partTime, daysPerWeek,
        meanWorkingHours, refMeanWorkingHours, services, serviceCodes, serviceDays, serviceHours, remunerations,
        remunerationCodes, remunerationAmounts);
  }

  /**
   * Writes one occupation at {@code into[at..]}, every value within its zone ({@link #fits}, {@link
   * #fitsMarkers}), with the worker record's employer class and the apprentice type.
   *
   * @return the offset just after the record
   */
  public static int write(int[] into, int at, int quarter, int workerCode, int employerClass, int apprenticeship,
      boolean partTime, int daysPerWeek, int meanWorkingHours, int refMeanWorkingHours, int services,
      int[] serviceCodes, int[] serviceDays, int[] serviceHours, int remunerations, int[] remunerationCodes,
      long[] remunerationAmounts) {
    int k = at;
    into[k++] = quarter | (partTime ? 1 : 0) << 3 | workerCode << 4 | services << 14 | remunerations << 20;
    into[k++] = daysPerWeek | meanWorkingHours << 10;
    into[k++] = refMeanWorkingHours | (employerClass + 1) << 13 | apprenticeship << 23;
    for (int i = 0; i < services; i++) {
      into[k++] = serviceCodes[i] | serviceDays[i] << 10;
      into[k++] = serviceHours[i];
    }
    for (int i = 0; i < remunerations; i++) {
      long amount = remunerationAmounts[i];
      into[k++] = remunerationCodes[i] | (int) (amount >>> 32) << 10;
      into[k++] = (int) amount;
    }
    return k;
  }

  /** The record's length in ints. */
  public static int size(int[] r, int at) {
    return size(services(r, at), remunerations(r, at));
  }

  public static int quarter(int[] r, int at) {
    return r[at] & 7;
  }

  public static boolean partTime(int[] r, int at) {
    return (r[at] >>> 3 & 1) != 0;
  }

  public static int workerCode(int[] r, int at) {
    return r[at] >>> 4 & 0x3FF;
  }

  public static int services(int[] r, int at) {
    return r[at] >>> 14 & 0x3F;
  }

  public static int remunerations(int[] r, int at) {
    return r[at] >>> 20 & 0x3F;
  }

  /** D, hundredths. */
  public static int daysPerWeek(int[] r, int at) {
    return r[at + 1] & 0x3FF;
  }

  /** Q, hundredths. */
  public static int meanWorkingHours(int[] r, int at) {
    return r[at + 1] >>> 10;
  }

  /** S, hundredths. */
  public static int refMeanWorkingHours(int[] r, int at) {
    return r[at + 2] & 0x1FFF;
  }

  /** The employer class (zone 00036), or {@link OccupationLine#NO_EMPLOYER_CLASS} when not given. */
  public static int employerClass(int[] r, int at) {
    return (r[at + 2] >>> 13 & 0x3FF) - 1;
  }

  /** The apprentice type (zone 00055), 0 when none. */
  public static int apprenticeship(int[] r, int at) {
    return r[at + 2] >>> 23 & 0xF;
  }

  public static int serviceCode(int[] r, int at, int i) {
    return r[at + 3 + 2 * i] & 0x3FF;
  }

  /** Days of service {@code i}, hundredths. */
  public static int serviceDays(int[] r, int at, int i) {
    return r[at + 3 + 2 * i] >>> 10;
  }

  /** Hours of service {@code i}, hundredths. */
  public static int serviceHours(int[] r, int at, int i) {
    return r[at + 4 + 2 * i];
  }

  public static int remunerationCode(int[] r, int at, int i) {
    return r[at + 3 + 2 * services(r, at) + 2 * i] & 0x3FF;
  }

  /** Amount of remuneration {@code i}, cents. */
  public static long remunerationAmount(int[] r, int at, int i) {
    int k = at + 3 + 2 * services(r, at) + 2 * i;
    return (long) (r[k] >>> 10) << 32 | (r[k + 1] & 0xFFFFFFFFL);
  }
}
