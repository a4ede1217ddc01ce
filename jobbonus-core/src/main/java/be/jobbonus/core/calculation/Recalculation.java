package be.jobbonus.core.calculation;

import be.jobbonus.core.Euro;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The outcome of a recalculation on objection (docs/calculation.md §6): the previous and the new
 * result, and the difference to pay or to recover.
 */
public final class Recalculation {

  /** What the difference means for the administration. */
  public enum Outcome {
    /** The new total is higher: pay the difference. */
    EXTRA_PAYMENT,
    /** The new total is lower: recover the difference (<i>terugvordering</i>). */
    RECOVERY,
    /** Same total. */
    NO_CHANGE
  }

  private final JobbonusResult previous;
  private final JobbonusResult corrected;

  private Recalculation(JobbonusResult previous, JobbonusResult corrected) {
    this.previous = previous;
    this.corrected = corrected;
  }

  /**
   * Compares two results of the same person and reference year.
   *
   * @throws IllegalArgumentException when they concern another person or year
   */
  public static Recalculation between(JobbonusResult previous, JobbonusResult corrected) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(corrected, "corrected");
    if (!previous.insz().equals(corrected.insz())) {
      throw new IllegalArgumentException("results concern different persons");
    }
    if (previous.referenceYear() != corrected.referenceYear()) {
      throw new IllegalArgumentException("results concern different reference years");
    }
    return new Recalculation(previous, corrected);
  }

  public JobbonusResult previous() {
    return previous;
  }

  public JobbonusResult corrected() {
    return corrected;
  }

  /** New total minus previous total, in cents: positive to pay, negative to recover. */
  public long differenceCents() {
    return Math.subtractExact(corrected.totalCents(), previous.totalCents());
  }

  public MonetaryAmount difference() {
    return Euro.of(differenceCents());
  }

  public Outcome outcome() {
    long d = differenceCents();
    return d > 0 ? Outcome.EXTRA_PAYMENT : d < 0 ? Outcome.RECOVERY : Outcome.NO_CHANGE;
  }

  @Override
  public String toString() {
    return "Recalculation[" + previous.insz().masked() + ", " + previous.referenceYear() + ", "
        + outcome() + " " + Euro.format(Math.abs(differenceCents())) + "]";
  }
}
