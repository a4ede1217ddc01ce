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
  /** Computed persons with a postal code; per Flemish province (ordinal): persons, payable, amounts' total. */
  long withPostalCode;
  final long[] provincePersons = new long[PROVINCES];
  final long[] provincePayable = new long[PROVINCES];
  final long[] provinceCents = new long[PROVINCES];

  static final int PROVINCES = be.jobbonus.core.Region.Province.values().length;

  /** Counts a computed person of the persons file by the province of their residence, if known. */
  void place(Persons people, int i, boolean payable, long totalCents) {
    if (!people.hasPostalCode(i)) {
      return;
    }
    withPostalCode++;
    people.province(i).ifPresent(v -> {
      provincePersons[v.ordinal()]++;
      if (payable) {
        provincePayable[v.ordinal()]++;
        provinceCents[v.ordinal()] += totalCents;
      }
    });
  }

  /**
   * The persons computed per province: {persons, payable, total cents} for each province in
   * {@link be.jobbonus.core.Region.Province} order, then the persons with a postal code.
   */
  long[] byProvince() {
    long[] out = new long[3 * PROVINCES + 1];
    for (int i = 0; i < PROVINCES; i++) {
      out[3 * i] = provincePersons[i];
      out[3 * i + 1] = provincePayable[i];
      out[3 * i + 2] = provinceCents[i];
    }
    out[3 * PROVINCES] = withPostalCode;
    return out;
  }

  void add(Tally other) {
    personsInResults += other.personsInResults;
    personsRejected += other.personsRejected;
    dataRead += other.dataRead;
    dataInResults += other.dataInResults;
    dataRejected += other.dataRejected;
    payable += other.payable;
    totalCents += other.totalCents;
    withPostalCode += other.withPostalCode;
    for (int i = 0; i < PROVINCES; i++) {
      provincePersons[i] += other.provincePersons[i];
      provincePayable[i] += other.provincePayable[i];
      provinceCents[i] += other.provinceCents[i];
    }
  }

  /** The run's counts: these with the persons file's own. */
  RunCounts counts(String personsName, Persons people, String dataName, boolean grouped) {
    return new RunCounts(personsName, people.read(), personsInResults, people.rejected() + personsRejected, dataName,
        dataRead, dataInResults, dataRejected, payable, totalCents, grouped);
  }
}
