package be.jobbonus.io.internal;

import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.batch.DmfaExclusions;
import be.jobbonus.core.calculation.Reason;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.YearRules;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The one writer of {@code results.jsonl} (docs/formats.md), one line per person: the engine's
 * output for a chunk of persons written as bytes (fields in a fixed order, money as a decimal
 * string with two decimals, reasons as objects with their article, names escaped as Jackson
 * escapes them). {@link ResultLine} reads what it writes. Not thread-safe.
 */
public final class ResultsJson extends ByteOutput implements ResultsWriter {

  private final int year;
  private final BatchKernel kernel;

  private final byte[][] quarterNames = new byte[5][];
  private final byte[][] categoryReason = new byte[Statuut.values().length][];
  private final boolean[] eligibleStatuut = new boolean[Statuut.values().length];
  private final byte[][] residenceReason = new byte[Region.values().length][];
  /** Per excluded category of the DmfA (index), its reason. */
  private final byte[][] declaredReason;
  private final byte[] noPerformanceReason;
  private final byte[][] wageReason = new byte[5][];
  private final byte[] belowMinimumFullTime;
  private final byte[] belowMinimumPartTime;
  private final byte[] tail;
  /** The pension-age reason per quarter (× 256) and age. */
  private final byte[][] pensionReasons = new byte[5 * 256][];

  /**
   * A writer to {@code out} for the results of {@code year} computed by {@code kernel}.
   *
   * @param fileName the results file's name, for write errors
   */
  public ResultsJson(OutputStream out, String fileName, ParameterSet parameters, int year, BatchKernel kernel) {
    super(out, fileName);
    this.year = year;
    this.kernel = kernel;
    String id = parameters.id() + "-" + year;
    for (int q = 1; q <= 4; q++) {
      YearQuarter yq = YearQuarter.of(year, q);
      quarterNames[q] = ascii(yq.toString());
      wageReason[q] = reason(Reason.wageAboveUpperLimit(yq, parameters.periodFor(yq).upperLimit().value()));
    }
    for (Statuut s : Statuut.values()) {
      eligibleStatuut[s.ordinal()] = parameters.eligibleCategories().value().contains(s);
      categoryReason[s.ordinal()] = reason(Reason.category(s));
    }
    java.util.List<DmfaExclusions.Category> categories = DmfaExclusions.official().categories();
    declaredReason = new byte[categories.size() + 1][];
    for (DmfaExclusions.Category c : categories) {
      declaredReason[c.index()] = reason(Reason.declaredCategory(c.id()));
    }
    LocalDate residenceDate = parameters.residenceReferenceDate(year);
    for (Region r : Region.values()) {
      residenceReason[r.ordinal()] = reason(Reason.residence(residenceDate, r));
    }
    noPerformanceReason = reason(Reason.noPerformance(year));
    YearRules rules = parameters.yearRules(year);
    belowMinimumFullTime = reason(Reason.belowMinimumPayable(rules.minimumPayableFullTime().value(), true));
    belowMinimumPartTime = reason(Reason.belowMinimumPayable(rules.minimumPayablePartTime().value(), false));
    tail = utf8(",\"parameters\":\"" + JsonText.escape(id) + "\"}\n");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {"code":..,"article":..,"message":.. of {@code r} — without its quarter and the closing brace
   * (a quarter may follow).
   */
  private static byte[] reason(Reason r) {
    return utf8("{\"code\":\"" + JsonText.escape(r.code().name()) + "\",\"article\":\"" + JsonText.escape(r.article()) + "\",\"message\":\""
        + JsonText.escape(r.message()) + "\"");
  }

  /**
   * Writes the result of person {@code p} of a computed batch, who is person {@code i} of {@code
   * persons}, with the statutory pension age {@code pensionAge} of their birth year.
   */
  @Override
  public void write(Persons persons, int i, int pensionAge, BatchInput in, BatchOutput o, int p) {
    byte[] names = persons.names();
    ensure(1024 + persons.namesEnd(i) - persons.lastNameStart(i));
    add(INSZ);
    inszDigits(persons.insz(i));
    add(LAST_NAME);
    add(names, persons.lastNameStart(i), persons.firstNameStart(i) - persons.lastNameStart(i));
    add(FIRST_NAME);
    add(names, persons.firstNameStart(i), persons.namesEnd(i) - persons.firstNameStart(i));
    add(REFERENCE_YEAR);
    decimal(year);
    add(STATUUT);
    int statuut = in.statuut(p).ordinal();
    add(STATUUT_NAMES[statuut]);
    add(ELIGIBLE);
    add(o.eligible(p) ? TRUE : FALSE);
    add(REASONS);
    boolean first = true;
    if (!eligibleStatuut[statuut]) {
      first = reason(first, categoryReason[statuut], 0);
    } else if (in.declaredCategory(p) != 0) { // every DmfA line of an excluded category
      first = reason(first, declaredReason[in.declaredCategory(p)], 0);
    }
    int residence = in.residence(p).ordinal();
    if (residence != FLEMISH) {
      first = reason(first, residenceReason[residence], 0);
    }
    int s = in.recordStart(p);
    int e = in.recordEnd(p);
    boolean anyWork = false;
    boolean anyCounted = false;
    for (int r = s; r < e; r++) {
      anyWork |= in.workFractionTenThousandths(r) > 0;
      anyCounted |= o.counted(r);
    }
    if (first && !anyCounted && !anyWork) {
      first = reason(first, noPerformanceReason, 0);
    }
    for (int r = s; r < e; r++) {
      byte st = o.status(r);
      if (st == BatchOutput.PENSION_AGE) {
        first = reason(first, pensionReason(in.quarter(r), pensionAge), in.quarter(r));
      } else if (st == BatchOutput.WAGE_ABOVE_UPPER_LIMIT) {
        first = reason(first, wageReason[in.quarter(r)], in.quarter(r));
      }
    }
    if (o.eligible(p) && !o.payable(p)) {
      reason(first, o.fullTime(p) ? belowMinimumFullTime : belowMinimumPartTime, 0);
    }
    put(QUARTERS); // after the reasons: room not yet ensured
    for (int r = s; r < e; r++) {
      ensure(512);
      int m = in.workFractionTenThousandths(r);
      long w = in.wageCents(r);
      int q = in.quarter(r);
      add(r == s ? Q_FIRST : Q_NEXT);
      add(quarterNames[q]);
      add(o.counted(r) ? COUNTED_TRUE : COUNTED_FALSE);
      workFraction(m);
      add(WAGE);
      cents(w);
      long rmw = BatchKernel.referenceMonthlyWageCents(w, m);
      if (rmw < 0) {
        add(RMW_NULL);
        add(BASE_AMOUNT_AFTER_NULL);
      } else {
        add(RMW);
        cents(rmw);
        add(BASE_AMOUNT);
      }
      cents(kernel.baseAmountCents(q, w, m));
      add(AMOUNT);
      cents(o.amountCents(r));
      add(Q_END);
    }
    ensure(512);
    add(BASE);
    cents(o.baseCents(p));
    add(FIXED);
    cents(o.fixedIncreaseCents(p));
    add(TOTAL);
    cents(o.totalCents(p));
    add(PAYABLE);
    add(o.payable(p) ? TRUE : FALSE);
    put(tail); // the parameter set's name is of any length
  }

  private static final byte[] Q_FIRST = ascii("{\"quarter\":\"");
  private static final byte[] Q_NEXT = ascii(",{\"quarter\":\"");
  private static final byte[] COUNTED_TRUE = ascii("\",\"counted\":true,\"workFraction\":\"");
  private static final byte[] COUNTED_FALSE = ascii("\",\"counted\":false,\"workFraction\":\"");
  private static final byte[] WAGE = ascii("\",\"wage\":\"");
  private static final byte[] RMW = ascii("\",\"referenceMonthlyWage\":\"");
  private static final byte[] RMW_NULL = ascii("\",\"referenceMonthlyWage\":null");
  private static final byte[] BASE_AMOUNT_AFTER_NULL = ascii(",\"baseAmount\":\"");
  private static final byte[] BASE_AMOUNT = ascii("\",\"baseAmount\":\"");
  private static final byte[] AMOUNT = ascii("\",\"amount\":\"");
  private static final byte[] Q_END = ascii("\"}");
  private static final byte[] BASE = ascii("],\"base\":\"");
  private static final byte[] FIXED = ascii("\",\"fixedIncrease\":\"");
  private static final byte[] TOTAL = ascii("\",\"total\":\"");
  private static final byte[] PAYABLE = ascii("\",\"payable\":");
  private static final int FLEMISH = Region.FLEMISH_REGION.ordinal();
  private static final byte[][] STATUUT_NAMES = new byte[Statuut.values().length][];

  static {
    for (Statuut st : Statuut.values()) {
      STATUUT_NAMES[st.ordinal()] = ascii(st.name());
    }
  }

  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final byte[] INSZ = ascii("{\"insz\":\"");
  private static final byte[] LAST_NAME = ascii("\",\"lastName\":\"");
  private static final byte[] FIRST_NAME = ascii("\",\"firstName\":\"");
  private static final byte[] REFERENCE_YEAR = ascii("\",\"referenceYear\":");
  private static final byte[] STATUUT = ascii(",\"statuut\":\"");
  private static final byte[] ELIGIBLE = ascii("\",\"eligible\":");
  private static final byte[] REASONS = ascii(",\"reasons\":[");
  private static final byte[] QUARTERS = ascii("],\"quarters\":[");
  private static final byte[] REASON_QUARTER = ascii(",\"quarter\":\"");

  private byte[] pensionReason(int q, int age) {
    int key = q * 256 + (age & 0xFF);
    byte[] r = age >= 0 && age < 256 ? pensionReasons[key] : null;
    if (r == null) {
      r = reason(Reason.pensionAge(YearQuarter.of(year, q), age));
      if (age >= 0 && age < 256) {
        pensionReasons[key] = r;
      }
    }
    return r;
  }


  private boolean reason(boolean first, byte[] body, int quarter) {
    ensure(body.length + 32);
    if (!first) {
      buf[n++] = ',';
    }
    put(body);
    if (quarter > 0) {
      put(REASON_QUARTER);
      put(quarterNames[quarter]);
      buf[n++] = '"';
    }
    buf[n++] = '}';
    return false;
  }

}
