package be.jobbonus.io;

/** Another run is writing the same output file: this run is refused (exit code 2), nothing is touched. */
public final class OutputInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputInUseException(String message) {
    super(message);
  }
}
