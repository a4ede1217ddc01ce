package be.jobbonus.core.batch;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.internal.Engine;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The inputs of one reference year for many people, as columns of primitive arrays. Immutable
 * once built (the arrays are owned by this object and never handed out).
 *
 * <p>Per person {@code p}: statuut and residence (decree art. 3-4) as enum ordinals, and the first
 * quarter of the reference year (1-4) that starts on or after the day the statutory pension age is
 * reached, or 5 when there is none ({@link BatchKernel#firstQuarterAtPensionAge}). The person's
 * quarter records are {@code recordStart(p)} to {@code recordEnd(p) - 1}.
 *
 * <p>Per quarter record: the quarter of the year (1-4; strictly increasing within a person, so at
 * most four), the wage <i>W</i> in cents, the work fraction <i>µ</i> in ten-thousandths and the
 * regime. Domain, checked on construction (the same as {@link QuarterInput}): {@code 0 <= W <=
 * 1,000,000,000} cents, {@code 0 <= m <= 10,000}. The engine's overflow proof rests on it.
 */
public final class BatchInput {

  /** The value of {@link #firstQuarterAtPensionAge(int)} when no quarter of the year is cut off. */
  public static final int NO_PENSION_CUTOFF = Engine.NO_PENSION_CUTOFF;

  final int persons;
  final int records;
  final int[] recordStart; // persons + 1
  final byte[] statuut;
  final byte[] residence;
  final byte[] pensionQuarter;
  final byte[] quarter;
  final long[] wageCents;
  final short[] workFraction;
  final byte[] regime;
  /** Per person, the excluded category all their DmfA lines are of ({@link DmfaExclusions}), 0 when none. */
  final byte[] declaredCategory;

  private BatchInput(int persons, int records, int[] recordStart, byte[] statuut, byte[] residence,
      byte[] pensionQuarter, byte[] quarter, long[] wageCents, short[] workFraction, byte[] regime,
      byte[] declaredCategory) {
    this.declaredCategory = declaredCategory;
    this.persons = persons;
    this.records = records;
    this.recordStart = recordStart;
    this.statuut = statuut;
    this.residence = residence;
    this.pensionQuarter = pensionQuarter;
    this.quarter = quarter;
    this.wageCents = wageCents;
    this.workFraction = workFraction;
    this.regime = regime;
  }

  /**
   * Wraps columns without copying them; the caller must not change them afterwards. The arrays may
   * be longer than needed: {@code persons} people and {@code recordStart[persons]} records are used.
   *
   * @param recordStart {@code persons + 1} non-decreasing offsets, {@code recordStart[0] == 0}
   * @param statuut {@link Statuut#ordinal()} per person
   * @param residence {@link Region#ordinal()} per person
   * @param pensionQuarter 1-5 per person
   * @param quarter 1-4 per record
   * @param regime {@link Regime#ordinal()} per record
   * @throws IllegalArgumentException naming the person or record index (never a wage) when a value
   *     is outside the domain
   */
  public static BatchInput wrap(int persons, int[] recordStart, byte[] statuut, byte[] residence,
      byte[] pensionQuarter, byte[] quarter, long[] wageCents, short[] workFraction, byte[] regime) {
    Objects.requireNonNull(recordStart, "recordStart");
    Objects.requireNonNull(statuut, "statuut");
    Objects.requireNonNull(residence, "residence");
    Objects.requireNonNull(pensionQuarter, "pensionQuarter");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(wageCents, "wageCents");
    Objects.requireNonNull(workFraction, "workFraction");
    Objects.requireNonNull(regime, "regime");
    if (persons < 0 || recordStart.length < persons + 1 || statuut.length < persons
        || residence.length < persons || pensionQuarter.length < persons) {
      throw new IllegalArgumentException("person columns shorter than " + persons);
    }
    if (recordStart[0] != 0) {
      throw new IllegalArgumentException("recordStart[0] must be 0");
    }
    int records = recordStart[persons];
    if (quarter.length < records || wageCents.length < records || workFraction.length < records
        || regime.length < records) {
      throw new IllegalArgumentException("record columns shorter than " + records);
    }
    int statuuts = Statuut.values().length;
    int regions = Region.values().length;
    int regimes = Regime.values().length;
    for (int p = 0; p < persons; p++) {
      int s = recordStart[p];
      int e = recordStart[p + 1];
      if (e < s || e - s > 4) {
        throw new IllegalArgumentException("person " + p + ": " + (e - s) + " quarter records (0-4 allowed)");
      }
      if (statuut[p] < 0 || statuut[p] >= statuuts) {
        throw new IllegalArgumentException("person " + p + ": statuut ordinal out of range");
      }
      if (residence[p] < 0 || residence[p] >= regions) {
        throw new IllegalArgumentException("person " + p + ": residence ordinal out of range");
      }
      if (pensionQuarter[p] < 1 || pensionQuarter[p] > NO_PENSION_CUTOFF) {
        throw new IllegalArgumentException("person " + p + ": pension quarter must be 1-5");
      }
      int previous = 0;
      for (int r = s; r < e; r++) {
        checkRecord(r, quarter[r], wageCents[r], workFraction[r], regime[r], regimes);
        if (quarter[r] <= previous) {
          throw new IllegalArgumentException("record " + r + " (person " + p + "): quarters must be strictly increasing");
        }
        previous = quarter[r];
      }
    }
    return new BatchInput(persons, records, recordStart, statuut, residence, pensionQuarter, quarter,
        wageCents, workFraction, regime, new byte[persons]);
  }

  private static void checkRecord(int r, int quarter, long wage, int m, int regime, int regimes) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("record " + r + ": quarter must be 1-4");
    }
    if (wage < 0 || wage > QuarterInput.MAX_WAGE_CENTS) {
      throw new IllegalArgumentException("record " + r + ": wage outside 0-" + QuarterInput.MAX_WAGE_CENTS + " cents");
    }
    if (m < 0 || m > 10_000) {
      throw new IllegalArgumentException("record " + r + ": work fraction outside 0-10000 ten-thousandths");
    }
    if (regime < 0 || regime >= regimes) {
      throw new IllegalArgumentException("record " + r + ": regime ordinal out of range");
    }
  }

  /** A builder that grows its columns as needed. */
  /** Why a person without a complete birth date is not computed (the pension-age condition needs it). */
  public static final String BIRTH_DATE_UNKNOWN =
      "birth date unknown: the INSZ does not encode a complete birth date; give birth_date";

  /**
   * Why {@code quarters} cannot be one person's quarters of {@code referenceYear}, in the order
   * given: the first quarter outside the year or given twice; {@code null} when they can.
   */
  public static String quartersProblem(int referenceYear, List<QuarterInput> quarters) {
    boolean[] seen = new boolean[5];
    for (QuarterInput q : quarters) {
      if (q.quarter().year() != referenceYear) {
        return q.quarter() + ": quarter outside reference year " + referenceYear;
      }
      if (seen[q.quarter().quarter()]) {
        return q.quarter() + ": quarter given twice";
      }
      seen[q.quarter().quarter()] = true;
    }
    return null;
  }

  public static Builder builder() {
    return new Builder(1024);
  }

  /** A builder sized for about {@code expectedPersons} people. */
  public static Builder builder(int expectedPersons) {
    return new Builder(Math.max(16, expectedPersons));
  }

  public int personCount() {
    return persons;
  }

  public int recordCount() {
    return records;
  }

  /** Index of the first quarter record of {@code person}. */
  public int recordStart(int person) {
    return recordStart[person];
  }

  /** One past the last quarter record of {@code person}. */
  public int recordEnd(int person) {
    return recordStart[person + 1];
  }

  public Statuut statuut(int person) {
    return STATUUTS[statuut[person]];
  }

  public Region residence(int person) {
    return REGIONS[residence[person]];
  }

  /**
   * The excluded category ({@link DmfaExclusions#category(int)}) that every DmfA line of {@code
   * person} is of, as the declaration shows it, or 0 (docs/calculation.md §2). Their quarters count
   * for nothing; the writers report the category's reason when the statuut is a beneficiary's.
   */
  public int declaredCategory(int person) {
    return declaredCategory[person];
  }

  private static final Statuut[] STATUUTS = Statuut.values();
  private static final Region[] REGIONS = Region.values();
  private static final Regime[] REGIMES = Regime.values();

  /** 1-4, or {@link #NO_PENSION_CUTOFF}. */
  public int firstQuarterAtPensionAge(int person) {
    return pensionQuarter[person];
  }

  /** The quarter of the year (1-4) of {@code record}. */
  public int quarter(int record) {
    return quarter[record];
  }

  /** The wage of {@code record} in cents. Personal data. */
  public long wageCents(int record) {
    return wageCents[record];
  }

  /** The work fraction of {@code record} in ten-thousandths. */
  public int workFractionTenThousandths(int record) {
    return workFraction[record];
  }

  public Regime regime(int record) {
    return REGIMES[regime[record]];
  }

  /** Shows the counts only. */
  @Override
  public String toString() {
    return "BatchInput[" + persons + " persons, " + records + " quarter records]";
  }

  /** Appends people and their quarters; not thread-safe. */
  public static final class Builder {
    private int persons;
    private int records;
    private int[] recordStart;
    private byte[] statuut;
    private byte[] residence;
    private byte[] pensionQuarter;
    private byte[] quarter;
    private long[] wageCents;
    private short[] workFraction;
    private byte[] regime;
    private byte[] declaredCategory;

    private Builder(int capacity) {
      declaredCategory = new byte[capacity];
      recordStart = new int[capacity + 1];
      statuut = new byte[capacity];
      residence = new byte[capacity];
      pensionQuarter = new byte[capacity];
      int rc = capacity * 4;
      quarter = new byte[rc];
      wageCents = new long[rc];
      workFraction = new short[rc];
      regime = new byte[rc];
    }

    /** Starts the next person; the quarters added next are theirs. Returns the person's index. */
    public int person(Statuut statuut, Region residence, int firstQuarterAtPensionAge) {
      Objects.requireNonNull(statuut, "statuut");
      Objects.requireNonNull(residence, "residence");
      if (firstQuarterAtPensionAge < 1 || firstQuarterAtPensionAge > NO_PENSION_CUTOFF) {
        throw new IllegalArgumentException("person " + persons + ": pension quarter must be 1-5");
      }
      if (persons == this.statuut.length) {
        int n = Math.max(16, persons + (persons >> 1));
        recordStart = Arrays.copyOf(recordStart, n + 1);
        this.statuut = Arrays.copyOf(this.statuut, n);
        this.residence = Arrays.copyOf(this.residence, n);
        pensionQuarter = Arrays.copyOf(pensionQuarter, n);
        declaredCategory = Arrays.copyOf(declaredCategory, n);
      }
      declaredCategory[persons] = 0;
      this.statuut[persons] = (byte) statuut.ordinal();
      this.residence[persons] = (byte) residence.ordinal();
      pensionQuarter[persons] = (byte) firstQuarterAtPensionAge;
      recordStart[persons] = records;
      persons++;
      recordStart[persons] = records;
      return persons - 1;
    }

    /**
     * Starts {@code person}: their statuut and residence, and the first quarter at pension age
     * from their birth date (the kernel's, {@link BatchKernel#firstQuarterAtPensionAge}). The one
     * way a person becomes columns: the calculator, the file runs and the simulations call it.
     */
    public int person(Person person, int firstQuarterAtPensionAge) {
      return person(person.statuut(), person.residence(), firstQuarterAtPensionAge);
    }

    /**
     * The current person's quarters as derived ({@link DmfaAccumulator#finish} returned true): those
     * present, in order; and the excluded category all their lines are of ({@link
     * DmfaAccumulator#excludedCategory()}).
     */
    public Builder quarters(DmfaAccumulator derived) {
      declaredCategory(derived.excludedCategory());
      for (int q = 1; q <= 4; q++) {
        if (derived.present(q)) {
          quarter(q, derived.wageCents(q), derived.workFractionTenThousandths(q),
              derived.fullTime(q) ? Regime.FULL_TIME : Regime.PART_TIME);
        }
      }
      return this;
    }

    /** The current person's quarters, sorted by quarter (none given twice, their year not checked here). */
    public Builder quarters(List<QuarterInput> sorted) {
      for (QuarterInput q : sorted) {
        quarter(q);
      }
      return this;
    }

    /**
     * The excluded category ({@link DmfaExclusions#category(int)}, 0: none) that every DmfA line of
     * the current person is of.
     */
    public Builder declaredCategory(int category) {
      if (persons == 0) {
        throw new IllegalStateException("add a person before their declared category");
      }
      if (category < 0 || category > DmfaExclusions.official().categories().size()) {
        throw new IllegalArgumentException("no excluded category " + category);
      }
      declaredCategory[persons - 1] = (byte) category;
      return this;
    }

    /** Forgets every person, keeping the columns' room: for a run that builds chunk after chunk. */
    public void clear() {
      persons = 0;
      records = 0;
      recordStart[0] = 0;
    }

    /**
     * Adds a quarter of the current person.
     *
     * @param quarterOfYear 1-4, after the person's previous quarter
     * @param wageCents 0-1,000,000,000
     * @param workFractionTenThousandths 0-10,000
     * @throws IllegalArgumentException naming the record index when a value is outside the domain
     */
    public Builder quarter(int quarterOfYear, long wageCents, int workFractionTenThousandths, Regime regime) {
      Objects.requireNonNull(regime, "regime");
      if (persons == 0) {
        throw new IllegalStateException("add a person before its quarters");
      }
      checkRecord(records, quarterOfYear, wageCents, workFractionTenThousandths, regime.ordinal(), Regime.values().length);
      int first = recordStart[persons - 1];
      if (records > first && quarter[records - 1] >= quarterOfYear) {
        throw new IllegalArgumentException("record " + records + " (person " + (persons - 1) + "): quarters must be strictly increasing");
      }
      if (records == quarter.length) {
        int n = Math.max(64, records + (records >> 1));
        quarter = Arrays.copyOf(quarter, n);
        this.wageCents = Arrays.copyOf(this.wageCents, n);
        workFraction = Arrays.copyOf(workFraction, n);
        this.regime = Arrays.copyOf(this.regime, n);
      }
      quarter[records] = (byte) quarterOfYear;
      this.wageCents[records] = wageCents;
      workFraction[records] = (short) workFractionTenThousandths;
      this.regime[records] = (byte) regime.ordinal();
      records++;
      recordStart[persons] = records;
      return this;
    }

    /** Adds a quarter from a {@link QuarterInput} (its year is not checked here). */
    public Builder quarter(QuarterInput q) {
      return quarter(q.quarter().quarter(), q.wageCents(), q.workFractionTenThousandths(), q.regime());
    }

    public int personCount() {
      return persons;
    }

    /** The input so far; the builder may go on and build again (the columns are copied). */
    public BatchInput build() {
      return new BatchInput(persons, records, Arrays.copyOf(recordStart, persons + 1),
          Arrays.copyOf(statuut, persons), Arrays.copyOf(residence, persons),
          Arrays.copyOf(pensionQuarter, persons), Arrays.copyOf(quarter, records),
          Arrays.copyOf(wageCents, records), Arrays.copyOf(workFraction, records),
          Arrays.copyOf(regime, records), Arrays.copyOf(declaredCategory, persons));
    }
  }
}
