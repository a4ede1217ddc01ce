package be.jobbonus.scenarios.reform;

import be.jobbonus.core.Region;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.fixtures.internal.BatchBands;
import be.jobbonus.fixtures.synthetic.WageBands;
import be.jobbonus.fixtures.internal.WorkerBatch;
import be.jobbonus.scenarios.Reform;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Baseline and reform computed on the same population, person by person, on the one path of a
 * simulation (the DmfA derivation, then the engine in columns; the two examples explained by the
 * reference calculator): beneficiaries, budget, average amount, winners and losers and by how much, amounts
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

    void add(BatchOutput o, int p) {
      if (o.payable(p)) {
        beneficiaries++;
        budget = Math.addExact(budget, o.totalCents(p));
        baseSum = Math.addExact(baseSum, o.baseCents(p));
        fixedSum = Math.addExact(fixedSum, o.fixedIncreaseCents(p));
        int bin = (int) Math.min(AMOUNT_BINS - 1, (o.totalCents(p) - 1) / AMOUNT_BIN_CENTS);
        amountBins[bin]++;
      } else if (o.eligible(p)) {
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
    long gain;
    long loss;

    /** Adds a member computed as person {@code p} of the baseline's and {@code r} of the reform's output. */
    void add(BatchOutput bout, int p, BatchOutput rout, int r) {
      persons++;
      long b = bout.totalCents(p);
      long d = rout.totalCents(r) - b;
      if (bout.payable(p)) {
        baselineBeneficiaries++;
        baselineBudget += b;
      }
      if (rout.payable(r)) {
        reformBeneficiaries++;
        reformBudget += rout.totalCents(r);
      }
      if (d > 0) {
        winners++;
        gain += d;
      } else if (d < 0) {
        losers++;
        loss -= d;
      }
    }

    void merge(Band o) {
      gain += o.gain;
      loss += o.loss;
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

    /** Σ of the winners' gains, cents. */
    public long gainCents() {
      return gain;
    }

    /** Σ of the losers' losses (positive), cents. */
    public long lossCents() {
      return loss;
    }
  }

  private static final Region.Province[] PROVINCES = Region.Province.values();

  /** A member with the largest gain or loss, kept to explain it. */
  public record Example(PersonYear member, JobbonusResult baseline, JobbonusResult reform) {
    public long differenceCents() {
      return reform.totalCents() - baseline.totalCents();
    }
  }

  /** A member with a gain or loss, explained only if it stays the largest. */
  record Candidate(PersonYear member, long differenceCents) {}

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
    final Band[] byProvince = newBands(PROVINCES.length);
    final java.util.TreeMap<String, Band> bySegment = new java.util.TreeMap<>();
    final long[] byChange = new long[CHANGE_EDGES.length + 1];
    Candidate bestWinner;
    Candidate worstLoser;

    Acc(WageBands bands) {
      this.bands = bands;
      byBand = newBands(bands.size());
    }

    static Band[] newBands(int n) {
      Band[] b = new Band[n];
      for (int i = 0; i < n; i++) {
        b[i] = new Band();
      }
      return b;
    }

    void refused(PersonYear m, String why) {
      persons++;
      refused++;
      if (refusals.size() < 10) {
        refusals.add(m.person().insz().masked() + ": " + why);
      }
    }

    /** Adds a member computed as person {@code p} of the baseline's and {@code r} of the reform's batch. */
    void add(PersonYear m, BatchInput bin, BatchOutput bout, int p, BatchOutput rout, int r) {
      persons++;
      baseline.add(bout, p);
      reform.add(rout, r);
      long b = bout.totalCents(p);
      long d = rout.totalCents(r) - b;
      byChange[changeBracket(d)]++;
      Band band = byBand[BatchBands.bandOf(bands, bin, p)];
      band.add(bout, p, rout, r);
      m.person().province().ifPresent(v -> byProvince[v.ordinal()].add(bout, p, rout, r));
      m.segment().ifPresent(sg -> bySegment.computeIfAbsent(sg, k -> new Band()).add(bout, p, rout, r));
      if (d > 0) {
        winners++;
        gain += d;
        bestWinner = better(bestWinner, new Candidate(m, d), true);
      } else if (d < 0) {
        losers++;
        loss -= d;
        worstLoser = better(worstLoser, new Candidate(m, d), false);
      }
      if (!bout.payable(p) && rout.payable(r)) {
        newlyPaid++;
      }
      if (bout.payable(p) && !rout.payable(r)) {
        noLongerPaid++;
      }
    }

    /** The larger gain (or loss); ties go to the smaller INSZ, so the choice does not depend on order. */
    static Candidate better(Candidate current, Candidate candidate, boolean gain) {
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
      for (int i = 0; i < byProvince.length; i++) {
        byProvince[i].merge(o.byProvince[i]);
      }
      o.bySegment.forEach((k, v) -> bySegment.computeIfAbsent(k, x -> new Band()).merge(v));
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
  private String populationEvidence = "";
  private final int referenceYear;
  private final Reform reformDefinition;
  private final Acc acc;
  private Example bestWinner;
  private Example worstLoser;

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
    return run(population, reform, bands, parallel ? Runtime.getRuntime().availableProcessors() : 1, done -> { });
  }

  /**
   * Computes every member under the baseline and under the reform, in batches through the one path
   * of a simulation ({@link WorkerBatch}: the DmfA derivation under each set, then the engine in
   * columns); without a reform ({@link Reform#none}) each member is computed once. The result does
   * not depend on {@code threads}.
   *
   * @param progress told the number of members done after each batch (on the calling thread)
   */
  public static ReformComparison run(Population population, Reform reform, WageBands bands, int threads,
      LongConsumer progress) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(reform, "reform");
    int year = population.referenceYear();
    reform.baseline().requireYear(year);
    reform.reformed().requireYear(year);
    boolean same = reform.reformed() == reform.baseline();
    Acc acc;
    try (Stream<PersonYear> members = population.members()) { // closed: a file read ahead stops on a failure
      acc = MemberBatches.run(members.iterator(), threads, batch -> batch(batch, reform, same, year, bands),
          Acc::merge, () -> new Acc(bands), progress);
    }
    ReformComparison c = new ReformComparison(population.description(), year, reform, acc);
    c.populationEvidence = population.evidence();
    c.bestWinner = example(acc.bestWinner, reform, year);
    c.worstLoser = example(acc.worstLoser, reform, year);
    return c;
  }

  private static Acc batch(List<PersonYear> batch, Reform reform, boolean same, int year, WageBands bands) {
    Acc acc = new Acc(bands);
    Computed base = Computed.of(batch, reform.baseline(), year);
    Computed ref = same ? base : Computed.of(batch, reform.reformed(), year);
    for (int i = 0; i < batch.size(); i++) {
      if (base.why[i] != null) {
        acc.refused(batch.get(i), base.why[i]);
      } else if (ref.why[i] != null) {
        acc.refused(batch.get(i), ref.why[i]);
      } else {
        acc.add(batch.get(i), base.in, base.out, base.index[i], ref.out, ref.index[i]);
      }
    }
    return acc;
  }

  /** One batch computed under one parameter set: per member its person index, or why it was refused. */
  private static final class Computed {
    final int[] index;
    final String[] why;
    BatchInput in;
    BatchOutput out;

    private Computed(int n) {
      index = new int[n];
      why = new String[n];
    }

    static Computed of(List<PersonYear> batch, ParameterSet set, int year) {
      Computed c = new Computed(batch.size());
      new WorkerBatch(set, year).compute(batch, new WorkerBatch.Sink<PersonYear>() {
        @Override
        public void computed(PersonYear m, int slot, BatchInput in, BatchOutput out, int p, int unmet) {
          c.index[slot] = p;
          c.in = in;
          c.out = out;
        }

        @Override
        public void refused(PersonYear m, int slot, InvalidOccupationLineException why) {
          c.why[slot] = why.getMessage();
        }
      });
      return c;
    }
  }

  /** The candidate's results with their explanation (the reference calculator, for one person). */
  private static Example example(Candidate c, Reform reform, int year) {
    if (c == null) {
      return null;
    }
    PersonYear m = c.member();
    return new Example(m, JobbonusCalculator.of(reform.baseline()).calculate(m.person(), year, m.quarters(reform.baseline())),
        JobbonusCalculator.of(reform.reformed()).calculate(m.person(), year, m.quarters(reform.reformed())));
  }

  /** What the population stands on ({@link Population#evidence()}), Markdown. */
  public String populationEvidence() {
    return populationEvidence;
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

  /**
   * Figures per Flemish province of residence (from the members' postal codes), for each province
   * with at least one member, in {@link Region.Province} order; empty when no member has one.
   */
  public java.util.Map<Region.Province, Band> byProvince() {
    java.util.Map<Region.Province, Band> out = new java.util.EnumMap<>(Region.Province.class);
    for (Region.Province p : PROVINCES) {
      if (acc.byProvince[p.ordinal()].persons > 0) {
        out.put(p, acc.byProvince[p.ordinal()]);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Figures per segment of the population model (members with a segment only), by segment name; empty without. */
  public java.util.SortedMap<String, Band> bySegment() {
    return java.util.Collections.unmodifiableSortedMap(acc.bySegment);
  }

  /** Persons computed per bracket of the change of their total (see {@link #CHANGE_LABELS}). */
  public long[] personsByChange() {
    return acc.byChange.clone();
  }

  /** The member with the largest gain (ties: smallest INSZ). */
  public Optional<Example> largestGain() {
    return Optional.ofNullable(bestWinner);
  }

  /** The member with the largest loss (ties: smallest INSZ). */
  public Optional<Example> largestLoss() {
    return Optional.ofNullable(worstLoser);
  }

  @Override
  public String toString() {
    return "ReformComparison[" + reformDefinition.name() + ", " + acc.persons + " persons, difference "
        + budgetDifferenceCents() + " cents]";
  }
}
