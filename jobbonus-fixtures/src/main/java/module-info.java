/**
 * Populations of Flemish wage earners for tests, benchmarks and analysts: seeded synthetic
 * populations ({@code be.jobbonus.fixtures.synthetic}) and the Flanders model calibrated on
 * published figures ({@code be.jobbonus.fixtures.flanders}), as DmfA lines or files.
 */
module be.jobbonus.fixtures {
  requires transitive be.jobbonus.core;
  requires be.jobbonus.io;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports be.jobbonus.fixtures.synthetic;
  exports be.jobbonus.fixtures.flanders;
  // The simulation runs over batches of workers and their summaries: mutable building blocks of the
  // project's command line, scenarios and benchmarks, not part of the API.
  exports be.jobbonus.fixtures.internal to be.jobbonus.scenarios, be.jobbonus.cli, be.jobbonus.benchmarks;
}
