/**
 * The files of jobbonus: the {@code calculate}, {@code explain} and {@code notify} runs over
 * {@code persons.csv}, {@code dmfa.jsonl}, {@code quarters.csv} and DmfA XML declarations, and the
 * reader of one DmfA XML declaration as values ({@link be.jobbonus.io.DmfaDeclaration}). Only
 * {@code be.jobbonus.io} is API; the readers, writers and runs behind it ({@code
 * be.jobbonus.io.internal…}) are exported to the project's own modules only.
 */
module be.jobbonus.io {
  requires transitive be.jobbonus.core;
  requires transitive be.jobbonus.rules;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires java.xml;
  requires org.codehaus.stax2;
  requires com.ctc.wstx;

  exports be.jobbonus.io;
  // The formats' readers and writers, the file runs and their building blocks: mutable, for the
  // project's own command line, populations, scenarios and benchmarks; not part of the API.
  exports be.jobbonus.io.internal
      to be.jobbonus.fixtures, be.jobbonus.scenarios, be.jobbonus.notice, be.jobbonus.cli, be.jobbonus.benchmarks;
  exports be.jobbonus.io.internal.xml
      to be.jobbonus.fixtures, be.jobbonus.scenarios, be.jobbonus.cli, be.jobbonus.benchmarks;
}
