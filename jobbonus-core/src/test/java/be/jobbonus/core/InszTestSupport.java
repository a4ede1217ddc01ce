package be.jobbonus.core;

/** Builds valid INSZ numbers for tests. */
public final class InszTestSupport {
  private InszTestSupport() {}

  /** A valid INSZ: birth date (0 for unknown month/day), serial 1-997, bis offset 0/20/40. */
  public static String make(int year, int month, int day, int serial, int bisOffset) {
    return InszTest.make(year, month, day, serial, bisOffset);
  }
}
