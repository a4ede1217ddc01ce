package be.jobbonus.rules.message;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.rules.access.AccessPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receiving side's strict reader of VLABEL messages (protocol art. 3): a line is accepted only
 * when it holds exactly the fields of {@link VlabelMessage#FIELDS} and, per quarter,
 * {@link VlabelQuarter#FIELDS}, each of the right JSON type and form. An unknown, missing or
 * duplicated field, a wrong type, a number where a decimal string is expected or trailing content
 * is refused with an {@link InvalidMessageException} naming the field; the reason never echoes a
 * value. Thread-safe; stateless.
 */
public final class VlabelMessageReader {

  private static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  static final Pattern MONEY = Pattern.compile("(0|[1-9][0-9]{0,10})\\.[0-9]{2}");
  static final Pattern FRACTION = Pattern.compile("0\\.[0-9]{2,4}|1\\.0{2,4}");
  static final Pattern QUARTER = Pattern.compile("[0-9]{4}Q[1-4]");
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

  private VlabelMessageReader() {}

  /**
   * Reads one message line.
   *
   * @throws InvalidMessageException naming the field and the reason
   */
  public static VlabelMessage read(String line) {
    java.util.Objects.requireNonNull(line, "line");
    JsonNode root;
    try {
      root = STRICT.readTree(line);
    } catch (JacksonException e) {
      // The parser's own message may quote the input: report the position only.
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new InvalidMessageException(0, "$", "not a single well-formed JSON object" + where);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidMessageException(0, "$", "empty line");
    }
    return message(root);
  }

  /**
   * Reads a whole JSON Lines stream: every non-empty line becomes a message or a rejection with
   * its line number. Blank lines are skipped.
   */
  public static Batch readAll(Reader in) {
    List<VlabelMessage> ok = new ArrayList<>();
    List<InvalidMessageException> rejected = new ArrayList<>();
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    long n = 0;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          ok.add(read(line));
        } catch (InvalidMessageException e) {
          rejected.add(e.atLine(n));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading VLABEL messages failed after line " + n, e);
    }
    return new Batch(ok, rejected);
  }

  /** The outcome of {@link #readAll}: the accepted messages and the refused lines. */
  public record Batch(List<VlabelMessage> messages, List<InvalidMessageException> rejected) {
    public Batch {
      messages = List.copyOf(messages);
      rejected = List.copyOf(rejected);
    }
  }

  private static VlabelMessage message(JsonNode n) {
    exactly(n, "$", VlabelMessage.FIELDS);
    Insz insz = parse(string(n, "insz", "$"), "insz", Insz::parse);
    String last = string(n, "lastName", "$");
    String first = string(n, "firstName", "$");
    Statuut statuut = statuut(string(n, "statuut", "$"));
    JsonNode y = n.get("referenceYear");
    if (!y.isIntegralNumber() || !y.canConvertToInt()) {
      throw wrongType("referenceYear", "an integer");
    }
    int year = y.intValue();
    long total = money(n, "total", "total");
    JsonNode qs = n.get("quarters");
    if (!qs.isArray()) {
      throw wrongType("quarters", "an array");
    }
    if (qs.size() > 4) {
      throw new InvalidMessageException(0, "quarters", "more than 4 quarters");
    }
    List<VlabelQuarter> quarters = new ArrayList<>();
    YearQuarter previous = null;
    for (int i = 0; i < qs.size(); i++) {
      String path = "quarters[" + i + "]";
      VlabelQuarter q = quarter(qs.get(i), path);
      if (q.quarter().year() != year) {
        throw new InvalidMessageException(0, path + ".quarter", "quarter outside the reference year");
      }
      if (previous != null && q.quarter().compareTo(previous) <= 0) {
        throw new InvalidMessageException(0, path + ".quarter", "quarters must be in strictly ascending order");
      }
      previous = q.quarter();
      quarters.add(q);
    }
    try {
      return new VlabelMessage(insz, last, first, statuut, year, total, quarters);
    } catch (IllegalArgumentException e) {
      throw fromDomain(e, "$");
    }
  }

  private static VlabelQuarter quarter(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw wrongType(path, "an object");
    }
    exactly(n, path, VlabelQuarter.FIELDS);
    String qText = string(n, "quarter", path);
    if (!QUARTER.matcher(qText).matches()) {
      throw new InvalidMessageException(0, path + ".quarter", "must look like 2024Q1");
    }
    YearQuarter quarter = parse(qText, path + ".quarter", YearQuarter::parse);
    String f = string(n, "workFraction", path);
    if (!FRACTION.matcher(f).matches()) {
      throw new InvalidMessageException(0, path + ".workFraction",
          "must be a decimal string from 0.00 to 1.00 with 2 to 4 decimals");
    }
    long wage = money(n, "wage", path + ".wage");
    JsonNode s = n.get("referenceMonthlyWage");
    OptionalLong reference = s.isNull() ? OptionalLong.empty()
        : OptionalLong.of(money(n, "referenceMonthlyWage", path + ".referenceMonthlyWage"));
    long base = money(n, "baseAmount", path + ".baseAmount");
    long amount = money(n, "amount", path + ".amount");
    try {
      return new VlabelQuarter(quarter, new BigDecimal(f), wage, reference, base, amount);
    } catch (IllegalArgumentException e) {
      throw fromDomain(e, path);
    }
  }

  /** Refuses a non-object, a missing field and an unknown field (the first, in document order). */
  private static void exactly(JsonNode n, String path, List<String> fields) {
    if (!n.isObject()) {
      throw wrongType(path, "an object");
    }
    for (String name : n.propertyNames()) {
      if (!fields.contains(name)) {
        String shown = PLAIN_NAME.matcher(name).matches() ? "'" + name + "'" : "(name withheld)";
        throw new InvalidMessageException(0, path,
            "unknown field " + shown + ": " + AccessPolicy.official().messageMinimisation().article() + " allows only " + fields);
      }
    }
    Set<String> missing = new LinkedHashSet<>(fields);
    missing.removeAll(n.propertyNames());
    if (!missing.isEmpty()) {
      String first = missing.iterator().next();
      throw new InvalidMessageException(0, child(path, first), "missing field");
    }
  }

  private static String string(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (!v.isString()) {
      throw wrongType(child(path, field), "a string");
    }
    return v.stringValue();
  }

  private static long money(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (!v.isString()) {
      throw wrongType(path, "a decimal string such as \"434.29\"");
    }
    String t = v.stringValue();
    if (!MONEY.matcher(t).matches()) {
      throw new InvalidMessageException(0, path, "must be a non-negative amount with exactly two decimals, e.g. \"434.29\"");
    }
    return new BigDecimal(t).movePointRight(2).longValueExact();
  }

  private static Statuut statuut(String s) {
    for (Statuut v : Statuut.values()) {
      if (v.name().equals(s)) {
        return v;
      }
    }
    throw new InvalidMessageException(0, "statuut", "not one of " + java.util.Arrays.toString(Statuut.values()));
  }

  private static <T> T parse(String text, String path, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      // core parsers' messages never contain the value they refuse (Insz) or are about the form only
      throw new InvalidMessageException(0, path, path.endsWith("insz") ? e.getMessage() : "not a valid quarter");
    }
  }

  /** Domain rules of the record (their messages start with the field name and hold no value). */
  private static InvalidMessageException fromDomain(IllegalArgumentException e, String path) {
    String m = e.getMessage() == null ? "invalid" : e.getMessage();
    int colon = m.indexOf(": ");
    if (colon > 0 && PLAIN_NAME.matcher(m.substring(0, colon)).matches()) {
      return new InvalidMessageException(0, child(path, m.substring(0, colon)), m.substring(colon + 2));
    }
    return new InvalidMessageException(0, path, "invalid");
  }

  private static InvalidMessageException wrongType(String path, String expected) {
    return new InvalidMessageException(0, path, "wrong type: must be " + expected);
  }

  private static String child(String path, String field) {
    return path.equals("$") ? field : path + "." + field;
  }
}
