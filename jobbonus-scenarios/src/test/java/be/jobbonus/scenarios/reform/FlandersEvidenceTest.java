package be.jobbonus.scenarios.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.flanders.FlandersPopulation;
import be.jobbonus.fixtures.synthetic.WageBands;
import be.jobbonus.scenarios.Reform;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The report on the Flanders population says what it stands on; a report without reform computes once. */
class FlandersEvidenceTest {

  @Test
  void evidenceGivesTheCalibrationErrorOfThePublishedYears() {
    String e = FlandersDmfaPopulation.of(FlandersPopulation.load(), 2024, 7).evidence();
    assertTrue(e.contains("| 2021 | persons paid |"), e);
    assertTrue(e.contains("| 2022 | average paid (euro) |"), e);
    assertTrue(e.contains("figures, each with its source and status"), e);
  }

  @Test
  void withoutAReformEachMemberIsComputedOnceAndNothingChanges() {
    QuarterPopulation pop = QuarterPopulation.of(2024, 5_000, 3);
    AtomicLong done = new AtomicLong();
    ReformComparison c = ReformComparison.run(pop, Reform.none(ParameterSets.official()), WageBands.standard(), 2, done::set);
    assertEquals(5_000, done.get());
    assertEquals(0, c.winners() + c.losers());
    assertEquals(c.baseline().budgetCents(), c.reformed().budgetCents());
    assertTrue(c.baseline().beneficiaries() > 0);
  }
}
