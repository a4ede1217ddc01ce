package be.jobbonus.io;

import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.dmfa.Derivation;
import java.util.List;
import java.util.Optional;

/**
 * What became of one person's records: a result (with the DmfA derivation when the input was
 * DmfA lines), or the rejects of every record.
 */
public final class Outcome {
  private final JobbonusResult result;
  private final Derivation derivation;
  private final List<Reject> rejects;
  private final List<Long> lines;
  private final List<String> places;

  private Outcome(JobbonusResult result, Derivation derivation, List<Reject> rejects, List<Long> lines,
      List<String> places) {
    this.result = result;
    this.derivation = derivation;
    this.rejects = List.copyOf(rejects);
    this.lines = List.copyOf(lines);
    this.places = List.copyOf(places);
  }

  /** A computed person: the result, the derivation (or null) and where their records stand. */
  public static Outcome computed(JobbonusResult result, Derivation derivation, List<Long> lines, List<String> places) {
    return new Outcome(result, derivation, List.of(), lines, places);
  }

  /** A person refused whole: one reject per record. */
  public static Outcome rejected(List<Reject> rejects) {
    return new Outcome(null, null, rejects, List.of(), List.of());
  }

  /**
   * Where each of the person's records stands, in the order given to the derivation: {@code
   * dmfa.jsonl line 3}, or for DmfA XML the declaration's file and line.
   */
  public List<String> places() {
    return places;
  }

  /** The file line numbers of the person's records, in the order given to the derivation. */
  public List<Long> lines() {
    return lines;
  }

  public boolean computed() {
    return result != null;
  }

  public Optional<JobbonusResult> result() {
    return Optional.ofNullable(result);
  }

  /** Present when the quarters were derived from DmfA lines. */
  public Optional<Derivation> derivation() {
    return Optional.ofNullable(derivation);
  }

  /** One per record of the person's data file records when refused; empty when computed. */
  public List<Reject> rejects() {
    return rejects;
  }

  @Override
  public String toString() {
    return computed() ? "Outcome[" + result + "]" : "Outcome[" + rejects.size() + " rejects]";
  }
}
