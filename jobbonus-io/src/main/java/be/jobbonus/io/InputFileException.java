package be.jobbonus.io;

/**
 * A whole input file that cannot be used (empty, no header, unreadable): the run stops. The
 * message names the file and says what to do.
 */
public final class InputFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputFileException(String message) {
    super(message);
  }
}
