package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.calculation.ReasonCode;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.YearRules;
import be.jobbonus.rules.message.VlabelMessage;
import be.jobbonus.rules.message.VlabelQuarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sender-side reader of one results.jsonl line (docs/formats.md), strict: before anything is sent,
 * the line must be a complete result as {@code calculate} writes it.
 *
 * <ul>
 *   <li>Exactly the fields of the results format, each with its type (no unknown field, none
 *       missing, a key at most once; numbers are not strings and strings not numbers).
 *   <li>Names and texts without NUL or control characters, names at most 200 characters
 *       ({@link TextFields}).
 *   <li>The quarter amounts add up to {@code base}; a quarter not counted has amount 0.00.
 *   <li>The arithmetic the calculator's rounding guarantees, recomputed from the line's quarters by
 *       the one engine (recompute): reference monthly wage, base amount, counted and amount
 *       per quarter, base, reasons, eligible, payable, fixed increase, total. Checked with or
 *       without a seal: a line the calculator could never write is refused.
 *   <li>{@code parameters} names a known set ({@link ResultCheck}) and the line's reference year;
 *       when payable, {@code fixedIncrease} is that year's fixed increase and {@code total} is
 *       base + fixed increase, the base is at least the year's minimum payable and no reason stands
 *       in the way; when not payable, total and fixed increase are 0.00 and a reason explains it
 *       (a category or residence reason or no base, or {@code BELOW_MINIMUM_PAYABLE} with a base
 *       below the minimum it names). {@code eligible} agrees with the reasons and the base.
 * </ul>
 */
public final class ResultLine {

  private static final JsonMapper MAPPER = JsonLimits.strictMapper().rebuild()
      .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** The keys of a results line, in the order calculate writes them. */
  static final List<String> FIELDS = List.of("insz", "lastName", "firstName", "referenceYear", "statuut", "eligible",
      "reasons", "quarters", "base", "fixedIncrease", "total", "payable", "parameters");
  static final List<String> QUARTER_FIELDS = List.of("quarter", "counted", "workFraction", "wage",
      "referenceMonthlyWage", "baseAmount", "amount");
  static final Set<String> REASON_FIELDS = Set.of("code", "article", "message", "quarter");

  /** The shapes the checks test, compiled once (a line is checked many times a second). */
  private static final Pattern FRACTION = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
  private static final Pattern MINIMUM_NAMED =
      Pattern.compile("minimum payable of ([0-9]+\\.[0-9]{2}) \\((full|part)-time\\)$");
  private static final Pattern SET_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

  /** {@code quarters[i]}, {@code quarters[i].} and {@code quarters[i].<field>} of the four quarters a line may have, made once. */
  private static final List<Map<String, String>> QUARTER_PATHS = quarterPaths();

  private static List<Map<String, String>> quarterPaths() {
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Map<String, String> m = new java.util.HashMap<>();
      m.put("", "quarters[" + i + "].");
      for (String f : QUARTER_FIELDS) {
        m.put(f, "quarters[" + i + "]." + f);
      }
      out.add(Map.copyOf(m));
    }
    return List.copyOf(out);
  }

  /** The path of {@code field} of quarter {@code i} ({@code null}: the quarter, {@code ""}: its prefix). */
  static String quarterPath(int i, String field) {
    if (field == null) {
      return "quarters[" + i + "]";
    }
    String known = i < QUARTER_PATHS.size() ? QUARTER_PATHS.get(i).get(field) : null;
    return known != null ? known : "quarters[" + i + "]." + field;
  }

  /** Reasons that concern a quarter (and carry {@code quarter}). */
  private static final Set<ReasonCode> QUARTER_REASONS = EnumSet.of(ReasonCode.PENSION_AGE,
      ReasonCode.WAGE_ABOVE_UPPER_LIMIT);
  /** Reasons that concern the person (category, residence) and make them not eligible. */
  private static final Set<ReasonCode> PERSON_REASONS = EnumSet.of(ReasonCode.CATEGORY, ReasonCode.RESIDENCE);

  /** A line's problem: field and reason, and the masked INSZ when known. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;
    final String reason;
    final String maskedInsz;

    Problem(String field, String reason, String maskedInsz) {
      super(field + ": " + reason, null, false, false);
      this.field = field;
      this.reason = reason;
      this.maskedInsz = maskedInsz;
    }
  }

  final Insz insz;
  final boolean payable;
  final int referenceYear;
  /** The total in cents (0 when not payable). */
  final long totalCents;
  /** The {@code parameters} field: {@code <set>-<year>}. */
  final String parameters;
  /** The quarters as the line gives them, in order. */
  final List<VlabelQuarter> quarters;
  /** The reason codes, for comparing two results of one person. */
  final Set<ReasonCode> reasonCodes;
  private final VlabelMessage message; // null when the names cannot be sent

  private ResultLine(Insz insz, boolean payable, int referenceYear, long totalCents, String parameters,
      List<VlabelQuarter> quarters, Set<ReasonCode> reasonCodes, VlabelMessage message) {
    this.insz = insz;
    this.payable = payable;
    this.referenceYear = referenceYear;
    this.totalCents = totalCents;
    this.parameters = parameters;
    this.quarters = List.copyOf(quarters);
    this.reasonCodes = reasonCodes;
    this.message = message;
  }

  /** The message of a payable person; {@code null} when not payable. */
  VlabelMessage message() {
    return payable ? message : null;
  }

  /**
   * The message of this line whether payable or not (total 0.00 when not), for telling VLABEL of
   * a changed outcome; {@code null} when the line's names cannot be sent.
   */
  VlabelMessage messageOfOutcome() {
    return message;
  }

  static ResultLine parse(String line, ResultCheck check) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (JacksonException e) {
      String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (m.startsWith("Duplicate")) {
        throw new Problem("$", "a key appears twice in the object; a result has each key once", null);
      }
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new Problem("$", "not well-formed JSON" + where, null);
    }
    if (n == null || !n.isObject()) {
      throw new Problem("$", "must be a JSON object", null);
    }
    String maskedGuess = maskedGuess(n.get("insz"));
    Reader r = new Reader(maskedGuess);
    String inszText = r.string(n, "insz", "insz");
    Insz insz;
    try {
      insz = Insz.parse(inszText);
    } catch (IllegalArgumentException e) {
      throw new Problem("insz", e.getMessage(), maskedGuess); // Insz messages hold no digits
    }
    r = new Reader(insz.masked());
    r.exactly(n, FIELDS, "", "a results line");
    boolean payable = r.bool(n, "payable", "payable");
    String last = r.text(n, "lastName", "lastName", TextFields.MAX_NAME);
    String first = r.text(n, "firstName", "firstName", TextFields.MAX_NAME);
    String st = r.string(n, "statuut", "statuut");
    Statuut statuut;
    try {
      statuut = Statuut.valueOf(st);
    } catch (IllegalArgumentException e) {
      throw r.problem("statuut", "not a known statuut");
    }
    JsonNode y = r.required(n, "referenceYear", "referenceYear");
    if (!y.isIntegralNumber() || !y.canConvertToInt()) {
      throw r.problem("referenceYear", "wrong type: must be an integer");
    }
    int year = y.intValue();
    boolean eligible = r.bool(n, "eligible", "eligible");
    Set<ReasonCode> codes = r.reasons(n, year);
    String minimumNamed = r.minimumNamed;
    List<VlabelQuarter> quarters = new ArrayList<>();
    long sum = 0;
    JsonNode qs = r.required(n, "quarters", "quarters");
    if (!qs.isArray()) {
      throw r.problem("quarters", "wrong type: must be an array");
    }
    if (qs.size() > 4) {
      throw r.problem("quarters", "more than 4 quarters");
    }
    Set<YearQuarter> seenQuarters = new HashSet<>();
    YearQuarter previous = null;
    Quarters figures = new Quarters(qs.size());
    for (int i = 0; i < qs.size(); i++) {
      JsonNode q = qs.get(i);
      if (!q.isObject()) {
        throw r.problem(quarterPath(i, null), "wrong type: must be an object");
      }
      r.exactly(q, QUARTER_FIELDS, quarterPath(i, ""), "a quarter");
      YearQuarter yq;
      try {
        yq = YearQuarter.parse(r.string(q, "quarter", quarterPath(i, "quarter")));
      } catch (IllegalArgumentException e) {
        throw r.problem(quarterPath(i, "quarter"), "must look like 2024Q1");
      }
      if (!seenQuarters.add(yq) || (previous != null && yq.compareTo(previous) < 0)) {
        throw r.problem(quarterPath(i, "quarter"), "quarters must be given once each, in ascending order");
      }
      previous = yq;
      boolean counted = r.bool(q, "counted", quarterPath(i, "counted"));
      String f = r.string(q, "workFraction", quarterPath(i, "workFraction"));
      if (!FRACTION.matcher(f).matches()) {
        throw r.problem(quarterPath(i, "workFraction"), "must be a decimal string such as \"0.50\"");
      }
      BigDecimal fraction = new BigDecimal(f);
      long wage = r.money(q, "wage", quarterPath(i, "wage"));
      JsonNode s = r.required(q, "referenceMonthlyWage", quarterPath(i, "referenceMonthlyWage"));
      OptionalLong ref = s.isNull() ? OptionalLong.empty()
          : OptionalLong.of(r.money(q, "referenceMonthlyWage", quarterPath(i, "referenceMonthlyWage")));
      long base = r.money(q, "baseAmount", quarterPath(i, "baseAmount"));
      long amount = r.money(q, "amount", quarterPath(i, "amount"));
      if (!counted && amount != 0) {
        throw r.problem(quarterPath(i, "amount"), "is not 0.00 but the quarter is not counted");
      }
      sum += amount;
      try {
        quarters.add(new VlabelQuarter(yq, fraction, wage, ref, base, amount));
      } catch (IllegalArgumentException e) {
        throw r.domain(e, quarterPath(i, null));
      }
      figures.add(yq, counted, fraction, wage, ref, base, amount); // µ in [0, 1], at most 4 decimals (checked above)
    }
    long base = r.money(n, "base", "base");
    long fixed = r.money(n, "fixedIncrease", "fixedIncrease");
    long total = r.money(n, "total", "total");
    String parametersText = r.string(n, "parameters", "parameters");
    if (payable && total == 0) {
      throw r.problem("total", "payable is true but the total is 0.00");
    }
    if (!payable && total != 0) {
      throw r.problem("total", "payable is false but the total is not 0.00");
    }
    if (sum != base) {
      throw r.problem("base", "the quarter amounts do not add up to the base; the line was changed after calculate");
    }
    YearRules rules = r.yearRules(check, parametersText, year);
    if (payable) {
      if (fixed != rules.fixedIncrease().value()) {
        throw r.problem("fixedIncrease", "is not the fixed increase of " + year + " in parameters " + parametersText);
      }
      if (total != base + fixed) {
        throw r.problem("total", "is not base + fixed increase; the line was changed after calculate");
      }
      if (!eligible) {
        throw r.problem("payable", "is true but eligible is false");
      }
      for (ReasonCode c : codes) {
        if (!QUARTER_REASONS.contains(c)) {
          throw r.problem("payable", "is true but the reasons include " + c);
        }
      }
      long lowest = Math.min(rules.minimumPayableFullTime().value(), rules.minimumPayablePartTime().value());
      if (base < lowest) {
        throw r.problem("payable", "is true but the base is below the minimum payable of " + year);
      }
    } else {
      if (fixed != 0) {
        throw r.problem("fixedIncrease", "is not 0.00 but payable is false");
      }
      if (eligible) {
        if (!codes.contains(ReasonCode.BELOW_MINIMUM_PAYABLE)) {
          throw r.problem("payable", "is false for an eligible person without the reason BELOW_MINIMUM_PAYABLE");
        }
        long named = minimumNamed == null ? -1 : r.minimumCents(minimumNamed);
        if (named != rules.minimumPayableFullTime().value() && named != rules.minimumPayablePartTime().value()) {
          throw r.problem("reasons", "BELOW_MINIMUM_PAYABLE does not name a minimum payable of " + year);
        }
        if (base >= named) {
          throw r.problem("payable", "is false but the base is not below the minimum payable");
        }
      } else if (codes.contains(ReasonCode.BELOW_MINIMUM_PAYABLE)) {
        throw r.problem("reasons", "BELOW_MINIMUM_PAYABLE for a person who is not eligible");
      }
    }
    boolean personOk = codes.stream().noneMatch(PERSON_REASONS::contains);
    if (eligible != (personOk && base > 0)) {
      throw r.problem("eligible", eligible ? "is true but a reason or a base of 0.00 says otherwise"
          : "is false but no category or residence reason and the base is above 0.00");
    }
    if (!personOk && quarters.stream().anyMatch(q -> q.amountCents() != 0)) {
      throw r.problem("quarters", "an amount for a person who is not eligible");
    }
    recompute(r, check.kernel(r.set, year), statuut, codes, figures, base, eligible, payable, fixed, total,
        minimumNamed == null ? -1 : r.minimumCents(minimumNamed));
    VlabelMessage m;
    try {
      m = new VlabelMessage(insz, last, first, statuut, year, total, quarters);
    } catch (IllegalArgumentException e) {
      if (!payable && e.getMessage() != null
          && (e.getMessage().startsWith("lastName:") || e.getMessage().startsWith("firstName:"))) {
        // names are only needed for a notification
        return new ResultLine(insz, false, year, total, parametersText, quarters, codes, null);
      }
      throw r.domain(e, "$");
    }
    return new ResultLine(insz, payable, year, total, parametersText, quarters, codes, m);
  }

  /** A line's quarters as numbers, in the line's order, for {@link #recompute}. */
  private static final class Quarters {
    final YearQuarter[] quarter;
    final boolean[] counted;
    final int[] m;
    final long[] wage;
    final long[] referenceMonthlyWage; // -1: null
    final long[] baseAmount;
    final long[] amount;
    int size;

    Quarters(int n) {
      quarter = new YearQuarter[n];
      counted = new boolean[n];
      m = new int[n];
      wage = new long[n];
      referenceMonthlyWage = new long[n];
      baseAmount = new long[n];
      amount = new long[n];
    }

    /** A quarter; {@code fraction} in [0, 1] with at most four decimals. */
    void add(YearQuarter yq, boolean isCounted, BigDecimal fraction, long w, OptionalLong s, long b, long a) {
      quarter[size] = yq;
      counted[size] = isCounted;
      m[size] = fraction.movePointRight(4).intValueExact();
      wage[size] = w;
      referenceMonthlyWage[size] = s.isPresent() ? s.getAsLong() : -1;
      baseAmount[size] = b;
      amount[size] = a;
      size++;
    }
  }

  /**
   * Any region but the Flemish one, for a line with a {@code RESIDENCE} reason: the line does not
   * say which, and the engine asks only whether it is the Flemish Region.
   */
  private static final Region NOT_FLEMISH = Region.BRUSSELS_REGION;

  /**
   * Recomputes the line from its quarters through the one engine ({@link BatchKernel}, the code
   * calculate runs) and refuses every figure the calculator could not have written: per quarter the
   * reference monthly wage (wage / 3 / µ, rounded as the engine rounds it), the base amount of the
   * year's parameters, whether it counts and its amount; the base; the reasons (category of the
   * statuut, no performance, pension age and upper limit per quarter, below the minimum); and
   * eligible, payable, fixed increase, total and the minimum named. What the line does not hold is
   * taken from it: the residence from a {@code RESIDENCE} reason, the pension quarter from the first
   * {@code PENSION_AGE} reason; the regime, which decides only whether the full-time or the
   * part-time minimum applies, is tried both ways (all quarters full-time gives the person
   * full-time exactly when any regimes can, all part-time part-time exactly when any can), and the
   * line must agree with one.
   */
  private static void recompute(Reader r, BatchKernel kernel, Statuut statuut, Set<ReasonCode> codes, Quarters q,
      long base, boolean eligible, boolean payable, long fixed, long total, long minimumNamed) {
    int year = kernel.referenceYear();
    int pensionQuarter = r.pensionQuarters == 0 ? BatchInput.NO_PENSION_CUTOFF
        : Integer.numberOfTrailingZeros(r.pensionQuarters);
    Region residence = codes.contains(ReasonCode.RESIDENCE) ? NOT_FLEMISH : Region.FLEMISH_REGION;
    BatchInput.Builder b = BatchInput.builder(2);
    for (Regime regime : new Regime[] {Regime.FULL_TIME, Regime.PART_TIME}) {
      b.person(statuut, residence, pensionQuarter);
      if (r.declaredCategory != 0) {
        b.declaredCategory(r.declaredCategory);
      }
      for (int i = 0; i < q.size; i++) {
        if (q.quarter[i].year() != year) {
          throw r.problem(quarterPath(i, "quarter"), "outside the reference year");
        }
        try {
          b.quarter(q.quarter[i].quarter(), q.wage[i], q.m[i], regime);
        } catch (IllegalArgumentException e) {
          throw r.problem(quarterPath(i, "wage"), "outside the range calculate computes");
        }
      }
    }
    BatchInput in = b.build();
    BatchOutput out = BatchOutput.forInput(in);
    kernel.compute(in, out);
    String named = kernel.parameters().id() + "-" + year;
    int pensionStatus = 0;
    int wageStatus = 0;
    for (int i = 0; i < q.size; i++) {
      int quarterOfYear = q.quarter[i].quarter();
      if (q.referenceMonthlyWage[i] != BatchKernel.referenceMonthlyWageCents(q.wage[i], q.m[i])) {
        throw r.problem(quarterPath(i, "referenceMonthlyWage"), "is not wage / 3 / workFraction rounded to the cent as calculate"
            + " rounds it: the wage, the work fraction or this field was changed after calculate");
      }
      if (q.baseAmount[i] != kernel.baseAmountCents(quarterOfYear, q.wage[i], q.m[i])) {
        throw r.problem(quarterPath(i, "baseAmount"), "is not the base amount of the quarter's reference monthly wage under "
            + named + ": the line was changed after calculate");
      }
      if (q.counted[i] != out.counted(i)) {
        throw r.problem(quarterPath(i, "counted"), "does not agree with the quarter's wage, work fraction and reasons as"
            + " calculate decides them: the line was changed after calculate");
      }
      if (q.amount[i] != out.amountCents(i)) {
        throw r.problem(quarterPath(i, "amount"), "is not the quarter's share of the base as calculate computes it from the"
            + " quarters under " + named + ": the line was changed after calculate");
      }
      if (out.status(i) == BatchOutput.PENSION_AGE) {
        pensionStatus |= 1 << quarterOfYear;
      } else if (out.status(i) == BatchOutput.WAGE_ABOVE_UPPER_LIMIT) {
        wageStatus |= 1 << quarterOfYear;
      }
    }
    if (base != out.baseCents(0)) {
      throw r.problem("base", "is not the base calculate computes from the quarters under " + named);
    }
    if (pensionStatus != r.pensionQuarters || wageStatus != r.wageQuarters) {
      throw r.problem("reasons", "the pension-age and upper-limit reasons do not name the quarters calculate finds"
          + " from the quarters' figures: the line was changed after calculate");
    }
    int unmet = 0;
    for (ReasonCode c : codes) {
      unmet |= 1 << c.ordinal();
    }
    int belowMinimum = 1 << ReasonCode.BELOW_MINIMUM_PAYABLE.ordinal();
    if ((kernel.unmetConditions(in, out, 0) | belowMinimum) != (unmet | belowMinimum)) {
      throw r.problem("reasons", "do not agree with the statuut and the quarters as calculate decides them (category,"
          + " no performance, pension age, upper limit): the line was changed after calculate");
    }
    if (eligible != out.eligible(0)) {
      throw r.problem("eligible", "does not agree with what calculate computes from the quarters");
    }
    for (int person = 0; person < 2; person++) {
      boolean fullTime = out.fullTime(person);
      if (out.payable(person) == payable && out.fixedIncreaseCents(person) == fixed && out.totalCents(person) == total
          && kernel.unmetConditions(in, out, person) == unmet
          && (!codes.contains(ReasonCode.BELOW_MINIMUM_PAYABLE) || minimumNamed == kernel.minimumPayableCents(fullTime))) {
        return; // a line calculate writes for some regimes of the quarters
      }
    }
    throw r.problem("payable", "payable, the total and the minimum payable named do not agree with what calculate"
        + " computes from the quarters under " + named + ", full-time or part-time: the line was changed after"
        + " calculate");
  }

  private static String maskedGuess(JsonNode insz) {
    if (insz != null && insz.isString()) {
      String t = insz.stringValue();
      if (t.length() == 11 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return t.substring(0, 6) + "*****";
      }
    }
    return null;
  }

  /** Field access that reports problems with the masked INSZ and without values. */
  private static final class Reader {
    private final String masked;
    String minimumNamed;
    /** The quarters (bit 1-4) a PENSION_AGE reason names, and those a WAGE_ABOVE_UPPER_LIMIT one names. */
    int pensionQuarters;
    int wageQuarters;
    /** The excluded category ({@code DmfaExclusions}) a {@code CATEGORY} reason of the declaration names, 0 for none. */
    int declaredCategory;
    /** The parameter set the line names, once {@link #yearRules} found it. */
    ParameterSet set;

    Reader(String masked) {
      this.masked = masked;
    }

    Problem problem(String field, String reason) {
      return new Problem(field, reason, masked);
    }

    /** Refuses a missing or an unknown key (the unknown key is named only when it is a plain name). */
    void exactly(JsonNode n, List<String> fields, String prefix, String what) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!fields.contains(e.getKey())) {
          String k = e.getKey();
          boolean plain = PLAIN_KEY.matcher(k).matches();
          throw problem(plain ? prefix + k : (prefix.isEmpty() ? "$" : prefix.substring(0, prefix.length() - 1)),
              (plain ? "unknown field" : "a field with an unexpected name") + ": " + what + " has exactly the fields "
                  + String.join(", ", fields));
        }
      }
      for (String f : fields) {
        JsonNode v = n.get(f);
        if (v == null || v.isMissingNode()) {
          throw problem(prefix + f, "missing field");
        }
      }
    }

    JsonNode required(JsonNode n, String name, String path) {
      JsonNode v = n.get(name);
      if (v == null || v.isMissingNode()) {
        throw problem(path, "missing field");
      }
      return v;
    }

    String string(JsonNode n, String name, String path) {
      JsonNode v = required(n, name, path);
      if (!v.isString()) {
        throw problem(path, "wrong type: must be a string");
      }
      return v.stringValue();
    }

    String text(JsonNode n, String name, String path, int max) {
      String s = string(n, name, path);
      String p = TextFields.problem(s, max);
      if (p != null) {
        throw problem(path, p);
      }
      return s;
    }

    boolean bool(JsonNode n, String name, String path) {
      JsonNode v = required(n, name, path);
      if (!v.isBoolean()) {
        throw problem(path, "wrong type: must be true or false");
      }
      return v.booleanValue();
    }

    long money(JsonNode n, String name, String path) {
      JsonNode v = required(n, name, path);
      if (!v.isString()) {
        throw problem(path, "wrong type: must be a decimal string such as \"434.29\"");
      }
      String t = v.stringValue();
      if (!isEuroText(t)) {
        throw problem(path, "must be a non-negative euro amount with two decimals, e.g. \"434.29\"");
      }
      return new BigDecimal(t).movePointRight(2).longValueExact();
    }

    /** The reasons: known codes with their article, a quarter exactly for a quarter's condition. */
    Set<ReasonCode> reasons(JsonNode n, int year) {
      JsonNode rs = required(n, "reasons", "reasons");
      if (!rs.isArray()) {
        throw problem("reasons", "wrong type: must be an array");
      }
      Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
      for (int i = 0; i < rs.size(); i++) {
        String p = "reasons[" + i + "]";
        JsonNode o = rs.get(i);
        if (!o.isObject()) {
          throw problem(p, "wrong type: must be an object");
        }
        for (Map.Entry<String, JsonNode> e : o.properties()) {
          if (!REASON_FIELDS.contains(e.getKey())) {
            throw problem(p, "unknown field: a reason has the fields code, article, message and, for a quarter, quarter");
          }
        }
        ReasonCode code;
        try {
          code = ReasonCode.valueOf(string(o, "code", p + ".code"));
        } catch (IllegalArgumentException e) {
          throw problem(p + ".code", "not a known reason code");
        }
        if (!code.article().equals(string(o, "article", p + ".article"))) {
          throw problem(p + ".article", "is not the article of " + code);
        }
        String message = text(o, "message", p + ".message", TextFields.MAX_TEXT);
        JsonNode q = o.get("quarter");
        if (QUARTER_REASONS.contains(code) != (q != null)) {
          throw problem(p + ".quarter", QUARTER_REASONS.contains(code) ? "missing field" : "unknown field for " + code);
        }
        if (q != null) {
          try {
            YearQuarter yq = YearQuarter.parse(string(o, "quarter", p + ".quarter"));
            if (yq.year() != year) {
              throw problem(p + ".quarter", "outside the reference year");
            }
            if (code == ReasonCode.PENSION_AGE) {
              pensionQuarters |= 1 << yq.quarter();
            } else {
              wageQuarters |= 1 << yq.quarter();
            }
          } catch (IllegalArgumentException e) {
            throw problem(p + ".quarter", "must look like 2024Q1");
          }
        }
        if (code == ReasonCode.CATEGORY) { // the statuut's category, or the declaration's (every DmfA line excluded)
          for (be.jobbonus.core.batch.DmfaExclusions.Category c : be.jobbonus.core.batch.DmfaExclusions.official()
              .categories()) {
            if (be.jobbonus.core.calculation.Reason.declaredCategory(c.id()).message().equals(message)) {
              declaredCategory = c.index();
            }
          }
        }
        if (code == ReasonCode.BELOW_MINIMUM_PAYABLE) {
          java.util.regex.Matcher mm = MINIMUM_NAMED.matcher(message);
          minimumNamed = mm.find() ? mm.group(1) : null;
        }
        codes.add(code);
      }
      return codes;
    }

    /** {@code (0|[1-9][0-9]{0,10})\.[0-9]{2}}: a euro amount as calculate writes it. */
    static boolean isEuroText(String t) {
      int n = t.length();
      int dot = n - 3;
      if (dot < 1 || dot > 11 || t.charAt(dot) != '.' || (t.charAt(0) == '0' && dot != 1)) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = t.charAt(i);
        if (i != dot && (c < '0' || c > '9')) {
          return false;
        }
      }
      return true;
    }

    long minimumCents(String text) {
      return new BigDecimal(text).movePointRight(2).longValueExact();
    }

    /** The year's rules of the set named {@code <id>-<year>}. */
    YearRules yearRules(ResultCheck check, String parameters, int year) {
      int dash = parameters.lastIndexOf('-');
      if (dash <= 0 || !parameters.substring(dash + 1).equals(Integer.toString(year))) {
        throw problem("parameters", "must be <parameter set>-<reference year>, the line's reference year");
      }
      String id = parameters.substring(0, dash);
      ParameterSet set = check.set(id);
      if (set == null) {
        String shown = SET_ID.matcher(id).matches() ? "'" + id + "'" : "of this line";
        throw problem("parameters", "the parameter set " + shown + " is not known (known: " + check.ids()
            + "); give it with --parameters");
      }
      if (!check.covers(set, year)) {
        throw problem("parameters", "the parameter set does not cover " + year);
      }
      this.set = set;
      return set.yearRules(year);
    }

    Problem domain(IllegalArgumentException e, String path) {
      String m = e.getMessage() == null ? "invalid" : e.getMessage();
      int colon = m.indexOf(": ");
      if (colon > 0 && LETTERS.matcher(m.substring(0, colon)).matches()) {
        String f = m.substring(0, colon);
        return problem(path.equals("$") ? f : path + "." + f, m.substring(colon + 2));
      }
      return problem(path, "invalid");
    }
  }
}
