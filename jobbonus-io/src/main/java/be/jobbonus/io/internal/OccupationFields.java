package be.jobbonus.io.internal;

import be.jobbonus.core.batch.OccupationRecord;

/**
 * The fields of one DmfA occupation (one {@code dmfa.jsonl} line, or one {@code Occupation} of a
 * DmfA XML declaration) as primitives, in the units of the DmfA: what a reader fills while it
 * reads one occupation, and writes as an {@link OccupationRecord} once the occupation is read and
 * checked ({@link #write}); the run and the derivation read only the record. Mutable and reused:
 * a reader fills it, then writes it before the next fill. Not thread-safe; one per reader.
 *
 * <p>Units (docs/dmfa.md): days, hours and days per week in hundredths; amounts in cents; codes
 * 0-999. A value a reader could not read as a number is not stored here: the reader refuses the
 * record instead.
 */
public final class OccupationFields {

  /** The most services or remunerations one occupation carries. */
  public static final int MAX_ITEMS = OccupationRecord.MAX_ITEMS;

  /** The INSZ (national register or bis number) as a number of 11 digits. */
  public long insz;
  /** Year of the declared quarter. */
  public int year;
  /** Quarter of the year, 1-4. */
  public int quarter;
  /** The employer's number, or -1 when the source has none. */
  public long employer = -1;
  /** How many digits the employer's number is written with (9 or 10, leading zeros included). */
  public int employerDigits;
  /** Worker code (DmfA zone 00037, annex 2). */
  public int workerCode;
  /** Employer class (DmfA zone 00036, the worker record's employer category), -1 when not given. */
  public int employerClass = -1;
  /** Apprentice type (DmfA zone 00055), 0 when the worker is not an apprentice. */
  public int apprenticeship;
  /** Part-time contract (ContractType 1) rather than full-time (0). */
  public boolean partTime;
  /** D: days per week of the work schedule, hundredths (WorkingDaysSystem). */
  public int daysPerWeek;
  /** Q: the worker's mean weekly hours, hundredths (MeanWorkingHours). */
  public int meanWorkingHours;
  /** S: the reference person's mean weekly hours, hundredths (RefMeanWorkingHours). */
  public int refMeanWorkingHours;
  /** How many of the service slots are filled. */
  public int services;
  public final int[] serviceCodes = new int[MAX_ITEMS];
  /** Days of each service, hundredths. */
  public final int[] serviceDays = new int[MAX_ITEMS];
  /** Hours of each service, hundredths (0 when not declared). */
  public final int[] serviceHours = new int[MAX_ITEMS];
  /** How many of the remuneration slots are filled. */
  public int remunerations;
  public final int[] remunerationCodes = new int[MAX_ITEMS];
  /** Amount of each remuneration, cents. */
  public final long[] remunerationAmounts = new long[MAX_ITEMS];

  /**
   * The DmfA rule of an occupation's remunerations (docs/dmfa.md §1), for both readers: a
   * remuneration appears once per (code, frequency, percentage) in an occupation, so the same one
   * twice is refused, never added up. The index ({@code from} ≤ i &lt; {@code to}) of the first
   * that repeats an earlier one, else -1.
   *
   * @param keys each one's frequency and percentage as one number; {@code null} when the source
   *     gives neither ({@code dmfa.jsonl}): then a code appears once
   */
  public static int repeatedRemuneration(int[] codes, long[] keys, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      for (int j = from; j < i; j++) { // at most 32 remunerations: the pairs stay few
        if (codes[j] == codes[i] && (keys == null || keys[j] == keys[i])) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Why {@link #repeatedRemuneration} refuses remuneration {@code code}; {@code keys} as there. */
  public static String repeatedRemunerationReason(int code, boolean keys) {
    return "remuneration code " + code + " appears twice in the " + (keys
        ? "occupation with the same frequency and percentage; the DmfA declares a remuneration once per (code,"
            + " frequency, percentage) in an occupation: give it once, with its whole amount"
        : "line; a remuneration code appears once per occupation line: give it once, with its whole amount");
  }

  /** Empties every field, for the next record. */
  public void clear() {
    insz = 0;
    year = 0;
    quarter = 0;
    employer = -1;
    employerDigits = 0;
    workerCode = 0;
    employerClass = -1;
    apprenticeship = 0;
    partTime = false;
    daysPerWeek = 0;
    meanWorkingHours = 0;
    refMeanWorkingHours = 0;
    services = 0;
    remunerations = 0;
  }

  /**
   * Writes the occupation as a record at {@code into[at..]} (the reader checked every value is
   * within its zone, {@link OccupationRecord#fits}).
   *
   * @return the offset just after it
   */
  public int write(int[] into, int at) {
    return OccupationRecord.write(into, at, quarter, workerCode, employerClass, apprenticeship, partTime, daysPerWeek,
        meanWorkingHours,
        refMeanWorkingHours, services, serviceCodes, serviceDays, serviceHours, remunerations, remunerationCodes,
        remunerationAmounts);
  }

  /** The ints {@link #write} takes. */
  public int size() {
    return OccupationRecord.size(services, remunerations);
  }

  /** Sets the occupation's own fields from the record at {@code r[at..]} (the person, year and employer are kept). */
  public void read(int[] r, int at) {
    quarter = OccupationRecord.quarter(r, at);
    partTime = OccupationRecord.partTime(r, at);
    workerCode = OccupationRecord.workerCode(r, at);
    employerClass = OccupationRecord.employerClass(r, at);
    apprenticeship = OccupationRecord.apprenticeship(r, at);
    daysPerWeek = OccupationRecord.daysPerWeek(r, at);
    meanWorkingHours = OccupationRecord.meanWorkingHours(r, at);
    refMeanWorkingHours = OccupationRecord.refMeanWorkingHours(r, at);
    services = OccupationRecord.services(r, at);
    for (int i = 0; i < services; i++) {
      serviceCodes[i] = OccupationRecord.serviceCode(r, at, i);
      serviceDays[i] = OccupationRecord.serviceDays(r, at, i);
      serviceHours[i] = OccupationRecord.serviceHours(r, at, i);
    }
    remunerations = OccupationRecord.remunerations(r, at);
    for (int i = 0; i < remunerations; i++) {
      remunerationCodes[i] = OccupationRecord.remunerationCode(r, at, i);
      remunerationAmounts[i] = OccupationRecord.remunerationAmount(r, at, i);
    }
  }

  /** Copies every field of {@code other} into this one. */
  public void copyFrom(OccupationFields other) {
    insz = other.insz;
    year = other.year;
    quarter = other.quarter;
    employer = other.employer;
    employerDigits = other.employerDigits;
    workerCode = other.workerCode;
    employerClass = other.employerClass;
    apprenticeship = other.apprenticeship;
    partTime = other.partTime;
    daysPerWeek = other.daysPerWeek;
    meanWorkingHours = other.meanWorkingHours;
    refMeanWorkingHours = other.refMeanWorkingHours;
    services = other.services;
    System.arraycopy(other.serviceCodes, 0, serviceCodes, 0, services);
    System.arraycopy(other.serviceDays, 0, serviceDays, 0, services);
    System.arraycopy(other.serviceHours, 0, serviceHours, 0, services);
    remunerations = other.remunerations;
    System.arraycopy(other.remunerationCodes, 0, remunerationCodes, 0, remunerations);
    System.arraycopy(other.remunerationAmounts, 0, remunerationAmounts, 0, remunerations);
  }

  /** No personal data: the quarter only. */
  @Override
  public String toString() {
    return "OccupationFields[" + year + "Q" + quarter + ", " + services + " services, " + remunerations
        + " remunerations]";
  }
}
