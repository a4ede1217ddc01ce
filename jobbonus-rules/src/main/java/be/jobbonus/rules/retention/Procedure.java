package be.jobbonus.rules.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A procedure about a stored record: its kind, the day it was opened and, once it has definitively
 * ended (no appeal left), the day it ended. An open procedure holds the record.
 *
 * @param kind the kind of procedure
 * @param opened the day it was opened
 * @param ended the day it definitively ended; empty while open
 */
public record Procedure(ProcedureKind kind, LocalDate opened, Optional<LocalDate> ended) {
  public Procedure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(ended, "ended");
    if (ended.isPresent() && ended.get().isBefore(opened)) {
      throw new IllegalArgumentException(kind + ": ended before it was opened");
    }
  }

  /** An open procedure. */
  public static Procedure open(ProcedureKind kind, LocalDate opened) {
    return new Procedure(kind, opened, Optional.empty());
  }

  /** A procedure that has definitively ended. */
  public static Procedure closed(ProcedureKind kind, LocalDate opened, LocalDate ended) {
    return new Procedure(kind, opened, Optional.of(ended));
  }

  /** This procedure, ended on {@code date}. */
  public Procedure endedOn(LocalDate date) {
    return closed(kind, opened, date);
  }

  public boolean isOpen() {
    return ended.isEmpty();
  }
}
