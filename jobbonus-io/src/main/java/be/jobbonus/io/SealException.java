package be.jobbonus.io;

/**
 * A results file whose seal is missing or does not verify, or a seal key that cannot be used: nothing
 * is sent (exit code 2). The message never holds the key.
 */
public final class SealException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SealException(String message) {
    super(message);
  }
}
