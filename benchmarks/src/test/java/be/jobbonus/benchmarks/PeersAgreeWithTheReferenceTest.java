package be.jobbonus.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.parameters.ParameterSets;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The peers are checked before they are timed: the DMN engine gives the reference's base and total
 * except where the exact base is a half cent (its 34-digit decimals fall just below it), the
 * Moneta version except at those ties (half-even, or its 256-digit decimals just below); the
 * kernel everywhere.
 */
class PeersAgreeWithTheReferenceTest {

  /** Whether the exact annual base lies exactly on a half cent. */
  static boolean halfCentTie(JobbonusResult ref) {
    BigDecimal cents = ref.exactBase(40).movePointRight(2);
    BigDecimal fraction = cents.subtract(new BigDecimal(cents.toBigInteger()));
    return fraction.compareTo(new BigDecimal("0.5")) == 0;
  }

  @Test
  void peersDifferOnlyWhereTheirArithmeticExplainsIt() {
    int year = 2024;
    BatchKernel kernel = BatchKernel.of(ParameterSets.official(), year);
    Workload w = Workload.generate(kernel, 1_500, 99, true);
    BatchOutput out = BatchOutput.forInput(w.batch);
    kernel.compute(w.batch, out);
    JobbonusCalculator reference = JobbonusCalculator.official();
    MonetaJobbonus moneta = new MonetaJobbonus(ParameterSets.official());
    DmnJobbonus dmn = new DmnJobbonus(ParameterSets.official());
    int ties = 0;
    int monetaDiffers = 0;
    for (int p = 0; p < w.rows.size(); p++) {
      Workload.Row row = w.rows.get(p);
      JobbonusResult ref = reference.calculate(row.person(), year, row.quarters());
      assertEquals(ref.totalCents(), out.totalCents(p), "kernel, person " + p);
      boolean tie = halfCentTie(ref);
      ties += tie ? 1 : 0;
      DmnJobbonus.Result d = dmn.calculate(row.person(), year, row.quarters());
      if (!tie) {
        assertEquals(ref.baseCents(), d.baseCents(), "DMN base, person " + p);
        assertEquals(ref.totalCents(), d.totalCents(), "DMN total, person " + p);
      } else {
        assertTrue(d.baseCents() == ref.baseCents() || d.baseCents() == ref.baseCents() - 1, "DMN at a tie, person " + p);
      }
      MonetaJobbonus.Result m = moneta.calculate(row.person(), year, row.quarters());
      if (!tie) {
        assertEquals(ref.baseCents(), m.baseCents(), "Moneta base, person " + p);
      } else if (m.baseCents() != ref.baseCents()) {
        monetaDiffers++;
        // half-even to the even cent, or the 256-digit quotients of W / 3 / µ just below the half cent
        assertEquals(ref.baseCents() - 1, m.baseCents(), "Moneta at a tie, person " + p);
      }
      long shown = Arrays.stream(m.quarterCents()).sum();
      assertTrue(Math.abs(shown - m.baseCents()) <= row.quarters().size(), "Moneta quarters near the base, person " + p);
    }
    assertTrue(ties > 0, "half-cent ties in the sample: " + ties);
    assertTrue(monetaDiffers > 0, "Moneta differences at ties: " + monetaDiffers);
  }
}
