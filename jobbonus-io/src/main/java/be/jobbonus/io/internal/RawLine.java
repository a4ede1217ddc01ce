package be.jobbonus.io.internal;

/**
 * One physical line of an input file.
 *
 * @param number 1-based line number
 * @param text the decoded text without the line terminator; {@code null} when it could not be decoded
 * @param problem why the line could not be decoded ({@code null} when it could)
 */
public record RawLine(long number, String text, String problem) {
  public boolean ok() {
    return problem == null;
  }
}
