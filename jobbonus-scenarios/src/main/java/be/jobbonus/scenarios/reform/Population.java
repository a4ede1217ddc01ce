package be.jobbonus.scenarios.reform;

import java.util.stream.Stream;

/**
 * A population to simulate: people with the quarters of one reference year. Streamed, never held
 * in memory as a whole; the same population must give the same members in the same order every
 * time (a seeded generator, or a file).
 */
public interface Population {

  /** The reference year of every member's quarters. */
  int referenceYear();

  /** Words for the report, as in {@code synthetic, 10,000 workers, seed 7}. */
  String description();

  /**
   * What the population stands on, for the report (Markdown, one or more paragraphs): where it
   * comes from and how far it is from published figures, if it was calibrated on any.
   */
  default String evidence() {
    return "";
  }

  /** The members, in a fixed order; may be consumed in parallel. */
  Stream<PersonYear> members();
}
