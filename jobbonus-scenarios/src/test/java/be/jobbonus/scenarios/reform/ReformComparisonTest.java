package be.jobbonus.scenarios.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.synthetic.WageBands;
import be.jobbonus.scenarios.Reform;
import be.jobbonus.scenarios.ScenarioFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReformComparisonTest {

  /** The reform of a file {@code reform.yaml} with this text, read as {@code --reform} reads it. */
  static Reform reform(String yaml) {
    try {
      Path dir = Files.createTempDirectory("reform");
      Path file = Files.writeString(dir.resolve("reform.yaml"), yaml);
      try {
        return ScenarioFiles.readReform(file, ParameterSets.official());
      } finally {
        Files.delete(file);
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final Reform RAISE = reform("name: raise\nparameters:\n  periods[2024-01-01].upperLimit: \"3499.99\"\n");
  static final Reform TRADE = reform("name: trade\nparameters:\n  periods[2024-01-01].maxAmount: \"600.00\"\n"
      + "  referenceYears[2024].fixedIncrease: \"100.00\"\n");

  @Test
  void aReformThatChangesNothingGivesZeroDifference() {
    Reform same = reform("name: same\nparameters:\n  periods[2024-01-01].upperLimit: \"3099.99\"\n"
        + "  interpretation.rounding: ANNUAL_ONCE\n");
    for (Reform r : List.of(Reform.none(ParameterSets.official()), same)) {
      ReformComparison c = ReformComparison.run(QuarterPopulation.of(2024, 3_000, 11), r);
      assertEquals(0, c.budgetDifferenceCents());
      assertEquals(0, c.winners());
      assertEquals(0, c.losers());
      assertEquals(c.baseline().beneficiaries(), c.reformed().beneficiaries());
      assertTrue(c.baseline().budgetCents() > 0);
      c.bands().forEach(b -> assertEquals(0, b.differenceCents()));
      assertTrue(c.largestGain().isEmpty() && c.largestLoss().isEmpty());
      assertEquals(3_000, c.personsByChange()[4]);
    }
  }

  @Test
  void theBudgetIsTheSumOfEachPersonsTotalComputedDirectly() {
    QuarterPopulation pop = QuarterPopulation.of(2024, 400, 3);
    ReformComparison c = ReformComparison.run(pop, TRADE);
    JobbonusCalculator official = JobbonusCalculator.official();
    JobbonusCalculator reformed = JobbonusCalculator.of(TRADE.reformed());
    long base = 0;
    long ref = 0;
    long paid = 0;
    for (PersonYear m : pop.members().collect(Collectors.toList())) {
      JobbonusResult b = official.calculate(m.person(), 2024, m.quarters(ParameterSets.official()));
      base += b.totalCents();
      ref += reformed.calculate(m.person(), 2024, m.quarters(ParameterSets.official())).totalCents();
      paid += b.payable() ? 1 : 0;
    }
    assertEquals(base, c.baseline().budgetCents());
    assertEquals(ref, c.reformed().budgetCents());
    assertEquals(paid, c.baseline().beneficiaries());
    assertEquals(400, c.persons());
  }

  @Test
  void raisingTheUpperLimitMakesWinnersOnlyAboveTheOldLimitOrOnTheLine() {
    ReformComparison c = ReformComparison.run(QuarterPopulation.of(2024, 3_000, 5), RAISE);
    assertEquals(0, c.losers());
    assertTrue(c.winners() > 0);
    assertTrue(c.newlyPaid() > 0);
    assertEquals(c.totalGainCents(), c.budgetDifferenceCents());
    List<String> labels = c.wageBands().labels();
    for (int i = 0; i < labels.size(); i++) {
      if (i <= 3) { // no work, < 1,500, 1,500-1,749.99, 1,750-1,999.99: at or below OG, A = Jmax either way
        assertEquals(0, c.bands().get(i).winners(), labels.get(i));
      }
    }
  }

  @Test
  void gainsMinusLossesIsTheBudgetDifferenceAndParallelEqualsSequential() {
    qt().withExamples(4).withShrinkCycles(0)
        .forAll(longs().between(0, 1_000_000), integers().between(0, 600))
        .checkAssert((seed, size) -> {
          QuarterPopulation pop = QuarterPopulation.of(2024, size, seed);
          ReformComparison p = ReformComparison.run(pop, TRADE, WageBands.standard(), true);
          ReformComparison s = ReformComparison.run(pop, TRADE, WageBands.standard(), false);
          assertEquals(p.totalGainCents() - p.totalLossCents(), p.budgetDifferenceCents());
          assertEquals(s.budgetDifferenceCents(), p.budgetDifferenceCents());
          assertEquals(s.winners(), p.winners());
          assertEquals(ReformReport.of(s).toMarkdown(), ReformReport.of(p).toMarkdown());
          long[] byChange = p.personsByChange();
          assertEquals(p.losers(), byChange[0] + byChange[1] + byChange[2] + byChange[3]);
          assertEquals(p.winners(), byChange[5] + byChange[6] + byChange[7] + byChange[8]);
          assertEquals(size - p.winners() - p.losers(), byChange[4]);
          long bandPersons = p.bands().stream().mapToLong(ReformComparison.Band::persons).sum();
          assertEquals(size.longValue(), bandPersons);
        });
  }

  @Test
  void theSyntheticPopulationIsTheSameForTheSameSeed() {
    QuarterPopulation a = QuarterPopulation.of(2022, 50, 9);
    QuarterPopulation b = QuarterPopulation.of(2022, 50, 9);
    assertEquals(a.members().map(m -> m.person().insz().digits() + m.quarters(ParameterSets.official())).collect(Collectors.toList()),
        b.members().map(m -> m.person().insz().digits() + m.quarters(ParameterSets.official())).collect(Collectors.toList()));
    assertEquals(a.member(7).quarters(ParameterSets.official()).stream().map(q -> q.wageCents()).collect(Collectors.toList()),
        b.member(7).quarters(ParameterSets.official()).stream().map(q -> q.wageCents()).collect(Collectors.toList()));
  }

  @Test
  void theReformFilesOfTheRepositoryAreValid() throws Exception {
    Path dir = Files.isDirectory(Path.of("reforms")) ? Path.of("reforms") : Path.of("../reforms");
    List<Path> files = ScenarioFiles.list(dir);
    assertTrue(files.size() >= 2, "reform examples in " + dir.toAbsolutePath());
    for (Path f : files) {
      Reform r = ScenarioFiles.readReform(f, ParameterSets.official());
      assertTrue(!r.changes().isEmpty(), f.toString());
      r.changes().forEach(ch -> assertTrue(!ch.before().equals(ch.after()), f + ": " + ch));
    }
  }

  @Test
  void changeBracketsIncludeTheirUpperEdge() {
    assertEquals(0, ReformComparison.changeBracket(-10_001));
    assertEquals(0, ReformComparison.changeBracket(-10_000 - 0));
    assertEquals(1, ReformComparison.changeBracket(-9_999));
    assertEquals(3, ReformComparison.changeBracket(-1));
    assertEquals(4, ReformComparison.changeBracket(0));
    assertEquals(5, ReformComparison.changeBracket(1));
    assertEquals(5, ReformComparison.changeBracket(1_000));
    assertEquals(6, ReformComparison.changeBracket(1_001));
    assertEquals(8, ReformComparison.changeBracket(10_001));
    assertEquals("33.3 %", ReformReport.percent(1, 3));
    assertEquals("66.7 %", ReformReport.percent(2, 3));
  }

  @Test
  void wageBandsUseTheFullTimeEquivalentExactly() {
    WageBands w = WageBands.standard();
    be.jobbonus.core.YearQuarter q1 = be.jobbonus.core.YearQuarter.of(2024, 1);
    // 1,000.00 a month at 0.4 = 2,500.00 FTE: exactly the lower edge of band 1,500 + 4 x 250
    var at = be.jobbonus.core.QuarterInput.of(q1, 300_000, "0.4", be.jobbonus.core.Regime.PART_TIME);
    assertEquals("2,500.00 - 2,749.99", w.labels().get(w.bandOf(List.of(at))));
    var below = be.jobbonus.core.QuarterInput.of(q1, 299_999, "0.4", be.jobbonus.core.Regime.PART_TIME);
    assertEquals("2,250.00 - 2,499.99", w.labels().get(w.bandOf(List.of(below))));
    assertEquals("no work", w.labels().get(w.bandOf(List.of())));
  }

  @Test
  void dmfaMembersAreDerivedUnderEachParameterSet() {
    be.jobbonus.core.Insz insz =
        be.jobbonus.fixtures.synthetic.SyntheticPopulation.insz(java.time.LocalDate.of(1985, 7, 30), 1);
    be.jobbonus.core.Person person = be.jobbonus.core.Person.of(insz, "", "", be.jobbonus.core.Statuut.EMPLOYEE,
        be.jobbonus.core.Region.FLEMISH_REGION);
    // part-time, 249.47 h of a 38 h reference week: µ = 0.505 exactly
    var line = be.jobbonus.core.dmfa.OccupationLine.of(insz, be.jobbonus.core.YearQuarter.of(2024, 1), "0123456749",
        495, be.jobbonus.core.Regime.PART_TIME, 500, 1900, 3800,
        List.of(be.jobbonus.core.dmfa.Service.of(1, 3250, 24947)),
        List.of(be.jobbonus.core.dmfa.Remuneration.of(1, 300_000)));
    PersonYear member = PersonYear.ofDmfa(person, List.of(line));
    Population one = new Population() {
      @Override
      public int referenceYear() {
        return 2024;
      }

      @Override
      public String description() {
        return "one DmfA member";
      }

      @Override
      public java.util.stream.Stream<PersonYear> members() {
        return java.util.stream.Stream.of(member);
      }
    };
    ReformComparison c = ReformComparison.run(one, reform("name: r\nparameters:\n  interpretation.workFractionScale: 4\n"));
    // 162.50 x 0.51 = 82.875 -> 82.88 officially; 162.50 x 0.505 = 82.0625 -> 82.06 with 4 decimals
    assertEquals(8288 + 5000, c.baseline().budgetCents());
    assertEquals(8206 + 5000, c.reformed().budgetCents());
    assertEquals(1, c.losers());
    assertEquals(-82, c.budgetDifferenceCents());
  }
}
