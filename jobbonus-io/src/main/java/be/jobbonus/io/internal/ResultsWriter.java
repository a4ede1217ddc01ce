package be.jobbonus.io.internal;

import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchOutput;

/**
 * A results format's one writer: each computed person of a chunk, from the engine's columns, in
 * the order given ({@link ResultsJson} for {@code results.jsonl}, the contract; {@link ResultsCsv}
 * for a table of one row per person). Not thread-safe: one per chunk.
 */
public interface ResultsWriter {

  /**
   * Writes the result of person {@code p} of a computed batch, who is person {@code i} of {@code
   * persons}, with the statutory pension age {@code pensionAge} of their birth year.
   */
  void write(Persons persons, int i, int pensionAge, BatchInput in, BatchOutput o, int p);

  /** Writes what is buffered to the stream (does not close it). */
  void flush();
}
