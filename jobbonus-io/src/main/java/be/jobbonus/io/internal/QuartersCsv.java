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

  private static final Regime[] REGIMES = Regime.values();
  private static final ConstantNames REGIME_NAMES = new ConstantNames(REGIMES);

  private final String fileName;
  private final int year;
  private int[] pos = {0, 1, 2, 3, 4};
  /** The last INSZ {@link #scan} found valid: the next line is usually the same person's. */
  private long lastValid = -1;
  private long scannedKey;
  private int scannedQuarter;
  private long scannedWage;
  private int scannedFraction;
  private Regime scannedRegime;

  /** @param year the reference year: other quarters are refused */
  public QuartersCsv(String fileName, int year) {
    this.fileName = fileName;
    this.year = year;
  }

  public void header(RawLine first) {
    pos = Csv.header(first, fileName, HEADER);
  }

  /**
   * Reads a line the quick way when it needs nothing else: the columns in the promised order,
   * printable ASCII without quotes, no space around a field, a valid INSZ, a quarter of the
   * reference year written {@code 2024Q1}, a wage of digits only within the limit, a work fraction
   * {@code 0}, {@code 1} or {@code 0.} / {@code 1.} with 1-4 decimals at most 1, a regime's name.
   * Then {@link #scannedKey} and the other {@code scanned} fields hold the line's INSZ and quarter,
   * without an object; for any other
   * line {@code false}, and {@link #parse} reads it: the one place that says why a line is refused.
   * So a line scanned here is one {@link #parse} accepts, with the same quarter (a test compares
   * them).
   *
   * @param b the line {@code b[s..e)} without its {@code \n}, not the header
   */
  public boolean scan(byte[] b, int s, int e) {
    if (pos[1] != 1 || pos[2] != 2 || pos[3] != 3 || pos[4] != 4) {
      return false;
    }
    if (e > s && b[e - 1] == '\r') {
      e--;
    }
    // insz: 11 digits and a comma, the first column
    long key = e - s < 26 ? -1 : leadingInsz(b, s, e);
    if (key < 0) {
      return false;
    }
    if (key != lastValid) {
      if (!Insz.isValid(key)) {
        return false;
      }
      lastValid = key;
    }
    // quarter: 2024Q1 and a comma
    int i = s + 12;
    int y = 0;
    for (int k = i; k < i + 4; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      y = y * 10 + d;
    }
    int q = b[i + 5] - '0';
    if (y != year || (b[i + 4] != 'Q' && b[i + 4] != 'q') || q < 1 || q > 4 || b[i + 6] != ',') {
      return false;
    }
    // wage_cents: 1-10 digits and a comma
    i += 7;
    int start = i;
    long wage = 0;
    for (; i < e && b[i] != ','; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9 || i - start >= 10) {
        return false;
      }
      wage = wage * 10 + d;
    }
    if (i == start || i == e || wage > QuarterInput.MAX_WAGE_CENTS) {
      return false;
    }
    // work_fraction: 0 or 1, or 0./1. and 1-4 decimals, then a comma
    i++;
    if (i + 1 >= e || (b[i] != '0' && b[i] != '1')) {
      return false;
    }
    int units = b[i++] - '0';
    int tenThousandths = 0;
    if (b[i] == '.') {
      i++;
      int decimals = 0;
      for (; i < e && b[i] != ','; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9 || ++decimals > QuarterInput.MAX_WORK_FRACTION_SCALE) {
          return false;
        }
        tenThousandths = tenThousandths * 10 + d;
      }
      if (decimals == 0) {
        return false;
      }
      for (; decimals < 4; decimals++) { // in ten-thousandths
        tenThousandths *= 10;
      }
    }
    tenThousandths += units * 10_000;
    if (i == e || b[i] != ',' || tenThousandths > 10_000) {
      return false;
    }
    // regime: a name and the line's end
    int regime = REGIME_NAMES.of(b, i + 1, e);
    if (regime < 0) {
      return false;
    }
    scannedKey = key;
    scannedQuarter = q;
    scannedWage = wage;
    scannedFraction = tenThousandths;
    scannedRegime = REGIMES[regime];
    return true;
  }

  /** The INSZ of the line {@link #scan} read last. */
  long scannedKey() {
    return scannedKey;
  }

  /** The quarter of the reference year (1-4) of the line {@link #scan} read last. */
  int scannedQuarter() {
    return scannedQuarter;
  }

  /** The wage in cents of the line {@link #scan} read last. */
  long scannedWage() {
    return scannedWage;
  }

  /** The work fraction in ten-thousandths of the line {@link #scan} read last. */
  int scannedFraction() {
    return scannedFraction;
  }

  /** The regime of the line {@link #scan} read last. */
  Regime scannedRegime() {
    return scannedRegime;
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
