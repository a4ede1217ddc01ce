package be.jobbonus.io.internal;

import be.jobbonus.io.Reject;

/**
 * The one check of names and other text fields where they enter ({@code persons.csv} for
 * {@code calculate}, {@code results.jsonl} for {@code notify}): no NUL or other control character
 * (Unicode category Cc: tab, line ends, DEL, C1 controls), and names at most {@value #MAX_NAME}
 * characters.
 */
public final class TextFields {

  /** Longest name accepted (characters), as in the VLABEL message. */
  public static final int MAX_NAME = 200;

  /** Longest other text accepted (a reason's message). */
  public static final int MAX_TEXT = 2000;

  private TextFields() {}

  /** What is wrong with {@code value}, or {@code null} when it is acceptable; never the value itself. */
  public static String problem(String value, int maxLength) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        return "contains a NUL character; remove it";
      }
      if (Character.getType(c) == Character.CONTROL) {
        return "contains a control character (tab, line end or other); remove it";
      }
    }
    int length = value.codePointCount(0, value.length());
    if (length > maxLength) {
      return "is longer than " + maxLength + " characters (" + length + ")";
    }
    return null;
  }

  /** What is wrong with a name, or {@code null}. */
  public static String nameProblem(String value) {
    return problem(value, MAX_NAME);
  }

  /**
   * The first name field of {@code fieldsAndValues} (pairs: field name, value) that is not
   * acceptable, as a reject naming the field; {@code null} when all are.
   */
  public static Reject reject(String file, long line, String maskedInsz, String... fieldsAndValues) {
    for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
      String p = nameProblem(fieldsAndValues[i + 1]);
      if (p != null) {
        return new Reject(file, line, fieldsAndValues[i], maskedInsz, p);
      }
    }
    return null;
  }
}
