package be.jobbonus.io.internal;

import be.jobbonus.io.RunCounts;

/**
 * What a file run did so far, record by record and person by person: the figures of {@link
 * RunCounts} while they are being counted (a chunk of an XML run counts its own, added up in order).
 * Not thread-safe.
 */
final class Tally {

  /** Persons computed (their line in {@code results.jsonl}). */
  long personsInResults;
  /** Persons of the persons file refused because of their data (the persons reader counts its own). */
  long personsRejected;
  /** Records of the per-quarter file or the declarations (non-blank lines after the header; occupations). */
  long dataRead;
  /** Records that are part of a computed person. */
  long dataInResults;
  /** Records refused. */
  long dataRejected;
  /** Computed persons with an amount to pay, and the amounts' total. */
  long payable;
  long totalCents;

  void add(Tally other) {
    personsInResults += other.personsInResults;
    personsRejected += other.personsRejected;
    dataRead += other.dataRead;
    dataInResults += other.dataInResults;
    dataRejected += other.dataRejected;
    payable += other.payable;
    totalCents += other.totalCents;
  }

  /** The run's counts: these with the persons file's own. */
  RunCounts counts(String personsName, Persons people, String dataName, boolean grouped) {
    return new RunCounts(personsName, people.read(), personsInResults, people.rejected() + personsRejected, dataName,
        dataRead, dataInResults, dataRejected, payable, totalCents, grouped);
  }
}
