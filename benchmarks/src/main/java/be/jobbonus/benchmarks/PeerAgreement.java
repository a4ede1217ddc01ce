package be.jobbonus.benchmarks;

import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.Arrays;

/**
 * Checks the peers against the reference on a synthetic sample before they are timed, and says
 * where they differ: {@code java -cp benchmarks.jar be.jobbonus.benchmarks.PeerAgreement [persons] [year]}.
 */
public final class PeerAgreement {

  /** Counts of people whose figures differ from the reference. */
  record Report(int persons, int kernelDiffers, int monetaBaseDiffers, int monetaTotalDiffers,
      int monetaQuartersDiffer, int dmnDiffers, int dmnTotalsDiffer, int dmnDiffersAtExactTie,
      String firstMonetaDifference, String firstDmnDifference) {
    @Override
    public String toString() {
      return "persons " + persons + ": kernel differs " + kernelDiffers
          + "; Moneta differs in base " + monetaBaseDiffers + ", total " + monetaTotalDiffers
          + ", quarters shown " + monetaQuartersDiffer + "; DMN differs " + dmnDiffers
          + " (in base/total/payable " + dmnTotalsDiffer + "; only in quarters shown where the"
          + " reference has equal remainders: " + dmnDiffersAtExactTie + ")"
          + (firstMonetaDifference == null ? "" : "\n  first Moneta difference: " + firstMonetaDifference)
          + (firstDmnDifference == null ? "" : "\n  first DMN difference: " + firstDmnDifference);
    }
  }

  private PeerAgreement() {}

  static Report check(ParameterSet set, int year, int persons, long seed, boolean withDmn) {
    BatchKernel kernel = BatchKernel.of(set, year);
    Workload w = Workload.generate(kernel, persons, seed, true);
    BatchOutput out = BatchOutput.forInput(w.batch);
    kernel.compute(w.batch, out);
    JobbonusCalculator reference = JobbonusCalculator.of(set);
    MonetaJobbonus moneta = new MonetaJobbonus(set);
    DmnJobbonus dmn = withDmn ? new DmnJobbonus(set) : null;
    int kernelDiffers = 0;
    int mBase = 0;
    int mTotal = 0;
    int mQuarters = 0;
    int dDiffers = 0;
    int dTotals = 0;
    int dTies = 0;
    String firstM = null;
    String firstD = null;
    for (int p = 0; p < persons; p++) {
      Workload.Row row = w.rows.get(p);
      JobbonusResult ref = reference.calculate(row.person(), year, row.quarters());
      long[] refQuarters = ref.quarters().stream().mapToLong(q -> q.amountCents()).toArray();
      long[] kQuarters = new long[refQuarters.length];
      for (int i = 0; i < kQuarters.length; i++) {
        kQuarters[i] = out.amountCents(w.batch.recordStart(p) + i);
      }
      if (ref.baseCents() != out.baseCents(p) || ref.totalCents() != out.totalCents(p)
          || ref.payable() != out.payable(p) || !Arrays.equals(refQuarters, kQuarters)) {
        kernelDiffers++;
      }
      MonetaJobbonus.Result m = moneta.calculate(row.person(), year, row.quarters());
      boolean differs = false;
      if (m.baseCents() != ref.baseCents()) {
        mBase++;
        differs = true;
      }
      if (m.totalCents() != ref.totalCents()) {
        mTotal++;
        differs = true;
      }
      if (!Arrays.equals(m.quarterCents(), refQuarters)) {
        mQuarters++;
        differs = true;
      }
      if (differs && firstM == null) {
        firstM = "person " + p + ": reference base " + ref.baseCents() + " (exact " + ref.exactBase(8)
            + " euro) quarters " + Arrays.toString(refQuarters) + "; Moneta base " + m.baseCents()
            + " quarters " + Arrays.toString(m.quarterCents());
      }
      if (dmn != null) {
        DmnJobbonus.Result d = dmn.calculate(row.person(), year, row.quarters());
        if (d.baseCents() != ref.baseCents() || d.totalCents() != ref.totalCents()
            || d.payable() != ref.payable() || !Arrays.equals(d.quarterCents(), refQuarters)) {
          dDiffers++;
          if (d.baseCents() != ref.baseCents() || d.totalCents() != ref.totalCents() || d.payable() != ref.payable()) {
            dTotals++;
            if (firstD == null || !firstD.contains("exact")) {
              firstD = "person " + p + ": reference base " + ref.baseCents() + " (exact " + ref.exactBase(30)
                  + " euro); DMN base " + d.baseCents();
            }
          } else if (equalRemainders(ref)) {
            dTies++;
          }
          if (firstD == null) {
            firstD = "person " + p + ": reference base " + ref.baseCents() + " quarters "
                + Arrays.toString(refQuarters) + "; DMN base " + d.baseCents() + " quarters "
                + Arrays.toString(d.quarterCents());
          }
        }
      }
    }
    return new Report(persons, kernelDiffers, mBase, mTotal, mQuarters, dDiffers, dTotals, dTies, firstM, firstD);
  }

  /** Whether two counted quarters of the reference result have exactly the same fraction of a cent. */
  static boolean equalRemainders(JobbonusResult ref) {
    java.util.List<java.math.BigDecimal> fractions = new java.util.ArrayList<>();
    for (var q : ref.quarters()) {
      if (q.counted()) {
        java.math.BigDecimal cents = q.exactAmount(40).movePointRight(2);
        fractions.add(cents.subtract(new java.math.BigDecimal(cents.toBigInteger())));
      }
    }
    for (int i = 0; i < fractions.size(); i++) {
      for (int j = i + 1; j < fractions.size(); j++) {
        if (fractions.get(i).compareTo(fractions.get(j)) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  public static void main(String[] args) {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int year = args.length > 1 ? Integer.parseInt(args[1]) : 2024;
    long t0 = System.nanoTime();
    System.out.println("official " + year + ": " + check(ParameterSets.official(), year, persons, 42, true));
    System.out.printf("(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
  }
}
