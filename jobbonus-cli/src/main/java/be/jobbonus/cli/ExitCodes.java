package be.jobbonus.cli;

/** The exit codes docs/formats.md promises. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** The input had rejected records; the run completed. */
  public static final int REJECTS = 1;
  /** A usage error or an unreadable file. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
