package be.jobbonus.core.batch;

import be.jobbonus.core.calculation.ReasonCode;
import be.jobbonus.core.internal.Engine;
import java.util.Objects;

/**
 * The results of {@link BatchKernel#compute}: per quarter record the amount shown (the quarter's
 * share of the rounded annual base, largest remainder, or the quarter rounded on its own under
 * IP-rounding {@code PER_QUARTER}) and its status; per person the base, fixed increase, total and
 * flags. Reusable: a later run overwrites it. Not thread-safe while a run writes it.
 */
public final class BatchOutput {

  /** The quarter counts (person and quarter eligible, positive amount). */
  public static final byte COUNTED = Engine.COUNTED;
  /** Work fraction 0: no performance, no reference wage ({@link ReasonCode#NO_PERFORMANCE}). */
  public static final byte NO_PERFORMANCE = Engine.NO_PERFORMANCE;
  /** The quarter starts on or after the day the pension age is reached ({@link ReasonCode#PENSION_AGE}). */
  public static final byte PENSION_AGE = Engine.PENSION_AGE;
  /** Annual amount 0: reference monthly wage above the upper limit ({@link ReasonCode#WAGE_ABOVE_UPPER_LIMIT}). */
  public static final byte WAGE_ABOVE_UPPER_LIMIT = Engine.WAGE_ABOVE_UPPER_LIMIT;
  /**
   * The quarter itself qualifies, but the person fails category or residence ({@link
   * ReasonCode#CATEGORY}, {@link ReasonCode#RESIDENCE}).
   */
  public static final byte PERSON_NOT_ELIGIBLE = Engine.PERSON_NOT_ELIGIBLE;

  final long[] amountCents;
  final byte[] status;
  final long[] baseCents;
  final long[] fixedIncreaseCents;
  final long[] totalCents;
  final byte[] flags;

  private BatchOutput(int persons, int records) {
    amountCents = new long[records];
    status = new byte[records];
    baseCents = new long[persons];
    fixedIncreaseCents = new long[persons];
    totalCents = new long[persons];
    flags = new byte[persons];
  }

  /** An output with room for {@code persons} people and {@code records} quarter records. */
  public static BatchOutput of(int persons, int records) {
    if (persons < 0 || records < 0) {
      throw new IllegalArgumentException("negative size");
    }
    return new BatchOutput(persons, records);
  }

  /** An output sized for {@code in}. */
  public static BatchOutput forInput(BatchInput in) {
    Objects.requireNonNull(in, "in");
    return new BatchOutput(in.persons, in.records);
  }

  boolean fits(BatchInput in) {
    return baseCents.length >= in.persons && amountCents.length >= in.records;
  }

  /** The amount shown for {@code record}, in cents. */
  public long amountCents(int record) {
    return amountCents[record];
  }

  /** One of {@link #COUNTED}, {@link #NO_PERFORMANCE}, ... for {@code record}. */
  public byte status(int record) {
    return status[record];
  }

  /** Whether {@code record} counts towards the base. */
  public boolean counted(int record) {
    return status[record] == COUNTED;
  }

  /** The annual base (<i>basisbedrag</i>), rounded as IP-rounding says, in cents. */
  public long baseCents(int person) {
    return baseCents[person];
  }

  /** The fixed increase paid (0 when not payable), in cents (decree art. 5 §5-§6). */
  public long fixedIncreaseCents(int person) {
    return fixedIncreaseCents[person];
  }

  /** What is paid: base plus fixed increase when payable, else 0, in cents. */
  public long totalCents(int person) {
    return totalCents[person];
  }

  /** Category and residence met and a positive base (decree art. 3-5). */
  public boolean eligible(int person) {
    return (flags[person] & Engine.ELIGIBLE) != 0;
  }

  /** Eligible and at least the minimum payable. */
  public boolean payable(int person) {
    return (flags[person] & Engine.PAYABLE) != 0;
  }

  /** Whether the full-time minimum payable applied (IP-full-time). */
  public boolean fullTime(int person) {
    return (flags[person] & Engine.FULL_TIME) != 0;
  }

  @Override
  public String toString() {
    return "BatchOutput[" + baseCents.length + " persons, " + amountCents.length + " records]";
  }
}
