package be.jobbonus.scenarios.reform;

import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.scenarios.Reform;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Baseline and reform computed on the same population, person by person, with the reference
 * calculator: beneficiaries, budget, average amount, winners and losers and by how much, amounts
 * by wage band and the distribution of amounts. All sums are exact cents; the result does not
 * depend on the order or the parallelism of the population's stream.
 *
 * <pre>{@code
 * ReformComparison c = ReformComparison.run(QuarterPopulation.of(2024, 10_000, 7), reform);
 * System.out.print(ReformReport.of(c).toText());
 * }</pre>
 */
public final class ReformComparison {

  /** Width of a bin of the distribution of amounts, in cents (50.00). */
  public static final long AMOUNT_BIN_CENTS = 5_000;

  /** Number of bins of the distribution of amounts paid (the last one is open). */
  public static final int AMOUNT_BINS = 17;

  /**
   * Edges of the brackets of the change per person, in cents: a change d falls in bracket i when
   * EDGE[i-1] < d <= EDGE[i] (open at both ends): ... -100, -50, -10, 0 (loss), 0 (no change), 10,
   * 50, 100 ... (gain).
   */
  static final long[] CHANGE_EDGES = {-10_000, -5_000, -1_000, -1, 0, 1_000, 5_000, 10_000};

  /** Labels of the change brackets, in order. */
  public static final List<String> CHANGE_LABELS = List.of("loss of more than 100.00", "loss of 50.01 to 100.00",
      "loss of 10.01 to 50.00", "loss of 0.01 to 10.00", "no change", "gain of 0.01 to 10.00", "gain of 10.01 to 50.00",
      "gain of 50.01 to 100.00", "gain of more than 100.00");

  static int changeBracket(long d) {
    for (int i = 0; i < CHANGE_EDGES.length; i++) {
      if (d <= CHANGE_EDGES[i]) {
        return i;
      }
    }
    return CHANGE_EDGES.length;
  }

  /** Totals of one side (baseline or reform). */
  public static final class Side {
    long beneficiaries;
    long budget;
    long baseSum;
    long fixedSum;
    long eligibleNotPayable;
    final long[] amountBins = new long[AMOUNT_BINS];

    void add(JobbonusResult r) {
      if (r.payable()) {
        beneficiaries++;
        budget = Math.addExact(budget, r.totalCents());
        baseSum = Math.addExact(baseSum, r.baseCents());
        fixedSum = Math.addExact(fixedSum, r.fixedIncreaseCents());
        int bin = (int) Math.min(AMOUNT_BINS - 1, (r.totalCents() - 1) / AMOUNT_BIN_CENTS);
        amountBins[bin]++;
      } else if (r.eligible()) {
        eligibleNotPayable++;
      }
    }

    void merge(Side o) {
      beneficiaries += o.beneficiaries;
      budget = Math.addExact(budget, o.budget);
      baseSum = Math.addExact(baseSum, o.baseSum);
      fixedSum = Math.addExact(fixedSum, o.fixedSum);
      eligibleNotPayable += o.eligibleNotPayable;
      for (int i = 0; i < AMOUNT_BINS; i++) {
        amountBins[i] += o.amountBins[i];
      }
    }

    /** Persons paid (payable). */
    public long beneficiaries() {
      return beneficiaries;
    }

    /** Total paid, cents: Σ total (base + fixed increase of the payable). */
    public long budgetCents() {
      return budget;
    }

    /** Σ base of the payable, cents. */
    public long baseCents() {
      return baseSum;
    }

    /** Σ fixed increases paid, cents. */
    public long fixedIncreaseCents() {
      return fixedSum;
    }

    /** Eligible, but the base is below the minimum payable. */
    public long belowMinimum() {
      return eligibleNotPayable;
    }

    /** Average amount per beneficiary, half-up to the cent; 0 without beneficiaries. */
    public long averageCents() {
      return beneficiaries == 0 ? 0 : Math.floorDiv(2 * budget + beneficiaries, 2 * beneficiaries);
    }

    /** Persons paid per bin of {@link #AMOUNT_BIN_CENTS}: bin i holds totals in (i × 50, (i+1) × 50]. */
    public long[] amountBins() {
      return amountBins.clone();
    }
  }

  /** Figures of one wage band. */
  public static final class Band {
    long persons;
    long baselineBeneficiaries;
    long reformBeneficiaries;
    long baselineBudget;
    long reformBudget;
    long winners;
    long losers;

    void merge(Band o) {
      persons += o.persons;
      baselineBeneficiaries += o.baselineBeneficiaries;
      reformBeneficiaries += o.reformBeneficiaries;
      baselineBudget = Math.addExact(baselineBudget, o.baselineBudget);
      reformBudget = Math.addExact(reformBudget, o.reformBudget);
      winners += o.winners;
      losers += o.losers;
    }

    public long persons() {
      return persons;
    }

    public long baselineBeneficiaries() {
      return baselineBeneficiaries;
    }

    public long reformBeneficiaries() {
      return reformBeneficiaries;
    }

    public long baselineBudgetCents() {
      return baselineBudget;
    }

    public long reformBudgetCents() {
      return reformBudget;
    }

    public long differenceCents() {
      return reformBudget - baselineBudget;
    }

    public long winners() {
      return winners;
    }

    public long losers() {
      return losers;
    }
  }

  /** A member with the largest gain or loss, kept to explain it. */
  public record Example(PersonYear member, JobbonusResult baseline, JobbonusResult reform) {
    public long differenceCents() {
      return reform.totalCents() - baseline.totalCents();
    }
  }

  /** Mutable accumulator, merged across threads. */
  static final class Acc {
    final WageBands bands;
    long persons;
    long refused;
    final List<String> refusals = new ArrayList<>();
    final Side baseline = new Side();
    final Side reform = new Side();
    long winners;
    long gain;
    long losers;
    long loss;
    long newlyPaid;
    long noLongerPaid;
    final Band[] byBand;
    final long[] byChange = new long[CHANGE_EDGES.length + 1];
    Example bestWinner;
    Example worstLoser;

    Acc(WageBands bands) {
      this.bands = bands;
      byBand = new Band[bands.size()];
      for (int i = 0; i < byBand.length; i++) {
        byBand[i] = new Band();
      }
    }

    void add(PersonYear m, JobbonusCalculator base, JobbonusCalculator ref, int year) {
      persons++;
      JobbonusResult b;
      JobbonusResult r;
      List<be.jobbonus.core.QuarterInput> baseQuarters;
      try {
        baseQuarters = m.quarters(base.parameters());
        b = base.calculate(m.person(), year, baseQuarters);
        r = ref.calculate(m.person(), year, m.quarters(ref.parameters()));
      } catch (IllegalArgumentException e) {
        refused++;
        if (refusals.size() < 10) {
          refusals.add(m.person().insz().masked() + ": " + e.getMessage());
        }
        return;
      }
      baseline.add(b);
      reform.add(r);
      long d = r.totalCents() - b.totalCents();
      byChange[changeBracket(d)]++;
      Band band = byBand[bands.bandOf(baseQuarters)];
      band.persons++;
      if (b.payable()) {
        band.baselineBeneficiaries++;
        band.baselineBudget += b.totalCents();
      }
      if (r.payable()) {
        band.reformBeneficiaries++;
        band.reformBudget += r.totalCents();
      }
      if (d > 0) {
        winners++;
        gain += d;
        band.winners++;
        bestWinner = better(bestWinner, new Example(m, b, r), true);
      } else if (d < 0) {
        losers++;
        loss -= d;
        band.losers++;
        worstLoser = better(worstLoser, new Example(m, b, r), false);
      }
      if (!b.payable() && r.payable()) {
        newlyPaid++;
      }
      if (b.payable() && !r.payable()) {
        noLongerPaid++;
      }
    }

    /** The larger gain (or loss); ties go to the smaller INSZ, so the choice does not depend on order. */
    static Example better(Example current, Example candidate, boolean gain) {
      if (current == null) {
        return candidate;
      }
      long c = gain ? current.differenceCents() : -current.differenceCents();
      long n = gain ? candidate.differenceCents() : -candidate.differenceCents();
      if (n != c) {
        return n > c ? candidate : current;
      }
      return candidate.member().person().insz().compareTo(current.member().person().insz()) < 0 ? candidate : current;
    }

    Acc merge(Acc o) {
      persons += o.persons;
      refused += o.refused;
      for (String s : o.refusals) {
        if (refusals.size() < 10) {
          refusals.add(s);
        }
      }
      baseline.merge(o.baseline);
      reform.merge(o.reform);
      winners += o.winners;
      gain = Math.addExact(gain, o.gain);
      losers += o.losers;
      loss = Math.addExact(loss, o.loss);
      newlyPaid += o.newlyPaid;
      noLongerPaid += o.noLongerPaid;
      for (int i = 0; i < byBand.length; i++) {
        byBand[i].merge(o.byBand[i]);
      }
      for (int i = 0; i < byChange.length; i++) {
        byChange[i] += o.byChange[i];
      }
      if (o.bestWinner != null) {
        bestWinner = better(bestWinner, o.bestWinner, true);
      }
      if (o.worstLoser != null) {
        worstLoser = better(worstLoser, o.worstLoser, false);
      }
      return this;
    }
  }

  private final String populationDescription;
  private final int referenceYear;
  private final Reform reformDefinition;
  private final Acc acc;

  private ReformComparison(String populationDescription, int referenceYear, Reform reform, Acc acc) {
    this.populationDescription = populationDescription;
    this.referenceYear = referenceYear;
    this.reformDefinition = reform;
    this.acc = acc;
  }

  /**
   * Computes every member under the baseline and under the reform.
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when a parameter set does
   *     not cover the population's year
   */
  public static ReformComparison run(Population population, Reform reform) {
    return run(population, reform, WageBands.standard(), true);
  }

  /** As {@link #run(Population, Reform)}, with chosen wage bands, in parallel or not. */
  public static ReformComparison run(Population population, Reform reform, WageBands bands, boolean parallel) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(reform, "reform");
    int year = population.referenceYear();
    reform.baseline().requireYear(year);
    reform.reformed().requireYear(year);
    JobbonusCalculator base = JobbonusCalculator.of(reform.baseline());
    JobbonusCalculator ref = JobbonusCalculator.of(reform.reformed());
    var stream = population.members();
    if (parallel) {
      stream = stream.parallel();
    }
    Acc acc = stream.collect(() -> new Acc(bands), (a, m) -> a.add(m, base, ref, year), Acc::merge);
    return new ReformComparison(population.description(), year, reform, acc);
  }

  public String populationDescription() {
    return populationDescription;
  }

  public int referenceYear() {
    return referenceYear;
  }

  public Reform reform() {
    return reformDefinition;
  }

  public WageBands wageBands() {
    return acc.bands;
  }

  /** Members computed (refused ones included). */
  public long persons() {
    return acc.persons;
  }

  /** Members the calculation refused (for example no birth date). */
  public long refused() {
    return acc.refused;
  }

  /** The first refusals, masked. */
  public List<String> refusals() {
    return List.copyOf(acc.refusals);
  }

  public Side baseline() {
    return acc.baseline;
  }

  public Side reformed() {
    return acc.reform;
  }

  /** Reform budget minus baseline budget, cents. */
  public long budgetDifferenceCents() {
    return acc.reform.budget - acc.baseline.budget;
  }

  /** Persons paid more under the reform. */
  public long winners() {
    return acc.winners;
  }

  /** Σ of their gains, cents. */
  public long totalGainCents() {
    return acc.gain;
  }

  /** Persons paid less under the reform. */
  public long losers() {
    return acc.losers;
  }

  /** Σ of their losses (positive), cents. */
  public long totalLossCents() {
    return acc.loss;
  }

  /** Persons not paid before and paid under the reform. */
  public long newlyPaid() {
    return acc.newlyPaid;
  }

  /** Persons paid before and not under the reform. */
  public long noLongerPaid() {
    return acc.noLongerPaid;
  }

  /** Figures per wage band, in band order (see {@link WageBands#labels()}). */
  public List<Band> bands() {
    return List.of(acc.byBand);
  }

  /** Persons computed per bracket of the change of their total (see {@link #CHANGE_LABELS}). */
  public long[] personsByChange() {
    return acc.byChange.clone();
  }

  /** The member with the largest gain (ties: smallest INSZ). */
  public Optional<Example> largestGain() {
    return Optional.ofNullable(acc.bestWinner);
  }

  /** The member with the largest loss (ties: smallest INSZ). */
  public Optional<Example> largestLoss() {
    return Optional.ofNullable(acc.worstLoser);
  }

  @Override
  public String toString() {
    return "ReformComparison[" + reformDefinition.name() + ", " + acc.persons + " persons, difference "
        + budgetDifferenceCents() + " cents]";
  }
}
