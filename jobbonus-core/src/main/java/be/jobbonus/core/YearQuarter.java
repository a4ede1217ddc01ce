package be.jobbonus.core;

import java.time.LocalDate;
import java.time.Month;

/**
 * A calendar quarter such as {@code 2024Q1}: the unit in which the DmfA declares wages and
 * services and in which the jobbonus is computed (BVR art. 2 §3, motivation of the BVR of
 * 31 August 2023). Years 1900 to 9999.
 */
public final class YearQuarter implements Comparable<YearQuarter> {

  private final int year;
  private final int quarter;

  private YearQuarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /** @throws IllegalArgumentException if the year is outside 1900-9999 or quarter outside 1-4 */
  public static YearQuarter of(int year, int quarter) {
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("year must be 1900-9999, was " + year);
    }
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1-4, was " + quarter);
    }
    return new YearQuarter(year, quarter);
  }

  /** The quarter containing {@code date}. */
  public static YearQuarter from(LocalDate date) {
    return of(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses {@code YYYYQn} (for example {@code 2024Q1}); also accepts the DmfA's {@code YYYYn}
   * (for example {@code 20241}).
   *
   * @throws IllegalArgumentException saying what form is expected
   */
  public static YearQuarter parse(CharSequence text) {
    String s = text.toString();
    boolean iso = s.length() == 6 && (s.charAt(4) == 'Q' || s.charAt(4) == 'q');
    boolean dmfa = s.length() == 5;
    if (!iso && !dmfa) {
      throw new IllegalArgumentException("quarter must look like 2024Q1, was '" + s + "'");
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        throw new IllegalArgumentException("quarter must look like 2024Q1, was '" + s + "'");
      }
    }
    char q = s.charAt(s.length() - 1);
    if (q < '1' || q > '4') {
      throw new IllegalArgumentException("quarter number must be 1-4, was '" + s + "'");
    }
    return of(Integer.parseInt(s.substring(0, 4)), q - '0');
  }

  public int year() {
    return year;
  }

  /** 1 to 4. */
  public int quarter() {
    return quarter;
  }

  /** The first day of the quarter. */
  public LocalDate firstDay() {
    return LocalDate.of(year, Month.of((quarter - 1) * 3 + 1), 1);
  }

  /** The last day of the quarter. */
  public LocalDate lastDay() {
    return plusQuarters(1).firstDay().minusDays(1);
  }

  /** Whether {@code date} falls in this quarter. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** This quarter moved by {@code n} quarters (negative goes back). */
  public YearQuarter plusQuarters(long n) {
    long index = Math.addExact(year * 4L + (quarter - 1), n);
    return of(Math.toIntExact(Math.floorDiv(index, 4)), Math.floorMod(index, 4) + 1);
  }

  @Override
  public int compareTo(YearQuarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  public boolean isBefore(YearQuarter o) {
    return compareTo(o) < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearQuarter && ((YearQuarter) o).year == year && ((YearQuarter) o).quarter == quarter;
  }

  @Override
  public int hashCode() {
    return year * 4 + quarter;
  }

  /** {@code YYYYQn}, as in {@code 2024Q1}. */
  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
