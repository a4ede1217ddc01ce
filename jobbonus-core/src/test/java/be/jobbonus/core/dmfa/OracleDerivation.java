package be.jobbonus.core.dmfa;

import be.jobbonus.core.Euro;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.DmfaRules;
import be.jobbonus.core.parameters.Parameter;
import be.jobbonus.core.parameters.ParameterSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The oracle: the DmfA derivation as it was before it was written once (Service and Remuneration
 * records, {@code OccupationLine.of}, {@code DmfaDerivation.check} and {@code derive} with exact
 * fractions, and the text of {@code LineTrace}, {@code QuarterDerivation} and {@code Derivation}),
 * kept literally, on primitive lines, with its own exact fraction {@link Frac}. The one derivation
 * in {@code src/main} is property-tested against it: same quarters, same refusals (field and
 * text), same explanation text.
 *
 * <p>Person semantics: the lines in order, each refused on its own (first by what constructing
 * its objects checks, then by {@code check}); the person takes the first line refusal, else the
 * quarter-wage refusal of the first quarter in order, else the quarters.
 */
public final class OracleDerivation {

  private OracleDerivation() {}

  /** One line as primitives (days, hours and weekly figures in hundredths, amounts in cents). */
  public record Line(YearQuarter quarter, String employer, int workerCode, boolean partTime, int daysPerWeek,
      int meanWorkingHours, int refMeanWorkingHours, int[] serviceCodes, int[] serviceDays, int[] serviceHours,
      int[] remunerationCodes, long[] remunerationAmounts, int employerClass, int apprenticeship) {

    /** A line without employer class (-1) or apprentice type (0). */
    public Line(YearQuarter quarter, String employer, int workerCode, boolean partTime, int daysPerWeek,
        int meanWorkingHours, int refMeanWorkingHours, int[] serviceCodes, int[] serviceDays, int[] serviceHours,
        int[] remunerationCodes, long[] remunerationAmounts) {
      this(quarter, employer, workerCode, partTime, daysPerWeek, meanWorkingHours, refMeanWorkingHours, serviceCodes,
          serviceDays, serviceHours, remunerationCodes, remunerationAmounts, -1, 0);
    }

    public Regime contract() {
      return partTime ? Regime.PART_TIME : Regime.FULL_TIME;
    }

    @Override
    public String toString() { // synthetic test data
      return quarter + " wc=" + workerCode + (partTime ? " PT" : " FT") + " D=" + daysPerWeek + " Q=" + meanWorkingHours
          + " S=" + refMeanWorkingHours + " svc=" + java.util.Arrays.toString(serviceCodes) + "/"
          + java.util.Arrays.toString(serviceDays) + "/" + java.util.Arrays.toString(serviceHours) + " rem="
          + java.util.Arrays.toString(remunerationCodes) + "/" + java.util.Arrays.toString(remunerationAmounts)
          + (employerClass != -1 ? " class=" + employerClass : "") + (apprenticeship != 0 ? " appr=" + apprenticeship : "");
    }
  }

  /**
   * A refusal: the field and the text after "field: ".
   *
   * @param construction whether constructing the line's objects refuses it (else {@code check} or
   *     the quarter wage)
   */
  public record Refusal(String field, String reason, boolean construction) {}

  /** One quarter's inputs and explanation lines (labels "line i"). */
  public record Quarter(YearQuarter quarter, long wageCents, BigDecimal workFraction, Regime regime, String exactText,
      boolean capped, List<String> lines) {}

  /**
   * A person: refused, or the quarters with the whole text of {@code Derivation.toText()}, and the
   * excluded category every line is of (null when a line is of none).
   */
  public record Outcome(Refusal refusal, List<Quarter> quarters, String text, String excludedCategory) {
    Outcome(Refusal refusal, List<Quarter> quarters, String text) {
      this(refusal, quarters, text, null);
    }
  }

  // ------------------------------------------------------------------ the excluded categories, written out

  /**
   * The category the decree excludes that the line is of, as docs/dmfa.md §14 lists the codes
   * (written out here, not read from the table), when IP-declared-category reads the declaration;
   * null for none. The first category in the list's order wins.
   */
  public static String excludedCategory(ParameterSet parameters, Line l) {
    if (!parameters.interpretation().excludedCategories().value().name().equals("STATUUT_OR_DECLARATION")) {
      return null;
    }
    int q = l.quarter().year() * 10 + l.quarter().quarter();
    int wc = l.workerCode();
    int ec = l.employerClass();
    int ap = l.apprenticeship();
    if (wc == 840 || wc == 841 && q >= 20043) {
      return "STUDENT_SOLIDARITY";
    }
    if (wc == 22 || wc == 26 && q <= 20191 || wc == 27 || wc == 35 || wc == 47 && q >= 20033 || wc == 439
        || wc == 487 || ap == 1 || ap >= 2 && ap <= 5 && q <= 20193) {
      return "APPRENTICE";
    }
    if (ec == 72 || ec == 272 || ec == 372) {
      return "MEDICAL_SPECIALIST_IN_TRAINING";
    }
    if (ec == 70 || ec == 76 && q >= 20073 || ec == 176 && q >= 20123) {
      return "FLAT_RATE_SPORTSPERSON";
    }
    if ((wc == 50 || wc == 450) && q >= 20154) {
      return "FLEXI_JOB";
    }
    return null;
  }

  private static final List<String> CATEGORY_ORDER = List.of("STUDENT_SOLIDARITY", "APPRENTICE",
      "MEDICAL_SPECIALIST_IN_TRAINING", "FLAT_RATE_SPORTSPERSON", "FLEXI_JOB");

  /** The explanation of an excluded line: the marker that matched, its status and source (the data's words). */
  private static String exclusionText(ParameterSet parameters, Line l, String category) {
    int q = l.quarter().year() * 10 + l.quarter().quarter();
    String field;
    int value;
    String zone;
    int wc = l.workerCode();
    boolean byWorkerCode = switch (category) {
      case "STUDENT_SOLIDARITY", "FLEXI_JOB" -> true;
      case "APPRENTICE" -> wc == 22 || wc == 26 && q <= 20191 || wc == 27 || wc == 35 || wc == 47 && q >= 20033
          || wc == 439 || wc == 487;
      default -> false;
    };
    int marker;
    if (byWorkerCode) {
      field = "worker code";
      value = wc;
      zone = "00037";
      marker = 0;
    } else if (category.equals("APPRENTICE")) {
      field = "apprentice type";
      value = l.apprenticeship();
      zone = "00055";
      marker = 1;
    } else {
      field = "employer class";
      value = l.employerClass();
      zone = "00036";
      marker = 0;
    }
    var m = be.jobbonus.core.batch.DmfaExclusions.official().category(category).orElseThrow().markers().get(marker);
    return "category " + category + " (" + law(parameters, "category") + "): " + field + " " + value + " (zone " + zone
        + ") is one of its codes in " + l.quarter() + " [" + m.status() + ": " + m.source() + "]; IP-declared-category "
        + parameters.interpretation().excludedCategories().value() + " ["
        + parameters.interpretation().excludedCategories().status() + "]: neither its days nor its wage count";
  }

  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Refusal refusal;

    Refused(String field, String reason, boolean construction) {
      super(field + ": " + reason, null, false, false);
      this.refusal = new Refusal(field, reason, construction);
    }
  }

  private static Refused construction(String field, String reason) {
    return new Refused(field, reason, true);
  }

  // ------------------------------------------------------------------ as the value types checked

  /** Service.of, Remuneration.of (each in order) then OccupationLine.of, as they were. */
  static void construct(Line l) {
    for (int i = 0; i < l.serviceCodes().length; i++) {
      int code = l.serviceCodes()[i];
      int days = l.serviceDays()[i];
      int hours = l.serviceHours()[i];
      if (code < 0 || code > 999) {
        throw construction("code", "service code must be 0-999, was " + code);
      }
      if (days < 0 || days > 36_600) {
        throw construction("days", "must be 0-36600 (hundredths of a day: 6500 = 65 days), was " + days);
      }
      if (hours < 0 || hours > 9_999_999) {
        throw construction("hours", "must be 0-9999999 (hundredths of an hour: 49400 = 494 h), was " + hours);
      }
    }
    for (int i = 0; i < l.remunerationCodes().length; i++) {
      int code = l.remunerationCodes()[i];
      long amountCents = l.remunerationAmounts()[i];
      if (code < 0 || code > 999) {
        throw construction("code", "remuneration code must be 0-999, was " + code);
      }
      if (amountCents < 0 || amountCents > 99_999_999_999L) {
        throw construction("amount",
            "must be 0 to 99999999999 euro cents (11 digits, DmfA zone 00070); check the unit is cents");
      }
    }
    String employer = l.employer();
    if (employer == null || !(employer.length() == 9 || employer.length() == 10) || !employer.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw construction("employer", "must be the employer's KBO number (10 digits) or RSZ number (9 digits)");
    }
    int workerCode = l.workerCode();
    if (workerCode < 0 || workerCode > 999) {
      throw construction("workerCode", "must be 0-999 (DmfA annex 2), was " + workerCode);
    }
    if (l.employerClass() < -1 || l.employerClass() > 999) {
      throw construction("employerClass", "must be 0-999 (zone 00036, the employer category), was " + l.employerClass());
    }
    if (l.apprenticeship() < 0 || l.apprenticeship() > 9) {
      throw construction("apprenticeship", "must be 0-9 (zone 00055, the apprentice type; 0 or absent: not an"
          + " apprentice), was " + l.apprenticeship());
    }
    int daysPerWeek = l.daysPerWeek();
    if (daysPerWeek < 0 || daysPerWeek > 700) {
      throw construction("daysPerWeek", "must be 0-700 (hundredths: 500 = 5 days a week), was " + daysPerWeek);
    }
    int meanWorkingHours = l.meanWorkingHours();
    if (meanWorkingHours < 0 || meanWorkingHours > 6_000) {
      throw construction("meanWorkingHours", "must be 0-6000 (hundredths: 3800 = 38 h a week), was " + meanWorkingHours);
    }
    int refMeanWorkingHours = l.refMeanWorkingHours();
    if (refMeanWorkingHours < 0 || refMeanWorkingHours > 6_000) {
      throw construction("refMeanWorkingHours",
          "must be 0-6000 (hundredths: 3800 = 38 h a week), was " + refMeanWorkingHours);
    }
    YearQuarter quarter = l.quarter();
    long quarterDays = ChronoUnit.DAYS.between(quarter.firstDay(), quarter.lastDay()) + 1;
    long days = 0;
    long hours = 0;
    Set<Integer> codes = new HashSet<>();
    for (int i = 0; i < l.serviceCodes().length; i++) {
      if (!codes.add(l.serviceCodes()[i])) {
        throw construction("services[" + i + "].code",
            "service code " + l.serviceCodes()[i] + " appears twice in the line; declare each code once");
      }
      days += l.serviceDays()[i];
      hours += l.serviceHours()[i];
    }
    if (days > quarterDays * 100) {
      throw construction("services",
          "the services add up to " + days / 100 + "." + String.format("%02d", days % 100) + " days but "
              + quarter + " has " + quarterDays + " days; days are in hundredths (6500 = 65 days)");
    }
    if (hours > quarterDays * 2400) {
      throw construction("services",
          "the services add up to more hours than " + quarter + " has; hours are in hundredths (49400 = 494 h)");
    }
    long amount = 0;
    for (int i = 0; i < l.remunerationAmounts().length; i++) {
      amount += l.remunerationAmounts()[i];
      if (amount > 99_999_999_999L) {
        throw construction("remunerations", "the amounts add up to more than 99999999999 cents; check the unit is cents");
      }
    }
  }

  // ------------------------------------------------------------------ as DmfaDerivation checked and derived

  /** DmfaDerivation.check, as it was. */
  static void check(ParameterSet parameters, Line line) {
    DmfaRules rules = parameters.dmfaRulesFor(line.quarter());
    if (excludedCategory(parameters, line) != null) {
      return; // nothing of the line is used: neither its codes nor its schedule matter
    }
    // the codes of DmfA annexes 8 and 7 (docs/dmfa.md §7, §8): a code with days, hours or an amount must be known
    be.jobbonus.core.batch.DmfaDomains domains = be.jobbonus.core.batch.DmfaDomains.official();
    for (int i = 0; i < line.serviceCodes().length; i++) {
      int code = line.serviceCodes()[i];
      boolean used = line.serviceDays()[i] != 0 || line.serviceHours()[i] != 0;
      if (used && !domains.serviceCodes().known(code, line.quarter())) {
        throw new Refused("services[" + i + "].code", "service code " + code + " is not a working-time code of DmfA"
            + " annex 8 in " + line.quarter() + "; its days can be neither counted nor left out: correct the code"
            + " (the list: docs/dmfa.md, service codes)", false);
      }
    }
    for (int i = 0; i < line.remunerationCodes().length; i++) {
      int code = line.remunerationCodes()[i];
      if (line.remunerationAmounts()[i] != 0 && !domains.remunerationCodes().known(code, line.quarter())) {
        throw new Refused("remunerations[" + i + "].code", "remuneration code " + code + " is not a remuneration code"
            + " of DmfA annex 7 in " + line.quarter() + "; its amount can be neither counted as wage nor left out:"
            + " correct the code (the list: docs/dmfa.md, remuneration codes)", false);
      }
    }
    if (isTerminationIndemnity(line, rules) && !indemnityCounts(rules, line.quarter())) {
      return;
    }
    Set<Integer> counted = rules.countedServiceCodes().value();
    boolean hasCounted = false;
    for (int i = 0; i < line.serviceCodes().length; i++) {
      int code = line.serviceCodes()[i];
      if (!counted.contains(code)) {
        continue;
      }
      if (line.serviceDays()[i] == 0 && line.serviceHours()[i] == 0) {
        throw new Refused("services[" + i + "].days", "is 0 and so are the hours of counted service code " + code
            + "; DmfA declares a service with at least 1 (hundredths of a day)", false);
      }
      if (line.partTime() && line.serviceHours()[i] == 0 && line.serviceDays()[i] > 0) {
        throw new Refused("services[" + i + "].hours",
            "a part-time line must declare the hours of service code " + code + " (hundredths of an hour)", false);
      }
      hasCounted |= line.serviceDays()[i] > 0 || line.serviceHours()[i] > 0;
    }
    if (!hasCounted) {
      return;
    }
    if (!line.partTime() && line.daysPerWeek() == 0) {
      throw new Refused("daysPerWeek",
          "is 0 on a full-time line with counted services; give the days per week of the schedule (500 = 5 days)", false);
    }
    if (line.partTime() && line.refMeanWorkingHours() == 0) {
      throw new Refused("refMeanWorkingHours",
          "is 0 on a part-time line with counted services; give the full-time reference person's weekly hours S (3800 = 38 h)",
          false);
    }
  }

  /**
   * The line on its own: null when it is accepted, else its refusal.
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when no rules cover its quarter
   *     (and its objects construct)
   */
  public static Refusal lineRefusal(ParameterSet parameters, Line line) {
    try {
      construct(line);
      check(parameters, line);
      return null;
    } catch (Refused e) {
      return e.refusal;
    }
  }

  /** The person, as described in the class comment. */
  public static Outcome derive(ParameterSet parameters, List<Line> lines) {
    TreeMap<YearQuarter, List<Integer>> byQuarter = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Refusal r = lineRefusal(parameters, lines.get(i));
      if (r != null) {
        return new Outcome(r, List.of(), null);
      }
      byQuarter.computeIfAbsent(lines.get(i).quarter(), q -> new ArrayList<>(2)).add(i);
    }
    List<Quarter> out = new ArrayList<>();
    StringBuilder b = new StringBuilder(
        "Derivation from DmfA occupation lines  [" + law(parameters, "dmfaDerivation") + "]\n");
    for (var e : byQuarter.entrySet()) {
      Quarter q;
      try {
        q = quarter(parameters, e.getKey(), lines, e.getValue());
      } catch (Refused r) {
        return new Outcome(r.refusal, List.of(), null);
      }
      out.add(q);
      b.append('\n').append("Quarter ").append(q.quarter()).append('\n');
      for (String line : q.lines()) {
        b.append("   ").append(line).append('\n');
      }
    }
    String category = null;
    for (Line l : lines) {
      String c = excludedCategory(parameters, l);
      if (c == null) {
        category = null;
        break;
      }
      category = category == null || CATEGORY_ORDER.indexOf(c) < CATEGORY_ORDER.indexOf(category) ? c : category;
    }
    for (Quarter q : out) { // work without wage, after every quarter's own refusal
      if (q.wageCents() == 0 && q.workFraction().signum() > 0) {
        return new Outcome(new Refusal("remunerations", q.quarter() + ": days of work count (a work fraction above 0)"
            + " but no amount is declared under a wage code " + new java.util.TreeSet<>(
                parameters.dmfaRulesFor(q.quarter()).wageRemunerationCodes().value())
            + "; the quarter would be computed with no wage and the largest amount. Check with the employer whether"
            + " the wage was declared under another code (a flexi-job wage, code 22, or a premium, code 2) and have"
            + " the declaration corrected, then rerun", false), List.of(), null);
      }
    }
    return new Outcome(null, out, b.toString(), category);
  }

  private static Quarter quarter(ParameterSet parameters, YearQuarter q, List<Line> lines, List<Integer> indexes) {
    DmfaRules rules = parameters.dmfaRulesFor(q);
    Set<Integer> countedCodes = rules.countedServiceCodes().value();
    Set<Integer> wageCodes = rules.wageRemunerationCodes().value();
    Set<Integer> tiCodes = rules.terminationIndemnityRemunerationCodes().value();
    boolean tiCounts = indemnityCounts(rules, q);
    Set<Integer> teaching = rules.teachingStaffWorkerCodes().value();
    List<String> text = new ArrayList<>();
    text.add("counted service codes " + countedCodes + " " + cite(rules.countedServiceCodes()));
    text.add("wage remuneration codes " + wageCodes + " " + cite(rules.wageRemunerationCodes()));
    text.add("termination-indemnity codes " + tiCodes + ", such lines " + (tiCounts ? "count" : "count for nothing") + " "
        + cite(rules.terminationIndemnityCounts()) + ", from the quarter containing "
        + rules.terminationIndemnityFrom().value() + " " + cite(rules.terminationIndemnityFrom()));
    Frac sum = Frac.ZERO;
    long wage = 0;
    boolean anyCounted = false;
    boolean allCountedFullTime = true;
    boolean allFullTime = true;
    for (int i : indexes) {
      Line l = lines.get(i);
      allFullTime &= !l.partTime();
      boolean ti = isTerminationIndemnity(l, rules);
      String excluded = excludedCategory(parameters, l);
      boolean counts = excluded == null && (!ti || tiCounts);
      List<String> counted = new ArrayList<>();
      List<String> other = new ArrayList<>();
      long numerator = 0;
      for (int k = 0; k < l.serviceCodes().length; k++) {
        int code = l.serviceCodes()[k];
        String s = "code " + code + " (" + hundredths(l.serviceDays()[k]) + " days"
            + (l.partTime() || l.serviceHours()[k] > 0 ? ", " + hundredths(l.serviceHours()[k]) + " h" : "") + ")";
        if (counts && countedCodes.contains(code)) {
          counted.add(s);
          numerator += l.partTime() ? l.serviceHours()[k] : l.serviceDays()[k];
        } else {
          other.add(s);
        }
      }
      List<String> wageRem = new ArrayList<>();
      List<String> otherRem = new ArrayList<>();
      long lineWage = 0;
      for (int k = 0; k < l.remunerationCodes().length; k++) {
        int code = l.remunerationCodes()[k];
        String s = "code " + code + " = " + Euro.format(l.remunerationAmounts()[k]);
        if (counts && (wageCodes.contains(code) || (ti && tiCodes.contains(code)))) {
          wageRem.add(s);
          lineWage += l.remunerationAmounts()[k];
        } else {
          otherRem.add(s);
        }
      }
      long denominator = 0;
      if (numerator > 0) {
        denominator = 13L * (l.partTime() ? l.refMeanWorkingHours() : l.daysPerWeek());
        anyCounted = true;
        allCountedFullTime &= !l.partTime();
      }
      Frac fraction = denominator == 0 ? Frac.ZERO : Frac.of(numerator, denominator);
      // LineTrace.toLines, as it was
      text.add("line " + (i + 1) + ": employer " + l.employer() + ", worker code " + l.workerCode() + ", "
          + l.contract() + ", D = " + hundredths(l.daysPerWeek()) + " days/week, Q = "
          + hundredths(l.meanWorkingHours()) + " h, S = " + hundredths(l.refMeanWorkingHours()) + " h");
      if (excluded != null) {
        text.add("  EXCLUDED: " + exclusionText(parameters, l, excluded));
      } else if (!counts) {
        text.add("  termination-indemnity line before the rule that counts such lines: nothing counts");
      }
      text.add("  services counted: " + join(counted) + "; not counted: " + join(other));
      text.add("  wage: " + join(wageRem) + "; not wage: " + join(otherRem) + " -> W_line = " + Euro.format(lineWage));
      if (denominator == 0) {
        text.add("  µ_line = 0 (no counted services)");
      } else if (!l.partTime()) {
        text.add("  µ_line = J / (13 × D) = " + hundredths(numerator) + " / (13 × " + hundredths(l.daysPerWeek())
            + ") = " + fraction.toText());
      } else {
        text.add("  µ_line = H / (13 × S) = " + hundredths(numerator) + " / (13 × " + hundredths(l.refMeanWorkingHours())
            + ") = " + fraction.toText());
      }
      if (teaching.contains(l.workerCode())) {
        text.add("  FLAG: temporary teaching staff paid in tenths (" + law(parameters, "teachingStaff")
            + "): the summer pay is spread by a special rule; supply the corrected quarter wage in quarters.csv if it applies");
      }
      sum = sum.plus(fraction);
      wage += lineWage;
    }
    if (wage > QuarterInput.MAX_WAGE_CENTS) {
      throw new Refused("remunerations",
          q + ": the wage amounts of all lines add up to more than 10,000,000.00 euro; check the unit is cents", false);
    }
    Parameter<Integer> scaleParameter = parameters.interpretation().workFractionScale();
    int scale = scaleParameter.value();
    Frac capped = sum.min(Frac.ONE);
    Regime regime = (anyCounted ? allCountedFullTime : allFullTime) ? Regime.FULL_TIME : Regime.PART_TIME;
    QuarterInput input = QuarterInput.of(q, wage, capped.roundHalfUp(scale), regime);
    boolean isCapped = sum.compareTo(Frac.ONE) > 0;
    // QuarterDerivation.toLines, as it was
    text.add("W = Σ W_line = " + Euro.format(input.wageCents()));
    String s = "Σ µ_line = " + sum.toText();
    if (isCapped) {
      s += " -> capped at 1";
    }
    s += " -> rounded half-up to " + scale + " decimals: µ = "
        + input.workFraction().setScale(Math.max(scale, input.workFraction().scale())).toPlainString() + " "
        + cite(scaleParameter);
    text.add(s);
    text.add("regime: " + input.regime() + (input.regime() == Regime.FULL_TIME
        ? " (every line with counted services is full-time)" : " (a line with counted services is part-time)"));
    return new Quarter(q, input.wageCents(), input.workFraction(), input.regime(), sum.toText(), isCapped, text);
  }

  private static boolean isTerminationIndemnity(Line l, DmfaRules rules) {
    Set<Integer> ti = rules.terminationIndemnityRemunerationCodes().value();
    for (int code : l.remunerationCodes()) {
      if (ti.contains(code)) {
        return true;
      }
    }
    return false;
  }

  /** Whether termination-indemnity lines count in {@code q}: from the quarter holding the effective day. */
  private static boolean indemnityCounts(DmfaRules rules, YearQuarter q) {
    return rules.terminationIndemnityCounts().value()
        && q.firstDay().plusMonths(3).isAfter(rules.terminationIndemnityFrom().value());
  }

  private static String law(ParameterSet p, String key) {
    Parameter<String> c = p.citations().all().get(key);
    return c.value() + " (" + c.status() + ")";
  }

  private static String cite(Parameter<?> p) {
    return "[" + p.status() + ": " + p.source() + "]";
  }

  private static String join(List<String> parts) {
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static String hundredths(long v) {
    return BigDecimal.valueOf(v, 2).toPlainString();
  }

  /** An exact non-negative fraction, always reduced (the part of the old Rational the derivation used). */
  public static final class Frac implements Comparable<Frac> {
    static final Frac ZERO = new Frac(BigInteger.ZERO, BigInteger.ONE);
    static final Frac ONE = new Frac(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Frac(BigInteger num, BigInteger den) {
      this.num = num;
      this.den = den;
    }

    static Frac of(long n, long d) {
      return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    static Frac of(BigInteger n, BigInteger d) {
      BigInteger g = n.gcd(d);
      return new Frac(n.divide(g), d.divide(g));
    }

    Frac plus(Frac o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Frac min(Frac o) {
      return compareTo(o) <= 0 ? this : o;
    }

    BigDecimal roundHalfUp(int scale) {
      return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
    }

    boolean exactAt(int scale) {
      return num.multiply(BigInteger.TEN.pow(scale)).mod(den).signum() == 0;
    }

    /** A readable decimal: exact when it is (up to 6 decimals), else 6 decimals followed by "…". */
    String toText() {
      for (int s = 0; s <= 6; s++) {
        if (exactAt(s)) {
          return new BigDecimal(num).divide(new BigDecimal(den), s, RoundingMode.UNNECESSARY).toPlainString();
        }
      }
      return new BigDecimal(num).divide(new BigDecimal(den), 6, RoundingMode.DOWN).toPlainString() + "…";
    }

    @Override
    public int compareTo(Frac o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }
}
