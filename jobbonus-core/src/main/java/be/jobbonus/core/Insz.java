package be.jobbonus.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/**
 * The identification number in Belgian social security (<i>INSZ</i>, identificatienummer van de
 * sociale zekerheid): a national register number or a bis number, 11 digits {@code YYMMDDSSSCC}.
 *
 * <p>Validation: the check digits {@code CC} equal {@code 97 - (first nine digits mod 97)}; for
 * people born from 2000 on, the nine digits are prefixed with {@code 2} first. A bis number adds
 * 20 or 40 to the month. Month {@code 00} or day {@code 00} mean an unknown birth date.
 *
 * <p>The mod-97 check detects every single-digit error but one family: adding or subtracting 6
 * to the second digit while switching century (for example a 2005 number that becomes a valid
 * 1911 number). A 19xx number corrupted into a 20xx number with a birth date in the future is
 * refused by {@link #parse(String, LocalDate)}.
 *
 * <p>{@link #toString()} is masked: it shows the first six digits only. Use {@link #digits()}
 * deliberately where the full number is needed (an output file, never a log line).
 */
public final class Insz implements Comparable<Insz> {

  private final String digits;
  private final boolean bornFrom2000;

  private Insz(String digits, boolean bornFrom2000) {
    this.digits = digits;
    this.bornFrom2000 = bornFrom2000;
  }

  /**
   * Parses and validates an INSZ of exactly 11 digits.
   *
   * @throws IllegalArgumentException naming the rule that failed (length, digits, month, day,
   *     check digits); the message never contains the number itself
   */
  public static Insz parse(String text) {
    return parse(text, null);
  }

  /**
   * Parses an INSZ and also refuses a 21st-century birth date after {@code today}.
   *
   * @param today the date against which a birth date in the future is refused, or {@code null}
   *     to skip that check
   */
  public static Insz parse(String text, LocalDate today) {
    if (text == null) {
      throw new NullPointerException("insz");
    }
    if (text.length() != 11) {
      throw new IllegalArgumentException(
          "INSZ must have exactly 11 digits, found " + text.length() + " characters");
    }
    for (int i = 0; i < 11; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("INSZ must contain digits only (position " + (i + 1) + ")");
      }
    }
    long number = 0;
    for (int i = 0; i < 11; i++) {
      number = number * 10 + (text.charAt(i) - '0');
    }
    String problem = problem(number);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    boolean valid20 = bornFrom2000(number);
    Insz insz = new Insz(text, valid20);
    if (today != null && valid20) {
      int year = 2000 + digits(text, 0);
      if (year > today.getYear()) {
        throw new IllegalArgumentException("INSZ encodes a birth year in the future");
      }
    }
    return insz;
  }

  /**
   * What is wrong with the 11 digits as a number (0 to 99,999,999,999), or null: check digits mod
   * 97 (born before or from 2000), month 00-12 (+20 or +40 for a bis number), day 00-31, a date
   * that exists when month and day are given. Never the number itself.
   */
  private static String problem(long number) {
    long first9 = number / 100;
    long check = number % 100;
    if (first9 == 0) {
      return "INSZ must not be all zeros";
    }
    boolean valid19 = 97 - (first9 % 97) == check;
    boolean valid20 = bornFrom2000(number);
    if (!valid19 && !valid20) {
      return "INSZ check digits do not match (mod 97)";
    }
    int month = (int) (first9 / 100_000 % 100);
    int day = (int) (first9 / 1_000 % 100);
    int baseMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
    if (baseMonth > 12) {
      return "INSZ month must be 00-12, or 20-32 / 40-52 for a bis number";
    }
    if (day > 31) {
      return "INSZ day must be 00-31";
    }
    // valid19 and valid20 cannot both hold (they differ by 68 mod 97).
    if (baseMonth != 0 && day != 0) {
      int year = (valid20 ? 2000 : 1900) + (int) (first9 / 10_000_000);
      if (day > Month.of(baseMonth).length(Year.isLeap(year))) {
        return "INSZ encodes a date that does not exist";
      }
    }
    return null;
  }

  /** Whether the check digits are those of a person born from 2000 (2 before the first nine digits). */
  private static boolean bornFrom2000(long number) {
    return 97 - ((2_000_000_000L + number / 100) % 97) == number % 100;
  }

  /**
   * Whether the 11 digits of an INSZ, read as a number ({@code 85073003328L}), are valid: the same
   * rules as {@link #isValid(String)}, without objects (for readers of large files).
   */
  public static boolean isValid(long number) {
    return number >= 0 && number <= 99_999_999_999L && problem(number) == null;
  }

  /**
   * {@link #birthDate()} of an INSZ read as a number, without objects (for readers of large
   * files): the birth date it encodes as an epoch day ({@link LocalDate#toEpochDay}), or {@link
   * Long#MIN_VALUE} when month or day is 00 or the number is not a valid INSZ ({@link
   * #isValid(long)} tells which).
   */
  public static long birthEpochDay(long number) {
    return isValid(number) ? encodedEpochDay(number, bornFrom2000(number)) : Long.MIN_VALUE;
  }

  /**
   * The birth date the valid {@code number} encodes, as an epoch day, or {@link Long#MIN_VALUE}
   * when month or day is 00: the one reading of the date, for {@link #birthDate()} too.
   */
  private static long encodedEpochDay(long number, boolean from2000) {
    int month = (int) (number / 10_000_000L % 100) % 20;
    int day = (int) (number / 100_000L % 100);
    if (month == 0 || day == 0) {
      return Long.MIN_VALUE;
    }
    int year = (from2000 ? 2000 : 1900) + (int) (number / 1_000_000_000L);
    return LocalDate.of(year, month, day).toEpochDay();
  }

  /** {@link #isBisNumber()} of a valid INSZ read as a number (month increased by 20 or 40). */
  public static boolean isBisNumber(long number) {
    return number / 10_000_000L % 100 >= 20;
  }

  /** The two-digit number at {@code i} (digits checked by the caller). */
  private static int digits(String text, int i) {
    return (text.charAt(i) - '0') * 10 + (text.charAt(i + 1) - '0');
  }

  /** Whether {@code text} is a valid INSZ; never throws for a non-null argument. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The 11 digits. Personal data: never log it. */
  public String digits() {
    return digits;
  }

  /** Whether this is a bis number (month increased by 20 or 40). */
  public boolean isBisNumber() {
    return isBisNumber(Long.parseLong(digits));
  }

  /** The birth year encoded by the number and its check digits. */
  public int birthYear() {
    return (bornFrom2000 ? 2000 : 1900) + digits(digits, 0);
  }

  /** The birth date when the number encodes a complete one (month and day not 00). */
  public Optional<LocalDate> birthDate() {
    long day = encodedEpochDay(Long.parseLong(digits), bornFrom2000);
    return day == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }

  /** The first six digits followed by five asterisks: safe for logs and messages. */
  public String masked() {
    return mask(digits);
  }

  /**
   * The one INSZ mask, also for text that may not be a valid INSZ (a field of a refused record):
   * its first six characters followed by five asterisks when they are digits, else empty.
   */
  public static String mask(CharSequence raw) {
    if (raw == null || raw.length() < 6) {
      return "";
    }
    for (int i = 0; i < 6; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return "";
      }
    }
    return raw.subSequence(0, 6) + "*****";
  }

  @Override
  public int compareTo(Insz other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Insz && ((Insz) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Masked: see {@link #masked()}. */
  @Override
  public String toString() {
    return masked();
  }
}
