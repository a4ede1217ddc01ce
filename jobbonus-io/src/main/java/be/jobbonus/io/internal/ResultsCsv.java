package be.jobbonus.io.internal;

import be.jobbonus.core.Statuut;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.calculation.ReasonCode;
import be.jobbonus.core.parameters.ParameterSet;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one writer of the results as CSV ({@code calculate --format csv}, docs/formats.md): one row
 * per person with the year's figures and the codes of the unmet conditions, and, when asked, the
 * four quarters of the reference year in columns of their own (empty for a quarter not given).
 * The same values as {@code results.jsonl} (written by {@link ResultsJson} from the same engine
 * output, with the same number formats, {@link ByteOutput}), without the reasons' texts. The header
 * is {@link #header}, written once before the rows. Not thread-safe.
 */
public final class ResultsCsv extends ByteOutput implements ResultsWriter {

  private static final String[] QUARTER_COLUMNS = {"counted", "work_fraction", "wage", "reference_monthly_wage",
      "base_amount", "amount"};

  private final BatchKernel kernel;
  private final boolean quarterColumns;
  private final byte[] year;
  private final byte[] tail;
  /** Per person: the record of quarter 1-4, or -1. */
  private final int[] recordOf = new int[5];

  /** @param quarterColumns whether each quarter of the year has columns of its own */
  public ResultsCsv(OutputStream out, String fileName, ParameterSet parameters, int year, BatchKernel kernel,
      boolean quarterColumns) {
    super(out, fileName);
    this.kernel = kernel;
    this.quarterColumns = quarterColumns;
    this.year = ascii(Integer.toString(year));
    this.tail = quote(parameters.id() + "-" + year).getBytes(StandardCharsets.UTF_8);
  }

  /** The header line (with its newline). */
  public static byte[] header(boolean quarterColumns) {
    StringBuilder b = new StringBuilder(
        "insz,last_name,first_name,reference_year,statuut,eligible,payable,base,fixed_increase,total,reasons,parameters");
    if (quarterColumns) {
      for (int q = 1; q <= 4; q++) {
        for (String c : QUARTER_COLUMNS) {
          b.append(",q").append(q).append('_').append(c);
        }
      }
    }
    return (b + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void write(Persons persons, int i, int pensionAge, BatchInput in, BatchOutput o, int p) {
    byte[] last = quote(persons.lastName(i)).getBytes(StandardCharsets.UTF_8);
    byte[] first = quote(persons.firstName(i)).getBytes(StandardCharsets.UTF_8);
    ensure(1024 + last.length + first.length);
    inszDigits(persons.insz(i));
    buf[n++] = ',';
    put(last);
    buf[n++] = ',';
    put(first);
    buf[n++] = ',';
    put(year);
    buf[n++] = ',';
    put(STATUUT_NAMES[in.statuut(p).ordinal()]);
    buf[n++] = ',';
    put(o.eligible(p) ? TRUE : FALSE);
    buf[n++] = ',';
    put(o.payable(p) ? TRUE : FALSE);
    buf[n++] = ',';
    cents(o.baseCents(p));
    buf[n++] = ',';
    cents(o.fixedIncreaseCents(p));
    buf[n++] = ',';
    cents(o.totalCents(p));
    buf[n++] = ',';
    int unmet = kernel.unmetConditions(in, o, p);
    boolean none = true;
    for (ReasonCode c : ReasonCode.values()) {
      if ((unmet & 1 << c.ordinal()) != 0) {
        if (!none) {
          buf[n++] = ' ';
        }
        put(CODES[c.ordinal()]);
        none = false;
      }
    }
    buf[n++] = ',';
    put(tail);
    if (quarterColumns) {
      java.util.Arrays.fill(recordOf, -1);
      for (int r = in.recordStart(p); r < in.recordEnd(p); r++) {
        recordOf[in.quarter(r)] = r;
      }
      for (int q = 1; q <= 4; q++) {
        ensure(256);
        int r = recordOf[q];
        if (r < 0) {
          put(EMPTY_QUARTER);
          continue;
        }
        int m = in.workFractionTenThousandths(r);
        long w = in.wageCents(r);
        buf[n++] = ',';
        put(o.counted(r) ? TRUE : FALSE);
        buf[n++] = ',';
        workFraction(m);
        buf[n++] = ',';
        cents(w);
        buf[n++] = ',';
        long rmw = BatchKernel.referenceMonthlyWageCents(w, m);
        if (rmw >= 0) {
          cents(rmw);
        }
        buf[n++] = ',';
        cents(kernel.baseAmountCents(q, w, m));
        buf[n++] = ',';
        cents(o.amountCents(r));
      }
    }
    buf[n++] = '\n';
  }

  /** A CSV field: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
  static String quote(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
    }
    return s;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final byte[] EMPTY_QUARTER = ascii(",".repeat(QUARTER_COLUMNS.length));
  private static final byte[][] STATUUT_NAMES = new byte[Statuut.values().length][];
  private static final byte[][] CODES = new byte[ReasonCode.values().length][];

  static {
    for (Statuut st : Statuut.values()) {
      STATUUT_NAMES[st.ordinal()] = ascii(st.name());
    }
    for (ReasonCode c : ReasonCode.values()) {
      CODES[c.ordinal()] = ascii(c.name());
    }
  }
}
