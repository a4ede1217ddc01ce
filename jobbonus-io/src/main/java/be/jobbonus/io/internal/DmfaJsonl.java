package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.LineChecks;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.io.Reject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dmfa.jsonl}: one DmfA occupation line per line (docs/formats.md), read into {@link
 * OccupationFields}. A plain compact line is read straight from its bytes ({@link
 * DmfaLineScanner}); any other line with Jackson; both then pass the same checks, so a line reads
 * the same either way. Unknown fields are ignored (real extracts carry more); missing, mistyped or
 * out-of-range fields are refused with their name. Quarters outside the reference year are
 * refused. One instance per thread.
 */
public final class DmfaJsonl {

  private static final JsonMapper MAPPER = JsonLimits.strictMapper();
  private static final Pattern INSZ = Pattern.compile("\"insz\"\\s*:\\s*\"(\\d{11})\"");

  /** What {@link #read} found. */
  public enum Outcome {
    /** The fields are filled. */
    READ,
    /** Refused: {@link #reject()} says why. */
    REJECTED,
    /** A blank line: not a record. */
    BLANK
  }

  private final String fileName;
  private final Integer year;
  private final DmfaLineScanner scanner = new DmfaLineScanner();
  private long key = -1;
  private Reject reject;
  private long validKey = -1;

  /** @param year the reference year (other quarters are refused), or {@code null} for any */
  public DmfaJsonl(String fileName, Integer year) {
    this.fileName = fileName;
    this.year = year;
  }

  /**
   * Reads line {@code number}, the bytes {@code b[s..s+length)} without the {@code \n}, into
   * {@code f}.
   */
  public Outcome read(byte[] b, int s, int length, long number, OccupationFields f) {
    reject = null;
    int e = length > 0 && b[s + length - 1] == '\r' ? s + length - 1 : s + length;
    if (scanner.scan(b, s, e, f) && valid(f.insz)) {
      key = f.insz;
      return checked(number, f);
    }
    RawLine raw = LineSource.decode(b, s, length, number);
    if (raw.ok() && raw.text().isBlank()) {
      key = -1;
      return Outcome.BLANK;
    }
    Outcome o = read(raw, f);
    if (!raw.ok()) {
      keyFromBytes(b, s, e); // bytes that are not text: their INSZ, when it reads with certainty, still names the person
    }
    return o;
  }

  /**
   * Refuses a line longer than the line limit, of which {@code head} holds the first bytes: the
   * INSZ found there, when it reads with certainty, names the person (refused whole).
   */
  public Outcome readTooLong(byte[] head, int s, int headLength, long number, OccupationFields f) {
    Outcome o = read(LineSource.tooLong(number), f);
    keyFromBytes(head, s, s + headLength);
    return o;
  }

  /**
   * The INSZ of {@code "insz": "ddddddddddd"} in the bytes, when it is there once with valid check
   * digits: {@link #key()} and the reject's mask take it.
   */
  private void keyFromBytes(byte[] b, int s, int e) {
    long found = -1;
    for (int i = s; i + 6 <= e; i++) {
      if (b[i] == '"' && b[i + 1] == 'i' && b[i + 2] == 'n' && b[i + 3] == 's' && b[i + 4] == 'z' && b[i + 5] == '"') {
        int k = i + 6;
        while (k < e && (b[k] == ' ' || b[k] == '\t')) {
          k++;
        }
        if (k >= e || b[k++] != ':') {
          continue;
        }
        while (k < e && (b[k] == ' ' || b[k] == '\t')) {
          k++;
        }
        if (k + 13 > e || b[k] != '"' || b[k + 12] != '"') {
          continue;
        }
        long v = 0;
        boolean digits = true;
        for (int j = k + 1; j <= k + 11 && digits; j++) {
          digits = b[j] >= '0' && b[j] <= '9';
          v = v * 10 + b[j] - '0';
        }
        if (!digits || (found >= 0 && found != v)) {
          return; // not digits, or two different numbers: not certain
        }
        found = v;
      }
    }
    if (found >= 0 && Insz.isValid(found)) {
      key = found;
      reject = new Reject(reject.file(), reject.line(), reject.field(), Insz.mask(digits(found)), reject.reason());
    }
  }

  /** Reads a decoded line (or its problem) into {@code f}, with Jackson. */
  public Outcome read(RawLine l, OccupationFields f) {
    reject = null;
    key = -1;
    f.clear();
    if (!l.ok()) {
      return refuse(l.number(), "line", "", l.problem());
    }
    String text = l.text();
    if (text.isBlank()) {
      return Outcome.BLANK;
    }
    String k = key(text);
    key = k == null ? -1 : Long.parseLong(k);
    String masked = k != null ? Insz.mask(k) : rawMask(text);
    if (k == null && severalValues(text)) {
      return refuse(l.number(), "line", masked, SEVERAL_VALUES);
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(text);
    } catch (JacksonException e) {
      String twice = JsonLimits.duplicateField(e);
      if (twice != null) {
        return refuse(l.number(), twice.length() <= 64 ? twice : "line", masked,
            "appears twice in the line; give each field once");
      }
      return refuse(l.number(), "line", masked, JsonLimits.describe(e));
    }
    if (n == null || !n.isObject()) {
      return refuse(l.number(), "line", masked, "must be a JSON object {\"insz\": …, \"quarter\": …}");
    }
    JsonNode inszNode = n.get("insz");
    if (inszNode == null || !inszNode.isString()) {
      return refuse(l.number(), "insz", masked, "must be a string of 11 digits in quotes");
    }
    Insz insz;
    try {
      insz = Insz.parse(inszNode.asString());
    } catch (IllegalArgumentException e) {
      key = -1;
      return refuse(l.number(), "insz", Insz.mask(inszNode.asString()), e.getMessage());
    }
    if (!insz.digits().equals(k)) {
      return refuse(l.number(), "insz", masked, "the field insz appears more than once; give it once");
    }
    f.insz = key;
    try {
      misspelt(n, "", LINE_FIELDS);
      YearQuarter q = quarter(n.get("quarter"));
      f.year = q.year();
      f.quarter = q.quarter();
      checkYear(q);
      String employer = employer(n.get("employer"));
      f.workerCode = integer(n, "workerCode", 0, 999);
      // optional: the markers of an excluded category (docs/dmfa.md §14); absent in older files
      f.employerClass = n.has("employerClass") ? integer(n, "employerClass", 0, 999) : OccupationLine.NO_EMPLOYER_CLASS;
      f.apprenticeship = n.has("apprenticeship") ? integer(n, "apprenticeship", 0, OccupationLine.MAX_APPRENTICESHIP) : 0;
      f.partTime = contract(n.get("contract")) == Regime.PART_TIME;
      f.daysPerWeek = integer(n, "daysPerWeek", 0, OccupationLine.MAX_DAYS_PER_WEEK);
      f.meanWorkingHours = integer(n, "meanWorkingHours", 0, OccupationLine.MAX_WEEKLY_HOURS);
      f.refMeanWorkingHours = integer(n, "refMeanWorkingHours", 0, OccupationLine.MAX_WEEKLY_HOURS);
      items(n, true, f);
      items(n, false, f);
      LineChecks.employer(employer);
      repeatedRemuneration(f);
      f.employerDigits = employer.length();
      f.employer = Long.parseLong(employer);
      return Outcome.READ;
    } catch (Bad e) {
      return refuse(l.number(), e.field, masked, e.getMessage());
    } catch (InvalidOccupationLineException e) {
      return refuse(l.number(), e.field(), masked, e.reason());
    }
  }

  /** Why the last line was refused, after {@link Outcome#REJECTED}. */
  public Reject reject() {
    return reject;
  }

  /**
   * The INSZ of the last line read, when it could be read with certainty (11 digits, valid check
   * digits), else -1: every line with this INSZ belongs to that person, refused or not.
   */
  public long key() {
    return key;
  }

  /**
   * The INSZ digits found in the line's text and valid, else {@code null}; also {@code null} when
   * the line may be more than one person's: it holds another INSZ, or more than one JSON value
   * (two lines run together: a lost line end, or CR line ends), so that the persons it may
   * concern are held ({@link #key()}).
   */
  public String key(String text) {
    Matcher m = INSZ.matcher(text);
    if (!m.find()) {
      return null;
    }
    String s = m.group(1);
    while (m.find()) {
      if (!m.group(1).equals(s)) {
        return null;
      }
    }
    return Insz.isValid(s) && !severalValues(text) ? s : null;
  }

  /**
   * Whether {@code text} holds a second JSON value after its first object or list: after the
   * first one closes (brackets counted outside strings), something that starts a value follows.
   * A line that is cut or broken inside its first value is one value, however broken.
   */
  static boolean severalValues(String text) {
    int depth = 0;
    boolean inString = false;
    int n = text.length();
    int i = 0;
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == n || (text.charAt(i) != '{' && text.charAt(i) != '[')) {
      return false;
    }
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        break;
      }
    }
    for (i++; i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f'
            || c == 'n';
      }
    }
    return false;
  }

  /**
   * The INSZ digits when the line starts with <code>{"insz":"</code> and 11 digits in quotes, else -1:
   * then the INSZ {@link #read} finds is this one (for a quick look, as when checking that a file
   * is grouped by person).
   */
  public static long leadingInsz(byte[] b, int s, int e) {
    return DmfaLineScanner.leadingInsz(b, s, e);
  }

  /**
   * The objects of the list {@code services} (or {@code remunerations}) into {@code f}, each with its
   * fields checked, at most {@link OccupationFields#MAX_ITEMS}; none when the list is absent.
   */
  private static void items(JsonNode n, boolean services, OccupationFields f) {
    String name = services ? "services" : "remunerations";
    String example = services ? "{\"code\": 1, \"days\": 6500, \"hours\": 49400}" : "{\"code\": 1, \"amount\": 600000}";
    JsonNode list = n.get(name);
    if (list == null) {
      return;
    }
    if (list.isNull()) {
      throw new Bad(name, "is null; give a list ([] for none) or leave the field out");
    }
    if (!list.isArray()) {
      throw new Bad(name, "must be a list [" + example + "]");
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode o = list.get(i);
      String p = name + "[" + i + "]";
      if (!o.isObject()) {
        throw new Bad(p, "must be an object " + example);
      }
      misspelt(o, p + ".", services ? SERVICE_FIELDS : REMUNERATION_FIELDS);
      int code = integer(o, "code", p, 0, 999, true);
      int days = services ? integer(o, "days", p, 0, Service.MAX_DAYS, true) : 0;
      int hours = services ? integer(o, "hours", p, 0, Service.MAX_HOURS, false) : 0;
      JsonNode a = o.get("amount");
      if (!services && (a == null || !a.isIntegralNumber() || !a.canConvertToLong() || a.asLong() < 0
          || a.asLong() > Remuneration.MAX_AMOUNT_CENTS)) {
        throw new Bad(p + ".amount", AMOUNT);
      }
      if (i == OccupationFields.MAX_ITEMS) {
        throw new Bad(name, "more than " + OccupationFields.MAX_ITEMS + " " + name + " on one line");
      }
      if (services) {
        f.serviceCodes[i] = code;
        f.serviceDays[i] = days;
        f.serviceHours[i] = hours;
        f.services = i + 1;
      } else {
        f.remunerationCodes[i] = code;
        f.remunerationAmounts[i] = a.asLong();
        f.remunerations = i + 1;
      }
    }
  }

  /** The line as an object (for an explanation); its fields were read by {@link #read}. */
  public static OccupationLine toLine(OccupationFields f) {
    List<Service> services = new ArrayList<>(f.services);
    for (int i = 0; i < f.services; i++) {
      services.add(Service.of(f.serviceCodes[i], f.serviceDays[i], f.serviceHours[i]));
    }
    List<Remuneration> rems = new ArrayList<>(f.remunerations);
    for (int i = 0; i < f.remunerations; i++) {
      rems.add(Remuneration.of(f.remunerationCodes[i], f.remunerationAmounts[i]));
    }
    String employer = String.format(Locale.ROOT, "%0" + f.employerDigits + "d", f.employer);
    return OccupationLine.of(Insz.parse(digits(f.insz)), YearQuarter.of(f.year, f.quarter), employer, f.workerCode,
        f.partTime ? Regime.PART_TIME : Regime.FULL_TIME, f.daysPerWeek, f.meanWorkingHours, f.refMeanWorkingHours,
        services, rems).withMarkers(f.employerClass, f.apprenticeship);
  }

  /** A line the scanner read: the checks Jackson's reading makes on the values, in its order. */
  private Outcome checked(long number, OccupationFields f) {
    if (f.year >= 1900 && (year == null || f.year == year) && inRange(f)
        && OccupationFields.repeatedRemuneration(f.remunerationCodes, null, 0, f.remunerations) < 0) {
      return Outcome.READ; // the usual line: nothing to say, nothing allocated
    }
    String masked = Insz.mask(digits(f.insz));
    try {
      if (f.year < 1900) { // what YearQuarter refuses
        throw new Bad("quarter", QUARTER_FORM);
      }
      if (year != null && f.year != year) {
        checkYear(YearQuarter.of(f.year, f.quarter));
      }
      range("workerCode", null, f.workerCode, 0, 999);
      range("daysPerWeek", null, f.daysPerWeek, 0, OccupationLine.MAX_DAYS_PER_WEEK);
      range("meanWorkingHours", null, f.meanWorkingHours, 0, OccupationLine.MAX_WEEKLY_HOURS);
      range("refMeanWorkingHours", null, f.refMeanWorkingHours, 0, OccupationLine.MAX_WEEKLY_HOURS);
      for (int i = 0; i < f.services; i++) {
        String p = "services[" + i + "]";
        range("code", p, f.serviceCodes[i], 0, 999);
        range("days", p, f.serviceDays[i], 0, Service.MAX_DAYS);
        range("hours", p, f.serviceHours[i], 0, Service.MAX_HOURS);
      }
      for (int i = 0; i < f.remunerations; i++) {
        String p = "remunerations[" + i + "]";
        range("code", p, f.remunerationCodes[i], 0, 999);
        if (f.remunerationAmounts[i] > Remuneration.MAX_AMOUNT_CENTS) {
          throw new Bad(p + ".amount", AMOUNT);
        }
      }
      repeatedRemuneration(f);
      return Outcome.READ;
    } catch (Bad e) {
      return refuse(number, e.field, masked, e.getMessage());
    }
  }

  /** The DmfA rule of a line's remunerations ({@link OccupationFields#repeatedRemuneration}): a line has no frequency or percentage, so each code once. */
  private static void repeatedRemuneration(OccupationFields f) {
    int i = OccupationFields.repeatedRemuneration(f.remunerationCodes, null, 0, f.remunerations);
    if (i >= 0) {
      throw new Bad("remunerations[" + i + "].code",
          OccupationFields.repeatedRemunerationReason(f.remunerationCodes[i], false));
    }
  }

  /** Whether every value of a scanned line is within what {@link #checked} checks, without a word. */
  private static boolean inRange(OccupationFields f) {
    boolean ok = f.workerCode <= 999 && f.daysPerWeek <= OccupationLine.MAX_DAYS_PER_WEEK
        && f.meanWorkingHours <= OccupationLine.MAX_WEEKLY_HOURS && f.refMeanWorkingHours <= OccupationLine.MAX_WEEKLY_HOURS;
    for (int i = 0; ok && i < f.services; i++) {
      ok = f.serviceCodes[i] <= 999 && f.serviceDays[i] <= Service.MAX_DAYS && f.serviceHours[i] <= Service.MAX_HOURS;
    }
    for (int i = 0; ok && i < f.remunerations; i++) {
      ok = f.remunerationCodes[i] <= 999 && f.remunerationAmounts[i] <= Remuneration.MAX_AMOUNT_CENTS;
    }
    return ok; // the scanner reads no negative number
  }

  private void checkYear(YearQuarter q) {
    if (year != null && q.year() != year) {
      throw new Bad("quarter", q + " is outside reference year " + year + "; remove the line or run with --year " + q.year());
    }
  }

  private Outcome refuse(long number, String field, String masked, String reason) {
    reject = new Reject(fileName, number, field, masked, reason);
    return Outcome.REJECTED;
  }

  private boolean valid(long insz) {
    if (insz == validKey) {
      return true;
    }
    if (Insz.isValid(insz)) {
      validKey = insz;
      return true;
    }
    return false;
  }

  /** The 11 digits of an INSZ number. */
  public static String digits(long insz) {
    char[] d = new char[11];
    for (int k = 10; k >= 0; k--) {
      d[k] = (char) ('0' + insz % 10);
      insz /= 10;
    }
    return new String(d);
  }

  private static final List<String> LINE_FIELDS = List.of("insz", "quarter", "employer", "workerCode", "contract",
      "daysPerWeek", "meanWorkingHours", "refMeanWorkingHours", "services", "remunerations", "employerClass",
      "apprenticeship");
  private static final List<String> SERVICE_FIELDS = List.of("code", "days", "hours");
  private static final List<String> REMUNERATION_FIELDS = List.of("code", "amount");

  /**
   * Refuses a field whose name is not one of {@code known} but nearly is (the same but for case,
   * or one or two letters): it is most likely that field misspelt, and leaving it out would compute
   * the person from part of the line. Other unknown fields are ignored (real extracts carry more).
   */
  private static void misspelt(JsonNode object, String prefix, List<String> known) {
    for (String name : object.propertyNames()) {
      if (known.contains(name)) {
        continue;
      }
      for (String k : known) {
        if (k.equalsIgnoreCase(name) || (Math.abs(k.length() - name.length()) <= 2 && Names.distance(k, name) <= 2)) {
          throw new Bad(prefix + (name.length() <= 64 ? name : name.substring(0, 64)),
              "is not a field of the line; did you mean \"" + k + "\"? (a misspelt field would be left out)");
        }
      }
    }
  }

  private static final String SEVERAL_VALUES = "holds more than one JSON value: two lines run together (a lost line"
      + " end, or a carriage return alone as line end); each line must be one JSON object ending in a line feed, and"
      + " the persons this line may hold are held until it is corrected";
  private static final String QUARTER_FORM = "must look like \"2024Q1\" (or the DmfA's 20241)";
  private static final String AMOUNT = "must be a whole number of euro cents, 0 to 99999999999 (600000 = 6000.00 euro)";

  /** A field that cannot be used. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    Bad(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  /** One line of {@code dmfa.jsonl} (no terminator), the format {@link #read} reads. */
  public static String toJson(OccupationLine l) {
    tools.jackson.databind.node.ObjectNode n = MAPPER.createObjectNode();
    n.put("insz", l.insz().digits());
    n.put("quarter", l.quarter().toString());
    n.put("employer", l.employer());
    n.put("workerCode", l.workerCode());
    if (l.employerClass() != OccupationLine.NO_EMPLOYER_CLASS) {
      n.put("employerClass", l.employerClass());
    }
    if (l.apprenticeship() != 0) {
      n.put("apprenticeship", l.apprenticeship());
    }
    n.put("contract", l.contract().name());
    n.put("daysPerWeek", l.daysPerWeek());
    n.put("meanWorkingHours", l.meanWorkingHours());
    n.put("refMeanWorkingHours", l.refMeanWorkingHours());
    tools.jackson.databind.node.ArrayNode ss = n.putArray("services");
    for (Service s : l.services()) {
      tools.jackson.databind.node.ObjectNode o = ss.addObject();
      o.put("code", s.code());
      o.put("days", s.days());
      o.put("hours", s.hours());
    }
    tools.jackson.databind.node.ArrayNode rs = n.putArray("remunerations");
    for (Remuneration r : l.remunerations()) {
      tools.jackson.databind.node.ObjectNode o = rs.addObject();
      o.put("code", r.code());
      o.put("amount", r.amountCents());
    }
    return MAPPER.writeValueAsString(n);
  }

  private static YearQuarter quarter(JsonNode v) {
    if (v == null || v.isNull()) {
      throw new Bad("quarter", "is missing (for example \"2024Q1\")");
    }
    try {
      return YearQuarter.parse(v.isIntegralNumber() ? Long.toString(v.asLong()) : v.asString());
    } catch (IllegalArgumentException e) {
      throw new Bad("quarter", QUARTER_FORM);
    }
  }

  private static String employer(JsonNode v) {
    if (v == null || v.isNull()) {
      throw new Bad("employer", "is missing (the employer's KBO number, 10 digits, in quotes)");
    }
    return v.isIntegralNumber() ? String.format(Locale.ROOT, "%010d", v.asLong()) : v.asString();
  }

  private static Regime contract(JsonNode v) {
    if (v == null || !v.isString()) {
      throw new Bad("contract", "must be \"FULL_TIME\" or \"PART_TIME\"");
    }
    try {
      return Regime.valueOf(v.asString());
    } catch (IllegalArgumentException e) {
      throw new Bad("contract", "must be \"FULL_TIME\" or \"PART_TIME\"");
    }
  }

  private static int integer(JsonNode n, String name, int min, int max) {
    return integer(n, name, null, min, max, true);
  }

  private static int integer(JsonNode n, String name, String prefix, int min, int max, boolean required) {
    String field = prefix == null ? name : prefix + "." + name;
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      if (!required) {
        return 0;
      }
      throw new Bad(field, "is missing (a whole number " + min + "-" + max + ")");
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new Bad(field, "must be a whole number " + min + "-" + max + unit(name));
    }
    range(name, prefix, v.asInt(), min, max);
    return v.asInt();
  }

  /** The range check of a whole number, with the same words for both readers. */
  private static void range(String name, String prefix, int value, int min, int max) {
    if (value < min || value > max) {
      throw new Bad(prefix == null ? name : prefix + "." + name, "must be a whole number " + min + "-" + max + unit(name));
    }
  }

  private static String unit(String name) {
    return switch (name) {
      case "daysPerWeek" -> " (hundredths: 500 = 5 days a week)";
      case "meanWorkingHours", "refMeanWorkingHours" -> " (hundredths: 3800 = 38 h a week)";
      case "days" -> " (hundredths of a day: 6500 = 65 days)";
      case "hours" -> " (hundredths of an hour: 49400 = 494 h)";
      default -> "";
    };
  }

  private static String rawMask(String text) {
    Matcher m = Pattern.compile("\"insz\"\\s*:\\s*\"(\\d{6})").matcher(text);
    return m.find() ? m.group(1) + "*****" : "";
  }

}
