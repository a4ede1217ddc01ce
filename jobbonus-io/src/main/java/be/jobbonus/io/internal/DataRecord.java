package be.jobbonus.io.internal;

import be.jobbonus.io.Reject;

/**
 * One record of a per-quarter input file ({@code quarters.csv} or {@code dmfa.jsonl}): either a
 * value or a reject.
 *
 * @param line 1-based line number
 * @param insz the INSZ's 11 digits when they could be read and are valid, else {@code null}
 * @param value the parsed record, {@code null} when rejected
 * @param reject why it is refused, {@code null} when it is usable
 */
public record DataRecord<T>(long line, String insz, T value, Reject reject) {
  public boolean ok() {
    return reject == null;
  }
}
