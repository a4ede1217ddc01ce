package be.jobbonus.core.dmfa;

import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.Insz;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.ParameterSets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of the derivation over random full-time and part-time lines of one quarter. */
class DerivationPropertiesTest {

  static final Insz INSZ = Insz.parse("85073003328");
  static final DmfaDerivation D = DmfaDerivation.of(ParameterSets.official());
  static final YearQuarter Q = YearQuarter.parse("2024Q2");

  static Gen<OccupationLine> line() {
    Gen<Integer> employer = SourceDSL.integers().between(0, 3);
    Gen<Boolean> fullTime = SourceDSL.booleans().all();
    Gen<Integer> days = SourceDSL.integers().between(1, 4500); // a counted service has days >= 1
    Gen<Integer> hoursPerDay = SourceDSL.integers().between(100, 1000);
    Gen<Integer> perWeek = SourceDSL.integers().between(100, 700);
    Gen<Integer> ref = SourceDSL.integers().between(3000, 4000);
    Gen<Long> wage = SourceDSL.longs().between(0, 2_000_000);
    return employer.zip(fullTime, days, hoursPerDay, (e, f, d, h) -> new int[] {e, f ? 1 : 0, d, h})
        .zip(perWeek, ref, wage, (a, w, s, m) -> OccupationLine.of(INSZ, Q, "012345674" + a[0], 495,
            a[1] == 1 ? Regime.FULL_TIME : Regime.PART_TIME, w, s / 2, s,
            List.of(Service.of(1, a[2], (int) ((long) a[2] * a[3] / 100)), Service.of(50, 100, 800)),
            List.of(Remuneration.of(1, m), Remuneration.of(2, 5000))));
  }

  static Gen<List<OccupationLine>> lines() {
    return SourceDSL.lists().of(line()).ofSizeBetween(1, 4);
  }

  /** The same rule written differently: high-precision decimals instead of exact fractions. */
  static BigDecimal expected(List<OccupationLine> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    MathContext mc = new MathContext(60);
    for (OccupationLine l : lines) {
      long n = l.contract() == Regime.FULL_TIME ? l.services().get(0).days() : l.services().get(0).hours();
      long d = 13L * (l.contract() == Regime.FULL_TIME ? l.daysPerWeek() : l.refMeanWorkingHours());
      if (n > 0) {
        sum = sum.add(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), mc));
      }
    }
    // a 60-digit quotient can sit a hair below an exact .xx5: nudge before rounding
    return sum.min(BigDecimal.ONE).add(new BigDecimal("1e-40")).setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void workFractionIsCappedRoundedSumAndOrderFree() {
    qt().withExamples(400).forAll(lines()).checkAssert(ls -> {
      QuarterInput q = D.derive(ls).inputs().get(0);
      org.junit.jupiter.api.Assertions.assertEquals(0, expected(ls).compareTo(q.workFraction()),
          () -> "µ " + q.workFraction() + " expected " + expected(ls));
      long wage = ls.stream().mapToLong(l -> l.remunerations().get(0).amountCents()).sum();
      org.junit.jupiter.api.Assertions.assertEquals(wage, q.wageCents());
      List<OccupationLine> reversed = new ArrayList<>(ls);
      Collections.reverse(reversed);
      org.junit.jupiter.api.Assertions.assertEquals(q, D.derive(reversed).inputs().get(0));
    });
  }
}
