package be.jobbonus.io.internal.xml;

import be.jobbonus.core.YearQuarter;
import java.time.LocalDate;
import java.time.Month;

/**
 * A worker record's quarter dates ({@code NOSSQuarterStartingDate}, {@code NOSSQuarterEndingDate},
 * zones 00038/00039) against its declaration's {@code Quarter} (zone 00013), docs/dmfa.md §1: the
 * dates may be shifted by some days from the calendar quarter for workers paid on a non-monthly
 * cycle, never into another quarter; the first quarter always starts on 1 January and the fourth
 * always ends on 31 December [OFF-COPY glossary]. Read as: the end is not before the start, the day
 * in the middle of the period lies in the declared quarter, and Q1 starts on 1 January, Q4 ends
 * on 31 December.
 */
final class QuarterDates {

  private QuarterDates() {}

  /**
   * Why the dates ({@code YYYYMMDD}) do not agree with {@code quarter} ({@code YYYYQ}), or null
   * when they do.
   */
  static String check(int quarter, long start, long end) {
    int year = quarter / 10;
    int lastMonth = quarter % 10 * 3;
    if (start == (year * 100L + lastMonth - 2) * 100 + 1
        && end == (year * 100L + lastMonth) * 100 + Month.of(lastMonth).maxLength()) {
      return null; // the calendar quarter itself, as nearly every worker record declares it: no dates made
    }
    YearQuarter q = YearQuarter.of(quarter / 10, quarter % 10);
    LocalDate from = date(start);
    LocalDate to = date(end);
    if (to.isBefore(from)) {
      return "the worker record's NOSSQuarterEndingDate " + to + " is before its NOSSQuarterStartingDate " + from
          + "; correct the dates";
    }
    LocalDate middle = from.plusDays((to.toEpochDay() - from.toEpochDay()) / 2);
    YearQuarter of = YearQuarter.of(middle.getYear(), (middle.getMonthValue() - 1) / 3 + 1);
    if (!of.equals(q)) {
      return "the worker record's dates " + from + " to " + to + " are the quarter " + of
          + ", not the declaration's Quarter " + quarter + " (" + q + "); the dates may be shifted by days for"
          + " non-monthly pay, never into another quarter: correct the Quarter or the dates and resend the declaration";
    }
    if (q.quarter() == 1 && !from.equals(q.firstDay())) {
      return "the worker record's NOSSQuarterStartingDate " + from + " must be " + q.firstDay()
          + ": the first quarter always starts on 1 January";
    }
    if (q.quarter() == 4 && !to.equals(q.lastDay())) {
      return "the worker record's NOSSQuarterEndingDate " + to + " must be " + q.lastDay()
          + ": the fourth quarter always ends on 31 December";
    }
    return null;
  }

  private static LocalDate date(long yyyymmdd) {
    return LocalDate.of((int) (yyyymmdd / 10000), (int) (yyyymmdd / 100 % 100), (int) (yyyymmdd % 100));
  }
}
