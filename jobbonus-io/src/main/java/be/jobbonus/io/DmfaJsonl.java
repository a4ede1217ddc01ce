package be.jobbonus.io;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dmfa.jsonl}: one DmfA occupation line per line (interfaces.md), read with Jackson.
 * Unknown fields are ignored (real extracts carry more); missing, mistyped or out-of-range fields
 * are refused with their name. Quarters outside the reference year are refused.
 */
public final class DmfaJsonl implements DataFormat<OccupationLine> {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern INSZ = Pattern.compile("\"insz\"\\s*:\\s*\"(\\d{11})\"");

  private final String fileName;
  private final Integer year;

  /** @param year the reference year (other quarters are refused), or {@code null} for any */
  public DmfaJsonl(String fileName, Integer year) {
    this.fileName = fileName;
    this.year = year;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public boolean hasHeader() {
    return false;
  }

  @Override
  public void header(RawLine first) {}

  @Override
  public String key(String text) {
    Matcher m = INSZ.matcher(text);
    if (!m.find()) {
      return null;
    }
    String s = m.group(1);
    return Insz.isValid(s) ? s : null;
  }

  /** A field that cannot be used. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    Bad(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  @Override
  public DataRecord<OccupationLine> parse(RawLine l) {
    if (!l.ok()) {
      return new DataRecord<>(l.number(), null, null, new Reject(fileName, l.number(), "line", "", l.problem()));
    }
    String text = l.text();
    String key = key(text);
    String masked = key != null ? Insz.mask(key) : rawMask(text);
    JsonNode n;
    try {
      n = MAPPER.readTree(text);
    } catch (JacksonException e) {
      return reject(l, key, "line", masked, "not valid JSON (error at column " + e.getLocation().getColumnNr()
          + "); each line must be one complete JSON object");
    }
    if (n == null || !n.isObject()) {
      return reject(l, key, "line", masked, "must be a JSON object {\"insz\": …, \"quarter\": …}");
    }
    JsonNode inszNode = n.get("insz");
    if (inszNode == null || !inszNode.isString()) {
      return reject(l, key, "insz", masked, "must be a string of 11 digits in quotes");
    }
    Insz insz;
    try {
      insz = Insz.parse(inszNode.asString());
    } catch (IllegalArgumentException e) {
      return reject(l, null, "insz", Insz.mask(inszNode.asString()), e.getMessage());
    }
    if (!insz.digits().equals(key)) {
      return reject(l, key, "insz", masked, "the field insz appears more than once; give it once");
    }
    try {
      YearQuarter q = quarter(n.get("quarter"));
      if (year != null && q.year() != year) {
        throw new Bad("quarter", q + " is outside reference year " + year + "; remove the line or run with --year " + q.year());
      }
      String employer = employer(n.get("employer"));
      int workerCode = integer(n, "workerCode", 0, 999);
      Regime contract = contract(n.get("contract"));
      int dpw = integer(n, "daysPerWeek", 0, OccupationLine.MAX_DAYS_PER_WEEK);
      int q1 = integer(n, "meanWorkingHours", 0, OccupationLine.MAX_WEEKLY_HOURS);
      int s1 = integer(n, "refMeanWorkingHours", 0, OccupationLine.MAX_WEEKLY_HOURS);
      List<Service> services = new ArrayList<>();
      JsonNode ss = n.get("services");
      if (ss != null && !ss.isNull()) {
        if (!ss.isArray()) {
          throw new Bad("services", "must be a list [{\"code\": 1, \"days\": 6500, \"hours\": 49400}]");
        }
        for (int i = 0; i < ss.size(); i++) {
          JsonNode s = ss.get(i);
          String p = "services[" + i + "]";
          if (!s.isObject()) {
            throw new Bad(p, "must be an object {\"code\": 1, \"days\": 6500, \"hours\": 49400}");
          }
          int code = integer(s, "code", p, 0, 999, true);
          int days = integer(s, "days", p, 0, Service.MAX_DAYS, true);
          int hours = integer(s, "hours", p, 0, Service.MAX_HOURS, false);
          services.add(Service.of(code, days, hours));
        }
      }
      List<Remuneration> rems = new ArrayList<>();
      JsonNode rs = n.get("remunerations");
      if (rs != null && !rs.isNull()) {
        if (!rs.isArray()) {
          throw new Bad("remunerations", "must be a list [{\"code\": 1, \"amount\": 600000}]");
        }
        for (int i = 0; i < rs.size(); i++) {
          JsonNode r = rs.get(i);
          String p = "remunerations[" + i + "]";
          if (!r.isObject()) {
            throw new Bad(p, "must be an object {\"code\": 1, \"amount\": 600000}");
          }
          int code = integer(r, "code", p, 0, 999, true);
          JsonNode a = r.get("amount");
          if (a == null || !a.isIntegralNumber() || !a.canConvertToLong() || a.asLong() < 0
              || a.asLong() > Remuneration.MAX_AMOUNT_CENTS) {
            throw new Bad(p + ".amount", "must be a whole number of euro cents, 0 to 99999999999 (600000 = 6000.00 euro)");
          }
          rems.add(Remuneration.of(code, a.asLong()));
        }
      }
      OccupationLine line = OccupationLine.of(insz, q, employer, workerCode, contract, dpw, q1, s1, services, rems);
      return new DataRecord<>(l.number(), key, line, null);
    } catch (Bad e) {
      return reject(l, key, e.field, masked, e.getMessage());
    } catch (InvalidOccupationLineException e) {
      return reject(l, key, e.field(), masked, e.reason());
    }
  }

  /** One line of {@code dmfa.jsonl} (no terminator), the format {@link #parse} reads. */
  public static String toJson(OccupationLine l) {
    tools.jackson.databind.node.ObjectNode n = MAPPER.createObjectNode();
    n.put("insz", l.insz().digits());
    n.put("quarter", l.quarter().toString());
    n.put("employer", l.employer());
    n.put("workerCode", l.workerCode());
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
      throw new Bad("quarter", "must look like \"2024Q1\" (or the DmfA's 20241)");
    }
  }

  private static String employer(JsonNode v) {
    if (v == null || v.isNull()) {
      throw new Bad("employer", "is missing (the employer's KBO number, 10 digits, in quotes)");
    }
    return v.isIntegralNumber() ? String.format("%010d", v.asLong()) : v.asString();
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
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
      throw new Bad(field, "must be a whole number " + min + "-" + max + unit(name));
    }
    return v.asInt();
  }

  private static String unit(String name) {
    switch (name) {
      case "daysPerWeek":
        return " (hundredths: 500 = 5 days a week)";
      case "meanWorkingHours":
      case "refMeanWorkingHours":
        return " (hundredths: 3800 = 38 h a week)";
      case "days":
        return " (hundredths of a day: 6500 = 65 days)";
      case "hours":
        return " (hundredths of an hour: 49400 = 494 h)";
      default:
        return "";
    }
  }

  private static String rawMask(String text) {
    Matcher m = Pattern.compile("\"insz\"\\s*:\\s*\"(\\d{6})").matcher(text);
    return m.find() ? m.group(1) + "*****" : "";
  }

  private DataRecord<OccupationLine> reject(RawLine l, String key, String field, String masked, String reason) {
    return new DataRecord<>(l.number(), key, null, new Reject(fileName, l.number(), field, masked, reason));
  }
}
