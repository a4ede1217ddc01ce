/**
 * The analysts' side: scenario files of cases with expected results ({@code be.jobbonus.scenarios}),
 * reforms compared over a population with budget totals, a report and charts ({@code
 * be.jobbonus.scenarios.reform}), and the Flanders model's calibration check and amount chart
 * ({@code be.jobbonus.scenarios.population}).
 */
module be.jobbonus.scenarios {
  requires transitive be.jobbonus.core;
  requires transitive be.jobbonus.io;
  requires transitive be.jobbonus.fixtures;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.jfree.jfreechart;
  requires java.desktop;

  exports be.jobbonus.scenarios;
  exports be.jobbonus.scenarios.reform;
  exports be.jobbonus.scenarios.population;
  exports be.jobbonus.scenarios.recalculation;
}
