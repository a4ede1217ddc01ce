package be.jobbonus.core.batch;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Region;
import be.jobbonus.core.calculation.ReasonCode;
import be.jobbonus.core.internal.Engine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.PensionAgeRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * The jobbonus of one reference year for many people at once (decree of 20 May 2022 art. 3-5, BVR
 * of 1 July 2022 art. 2 and the interpretation points of the parameter set), over the columns of a
 * {@link BatchInput}, in {@code long} arithmetic and without allocating per record. It runs the
 * library's one engine, the same code {@link be.jobbonus.core.calculation.JobbonusCalculator} runs
 * for one person, so both give the same cents; the engine's Javadoc holds the algebra and the
 * overflow proof, which rests on the domain {@link BatchInput} checks. Immutable and thread-safe.
 *
 * <h2>Threads</h2>
 *
 * Each person is computed from their own columns alone and writes only their own slots, so a run
 * split over any number of partitions gives the same output, bit for bit.
 */
public final class BatchKernel {

  private final Engine engine;

  private BatchKernel(Engine engine) {
    this.engine = engine;
  }

  /**
   * A kernel for {@code referenceYear} under {@code parameters}.
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover
   *     the year
   */
  public static BatchKernel of(ParameterSet parameters, int referenceYear) {
    return new BatchKernel(Engine.of(Objects.requireNonNull(parameters, "parameters"), referenceYear));
  }

  public ParameterSet parameters() {
    return engine.parameters();
  }

  public int referenceYear() {
    return engine.referenceYear();
  }

  /**
   * The first quarter (1-4) of the reference year that starts on or after the day the statutory
   * pension age is reached, or {@link BatchInput#NO_PENSION_CUTOFF} (decree art. 4,
   * IP-pension-age).
   */
  public int firstQuarterAtPensionAge(LocalDate birthDate) {
    return engine.firstQuarterAtPensionAge(birthDate);
  }

  /** {@link #firstQuarterAtPensionAge(LocalDate)} with the birth date's row, looked up once by a caller that needs the age too. */
  public int firstQuarterAtPensionAge(LocalDate birthDate, PensionAgeRule rule) {
    return engine.firstQuarterAtPensionAge(birthDate, rule);
  }

  /**
   * For an explanation of a computed quarter: whether it makes the year's performance part-time
   * (IP-full-time), the test {@link #compute} applies ({@code regime} an ordinal, {@code status}
   * the quarter's {@link BatchOutput#status}).
   */
  public boolean makesPartTime(int workFractionTenThousandths, int regime, byte status) {
    return engine.makesPartTime(workFractionTenThousandths, regime, status);
  }

  /** The minimum payable (IP-full-time): full-time or part-time, in cents. */
  public long minimumPayableCents(boolean fullTime) {
    return engine.minimumPayableCents(fullTime);
  }

  /** D of the period of {@code quarterOfYear} (1-4): the quarter's exact amount is N / (C·D). */
  public long denominator(int quarterOfYear) {
    return engine.denominator(quarterOfYear);
  }

  /**
   * The quarter's exact amount N / (C·D) as N = D·n' + b, 0 ≤ b &lt; D: n' to {@code nb[0]}, b to
   * {@code nb[1]} (both 0 when m = 0 or S &gt; BG), for an explanation.
   */
  public void parts(int quarterOfYear, long wageCents, int workFractionTenThousandths, long[] nb) {
    engine.parts(quarterOfYear, wageCents, workFractionTenThousandths, nb);
  }

  /**
   * <i>Refertemaandloon</i> S = W / 3 / µ rounded half-up to the cent, or −1 when m = 0 (no
   * reference wage).
   */
  public static long referenceMonthlyWageCents(long wageCents, int workFractionTenThousandths) {
    checkQuarter(1, wageCents, workFractionTenThousandths);
    return Engine.referenceMonthlyWageCents(wageCents, workFractionTenThousandths);
  }

  /**
   * <i>Basisbedrag</i> B = A(S) / 4 of a quarter rounded half-up to the cent, as {@link
   * be.jobbonus.core.calculation.QuarterResult#baseAmountCents()} shows it (0 when m = 0 or S >
   * BG).
   */
  public long baseAmountCents(int quarterOfYear, long wageCents, int workFractionTenThousandths) {
    checkQuarter(quarterOfYear, wageCents, workFractionTenThousandths);
    return engine.baseAmountCents(quarterOfYear, wageCents, workFractionTenThousandths);
  }

  private static void checkQuarter(int quarterOfYear, long wage, int m) {
    if (quarterOfYear < 1 || quarterOfYear > 4) {
      throw new IllegalArgumentException("quarter must be 1-4");
    }
    if (wage < 0 || wage > QuarterInput.MAX_WAGE_CENTS) {
      throw new IllegalArgumentException("wage outside the domain");
    }
    if (m < 0 || m > 10_000) {
      throw new IllegalArgumentException("work fraction outside 0-10000");
    }
  }

  /** Computes every person of {@code in} into {@code out}, on the calling thread. */
  public void compute(BatchInput in, BatchOutput out) {
    check(in, out);
    computeRange(in, out, 0, in.persons);
  }

  /**
   * Computes every person of {@code in} on {@code threads} threads, through {@link InOrder} (the
   * one way work runs on threads); the output does not depend on {@code threads}.
   */
  public void compute(BatchInput in, BatchOutput out, int threads) {
    if (threads <= 1) {
      compute(in, out);
      return;
    }
    check(in, out);
    InOrder.run(threads, slices(in, out, threads), done -> { });
  }

  /**
   * Computes every person of {@code in} in {@code partitions} contiguous slices of about the same
   * number of records, run through {@link InOrder} on {@code executor} (a pool the caller keeps);
   * returns when all are done. The output does not depend on the number of partitions or threads.
   */
  public void compute(BatchInput in, BatchOutput out, ExecutorService executor, int partitions) {
    check(in, out);
    Objects.requireNonNull(executor, "executor");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1");
    }
    InOrder.run(executor, partitions, slices(in, out, partitions), done -> { });
  }

  /** The tasks computing each of {@code partitions} slices of {@code in} (see {@link #partitionBounds}). */
  private Iterator<Callable<Void>> slices(BatchInput in, BatchOutput out, int partitions) {
    int[] bounds = partitionBounds(in, partitions);
    List<Callable<Void>> tasks = new ArrayList<>(partitions);
    for (int i = 0; i < partitions; i++) {
      int from = bounds[i];
      int to = bounds[i + 1];
      if (from < to) {
        tasks.add(() -> {
          computeRange(in, out, from, to);
          return null;
        });
      }
    }
    return tasks.iterator();
  }

  /** Person boundaries splitting the records into {@code partitions} nearly equal parts. */
  static int[] partitionBounds(BatchInput in, int partitions) {
    int[] bounds = new int[partitions + 1];
    bounds[partitions] = in.persons;
    for (int i = 1; i < partitions; i++) {
      long target = (long) in.records * i / partitions;
      int lo = bounds[i - 1];
      int hi = in.persons;
      while (lo < hi) { // first person whose records start at or after target
        int mid = (lo + hi) >>> 1;
        if (in.recordStart[mid] < target) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      bounds[i] = lo;
    }
    return bounds;
  }

  private static void check(BatchInput in, BatchOutput out) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    if (!out.fits(in)) {
      throw new IllegalArgumentException(out + " is too small for " + in);
    }
  }

  /** Computes persons {@code from} to {@code to - 1}. */
  void computeRange(BatchInput in, BatchOutput out, int from, int to) {
    engine.compute(in.recordStart, in.statuut, in.residence, in.pensionQuarter, in.quarter, in.wageCents,
        in.workFraction, in.regime, out.amountCents, out.status, out.baseCents, out.fixedIncreaseCents,
        out.totalCents, out.flags, from, to);
  }

  /**
   * The conditions person {@code person} of a computed batch does not meet, one bit per {@link
   * ReasonCode} ({@code 1 << code.ordinal()}): the same decision as the reasons of {@link
   * be.jobbonus.core.calculation.JobbonusCalculator} (category art. 3, from the statuut or from
   * every DmfA line being of an excluded category, residence art. 4, no
   * performance, pension age and upper limit per quarter art. 4-5, below the minimum payable art. 5
   * §5), for summaries that count persons per unmet condition without building results.
   */
  public int unmetConditions(BatchInput in, BatchOutput out, int person) {
    int unmet = 0;
    if (!engine.parameters().eligibleCategories().value().contains(in.statuut(person))
        || in.declaredCategory(person) != 0) { // the statuut's category, or the declaration's
      unmet |= 1 << ReasonCode.CATEGORY.ordinal();
    }
    if (in.residence(person) != Region.FLEMISH_REGION) {
      unmet |= 1 << ReasonCode.RESIDENCE.ordinal();
    }
    boolean personEligible = unmet == 0;
    boolean anyWork = false;
    for (int r = in.recordStart(person); r < in.recordEnd(person); r++) {
      anyWork |= in.workFractionTenThousandths(r) > 0;
      byte st = out.status(r);
      if (st == BatchOutput.PENSION_AGE) {
        unmet |= 1 << ReasonCode.PENSION_AGE.ordinal();
      } else if (st == BatchOutput.WAGE_ABOVE_UPPER_LIMIT) {
        unmet |= 1 << ReasonCode.WAGE_ABOVE_UPPER_LIMIT.ordinal();
      }
    }
    if (personEligible && !anyWork) {
      unmet |= 1 << ReasonCode.NO_PERFORMANCE.ordinal();
    }
    if (out.eligible(person) && !out.payable(person)) {
      unmet |= 1 << ReasonCode.BELOW_MINIMUM_PAYABLE.ordinal();
    }
    return unmet;
  }

  @Override
  public String toString() {
    return "BatchKernel[" + engine.parameters().id() + "-" + engine.referenceYear() + "]";
  }
}
