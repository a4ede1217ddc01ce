package be.jobbonus.rules.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link PurgePlanner#plan}: for each record, in input order, delete now, keep until
 * a date, hold, or invalid (data that cannot be planned, with the reason). Every input record is in
 * exactly one entry.
 *
 * @param today the day planned for
 * @param entries one per input record
 */
public record PurgePlan(LocalDate today, List<Entry> entries) {

  /** What to do with a record. */
  public enum Action {
    /** The deletion date is today or past: delete now. */
    DELETE,
    /** Keep until {@link Entry#keepUntil()} inclusive. */
    KEEP,
    /** An open procedure holds the record: keep, no date yet. */
    HOLD,
    /** The record's data cannot be planned (for example a date after today): look at it. */
    INVALID
  }

  /**
   * One record's plan.
   *
   * @param recordId the record
   * @param action what to do
   * @param keepUntil for KEEP, the last day to keep
   * @param retention how the dates were reached (empty for INVALID)
   * @param problem for INVALID, why
   */
  public record Entry(String recordId, Action action, Optional<LocalDate> keepUntil, Optional<Retention> retention,
      Optional<String> problem) {
    public Entry {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(action, "action");
    }

    @Override
    public String toString() {
      return recordId + ": " + action + keepUntil.map(d -> " until " + d).orElse("")
          + problem.map(p -> " (" + p + ")").orElse("");
    }
  }

  public PurgePlan {
    Objects.requireNonNull(today, "today");
    entries = List.copyOf(entries);
  }

  public List<Entry> toDelete() {
    return with(Action.DELETE);
  }

  public List<Entry> toKeep() {
    return with(Action.KEEP);
  }

  public List<Entry> onHold() {
    return with(Action.HOLD);
  }

  public List<Entry> invalid() {
    return with(Action.INVALID);
  }

  private List<Entry> with(Action a) {
    return entries.stream().filter(e -> e.action() == a).toList();
  }
}
