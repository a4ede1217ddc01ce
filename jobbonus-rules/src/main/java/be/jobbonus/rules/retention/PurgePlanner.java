package be.jobbonus.rules.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the deletion of a batch of stored records on a given day (protocol art. 3 retention): which
 * to delete now, which to keep and until when, which are on hold. Dates only.
 */
public final class PurgePlanner {

  private final RetentionRules rules;

  private PurgePlanner(RetentionRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** A planner with the official periods. */
  public static PurgePlanner official() {
    return new PurgePlanner(RetentionRules.official());
  }

  public static PurgePlanner of(RetentionRules rules) {
    return new PurgePlanner(rules);
  }

  /**
   * The plan for {@code records} on {@code today}. A record whose dates lie after {@code today}, whose
   * id repeats an earlier one, or to which no period applies is INVALID with the reason, never
   * silently deleted or dropped.
   */
  public PurgePlan plan(Collection<StoredRecord> records, LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<PurgePlan.Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (StoredRecord r : records) {
      if (!seen.add(r.id())) {
        entries.add(invalid(r, "record id given twice"));
        continue;
      }
      if (r.latestDate().isAfter(today)) {
        entries.add(invalid(r, "a date of the record is after " + today));
        continue;
      }
      Retention ret;
      try {
        ret = rules.retentionOf(r);
      } catch (IllegalArgumentException e) {
        entries.add(invalid(r, e.getMessage()));
        continue;
      }
      if (ret.onHold()) {
        entries.add(new PurgePlan.Entry(r.id(), PurgePlan.Action.HOLD, Optional.empty(), Optional.of(ret),
            Optional.empty()));
      } else if (ret.deleteOn(today)) {
        entries.add(new PurgePlan.Entry(r.id(), PurgePlan.Action.DELETE, Optional.empty(), Optional.of(ret),
            Optional.empty()));
      } else {
        entries.add(new PurgePlan.Entry(r.id(), PurgePlan.Action.KEEP, ret.keepUntil(), Optional.of(ret),
            Optional.empty()));
      }
    }
    return new PurgePlan(today, entries);
  }

  private static PurgePlan.Entry invalid(StoredRecord r, String why) {
    return new PurgePlan.Entry(r.id(), PurgePlan.Action.INVALID, Optional.empty(), Optional.empty(), Optional.of(why));
  }
}
