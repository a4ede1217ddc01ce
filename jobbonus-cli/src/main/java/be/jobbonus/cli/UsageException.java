package be.jobbonus.cli;

/** A usage error a command detects itself: exit code 2, the message on one line. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
