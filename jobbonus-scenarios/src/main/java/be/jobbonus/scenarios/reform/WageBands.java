package be.jobbonus.scenarios.reform;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.batch.BatchInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bands of the full-time-equivalent monthly wage of the year, ΣW / (3 × Σµ) over the quarters
 * with work: band 0 is "no work", band 1 everything below {@code from}, then {@code count} bands
 * of {@code width}, and a last band from {@code from + count × width} up. Exact integer arithmetic.
 */
public final class WageBands {

  private final long from;
  private final long width;
  private final int count;

  private WageBands(long from, long width, int count) {
    this.from = from;
    this.width = width;
    this.count = count;
  }

  /** Bands in cents: {@code of(150_000, 25_000, 10)} is 1,500.00 to 4,000.00 by 250.00. */
  public static WageBands of(long fromCents, long widthCents, int count) {
    if (fromCents <= 0 || widthCents <= 0 || count < 1) {
      throw new IllegalArgumentException("bands need a positive start, a positive width and at least one band");
    }
    return new WageBands(fromCents, widthCents, count);
  }

  /** 1,500.00 to 4,000.00 by 250.00. */
  public static WageBands standard() {
    return of(150_000, 25_000, 10);
  }

  /** Number of bands, "no work" included. */
  public int size() {
    return count + 3;
  }

  /** The band of a member's quarters. */
  public int bandOf(List<QuarterInput> quarters) {
    long wage = 0;
    long fraction = 0;
    for (QuarterInput q : quarters) {
      if (q.workFractionTenThousandths() > 0) {
        wage += q.wageCents();
        fraction += q.workFractionTenThousandths();
      }
    }
    return band(wage, fraction);
  }

  /** The band of person {@code p} of a batch (its quarters' W and µ, as {@link #bandOf(List)}). */
  public int bandOf(BatchInput in, int p) {
    long wage = 0;
    long fraction = 0;
    for (int r = in.recordStart(p); r < in.recordEnd(p); r++) {
      if (in.workFractionTenThousandths(r) > 0) {
        wage += in.wageCents(r);
        fraction += in.workFractionTenThousandths(r);
      }
    }
    return band(wage, fraction);
  }

  private int band(long wage, long fraction) {
    if (fraction == 0) {
      return 0;
    }
    long fteFloor = Math.floorDiv(Math.multiplyExact(wage, 10_000L), 3 * fraction);
    if (fteFloor < from) {
      return 1;
    }
    long k = (fteFloor - from) / width;
    return k >= count ? count + 2 : (int) k + 2;
  }

  /** Labels, band by band. */
  public List<String> labels() {
    List<String> out = new ArrayList<>();
    out.add("no work");
    out.add("< " + money(from));
    for (int k = 0; k < count; k++) {
      out.add(money(from + k * width) + " - " + money(from + (k + 1) * width - 1));
    }
    out.add(">= " + money(from + count * width));
    return out;
  }

  /** Cents with a thousands separator: {@code 150000 -> "1,500.00"}. */
  static String money(long cents) {
    BigDecimal d = BigDecimal.valueOf(cents, 2);
    return String.format(Locale.ROOT, "%,.2f", d);
  }
}
