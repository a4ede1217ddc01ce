package be.jobbonus.io;

import java.util.List;

/**
 * What {@link VlabelNotifier} did: every non-blank input line is counted exactly once, as sent,
 * as not payable (kept back, protocol art. 3 minimisation) or as rejected.
 *
 * @param records non-blank lines read
 * @param sent messages written to VLABEL
 * @param notPayable well-formed results of persons with nothing to pay, not sent
 * @param rejects the refused lines, in input order
 */
public record NotifyReport(long records, long sent, long notPayable, List<Reject> rejects) {
  public NotifyReport {
    rejects = List.copyOf(rejects);
    if (records != sent + notPayable + rejects.size()) {
      throw new IllegalStateException("records do not add up");
    }
  }

  /** Whether some line was refused (the command's exit code 1). */
  public boolean hasRejects() {
    return !rejects.isEmpty();
  }

  /** One line for the end of a run: {@code 12 records: 10 sent, 1 not payable, 1 rejected}. */
  public String summary() {
    return records + " records: " + sent + " sent, " + notPayable + " not payable, " + rejects.size() + " rejected";
  }
}
