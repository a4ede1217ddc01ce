package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.io.Reject;
import java.util.List;

/**
 * {@code quarters.csv}: {@code insz,quarter,wage_cents,work_fraction,regime} (docs/formats.md), the
 * calculation's own inputs, used exactly as given. Quarters outside the reference year are
 * refused.
 */
public final class QuartersCsv {

  /** The header, in the promised order. */
  public static final List<String> HEADER = List.of("insz", "quarter", "wage_cents", "work_fraction", "regime");

  private final String fileName;
  private final int year;
  private int[] pos = {0, 1, 2, 3, 4};

  /** @param year the reference year: other quarters are refused */
  public QuartersCsv(String fileName, int year) {
    this.fileName = fileName;
    this.year = year;
  }

  public void header(RawLine first) {
    pos = Csv.header(first, fileName, HEADER);
  }

  public String key(String text) {
    return Csv.firstFieldInsz(text, pos[0]);
  }

  /**
   * The INSZ of a line that starts with 11 digits and a comma, the INSZ being the first column,
   * as a number (not checked), else -1: then {@link #key} finds these digits when they are a valid
   * INSZ and the line is ASCII (for a quick look, as when cutting a file into persons).
   */
  public long leadingInsz(byte[] b, int s, int e) {
    if (pos[0] != 0 || e - s < 12 || b[s + 11] != ',') {
      return -1;
    }
    long key = 0;
    for (int i = s; i < s + 11; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      key = key * 10 + d;
    }
    return key;
  }

  public DataRecord<QuarterInput> parse(RawLine l) {
    if (!l.ok()) {
      return new DataRecord<>(l.number(), null, null, new Reject(fileName, l.number(), "line", "", l.problem()));
    }
    String key = key(l.text());
    String[] f = Csv.split(l.text());
    if (f == null) {
      return reject(l, key, "line", "", "not valid CSV (check the quotes)");
    }
    String masked = Insz.mask(f[0]);
    if (f.length != HEADER.size()) {
      return reject(l, key, "line", masked, "expected " + HEADER.size() + " columns (" + String.join(",", HEADER) + "), found " + f.length);
    }
    if (key == null) {
      String why;
      try {
        Insz.parse(f[pos[0]]);
        why = "not a valid INSZ";
      } catch (IllegalArgumentException e) {
        why = e.getMessage();
      }
      return reject(l, null, "insz", masked, why);
    }
    YearQuarter q;
    try {
      q = YearQuarter.parse(f[pos[1]]);
    } catch (IllegalArgumentException e) {
      return reject(l, key, "quarter", masked, "must look like 2024Q1 (year, Q, quarter 1-4)");
    }
    if (q.year() != year) {
      return reject(l, key, "quarter", masked, q + " is outside reference year " + year
          + "; remove the line or run with --year " + q.year());
    }
    long wage;
    try {
      wage = Long.parseLong(f[pos[2]]);
    } catch (NumberFormatException e) {
      return reject(l, key, "wage_cents", masked, "must be a whole number of euro cents (600000 = 6000.00 euro)");
    }
    Regime regime;
    try {
      regime = Regime.valueOf(f[pos[4]]);
    } catch (IllegalArgumentException e) {
      return reject(l, key, "regime", masked, "must be FULL_TIME or PART_TIME");
    }
    if (wage < 0 || wage > QuarterInput.MAX_WAGE_CENTS) {
      return reject(l, key, "wage_cents", masked, "must be 0 to " + QuarterInput.MAX_WAGE_CENTS
          + " euro cents in a quarter; check the unit is cents");
    }
    try {
      return new DataRecord<>(l.number(), key, QuarterInput.of(q, wage, f[pos[3]], regime), null);
    } catch (IllegalArgumentException e) {
      return reject(l, key, "work_fraction", masked, e.getMessage() + " (for example 0.5 or 0.7725)");
    }
  }

  private DataRecord<QuarterInput> reject(RawLine l, String key, String field, String masked, String reason) {
    return new DataRecord<>(l.number(), key, null, new Reject(fileName, l.number(), field, masked, reason));
  }
}
