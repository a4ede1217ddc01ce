package be.jobbonus.io;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.rules.message.VlabelMessage;
import be.jobbonus.rules.message.VlabelQuarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sender-side reader of one results.jsonl line (interfaces.md): takes the fields the VLABEL message
 * and the payable decision need, requires them with their types, and ignores every other field.
 */
final class ResultLine {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

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
  private final VlabelMessage message; // null when not payable

  private ResultLine(Insz insz, boolean payable, int referenceYear, VlabelMessage message) {
    this.insz = insz;
    this.payable = payable;
    this.referenceYear = referenceYear;
    this.message = message;
  }

  VlabelMessage message() {
    return message;
  }

  static ResultLine parse(String line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (JacksonException e) {
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
    String masked = insz.masked();
    r = new Reader(masked);
    JsonNode payableNode = r.required(n, "payable", "payable");
    if (!payableNode.isBoolean()) {
      throw r.problem("payable", "wrong type: must be true or false");
    }
    boolean payable = payableNode.booleanValue();
    String last = r.string(n, "lastName", "lastName");
    String first = r.string(n, "firstName", "firstName");
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
    long total = r.money(n, "total", "total");
    JsonNode qs = r.required(n, "quarters", "quarters");
    if (!qs.isArray()) {
      throw r.problem("quarters", "wrong type: must be an array");
    }
    List<VlabelQuarter> quarters = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      String p = "quarters[" + i + "]";
      JsonNode q = qs.get(i);
      if (!q.isObject()) {
        throw r.problem(p, "wrong type: must be an object");
      }
      YearQuarter yq;
      try {
        yq = YearQuarter.parse(r.string(q, "quarter", p + ".quarter"));
      } catch (IllegalArgumentException e) {
        throw r.problem(p + ".quarter", "must look like 2024Q1");
      }
      String f = r.string(q, "workFraction", p + ".workFraction");
      BigDecimal fraction;
      try {
        fraction = new BigDecimal(f);
      } catch (NumberFormatException e) {
        throw r.problem(p + ".workFraction", "must be a decimal string such as \"0.50\"");
      }
      long wage = r.money(q, "wage", p + ".wage");
      JsonNode s = r.required(q, "referenceMonthlyWage", p + ".referenceMonthlyWage");
      OptionalLong ref = s.isNull() ? OptionalLong.empty()
          : OptionalLong.of(r.money(q, "referenceMonthlyWage", p + ".referenceMonthlyWage"));
      long base = r.money(q, "baseAmount", p + ".baseAmount");
      long amount = r.money(q, "amount", p + ".amount");
      try {
        quarters.add(new VlabelQuarter(yq, fraction, wage, ref, base, amount));
      } catch (IllegalArgumentException e) {
        throw r.domain(e, p);
      }
    }
    if (payable && total == 0) {
      throw r.problem("total", "payable is true but the total is 0.00");
    }
    if (!payable && total != 0) {
      throw r.problem("total", "payable is false but the total is not 0.00");
    }
    VlabelMessage m;
    try {
      m = new VlabelMessage(insz, last, first, statuut, year, total, quarters);
    } catch (IllegalArgumentException e) {
      if (!payable && e.getMessage() != null
          && (e.getMessage().startsWith("lastName:") || e.getMessage().startsWith("firstName:"))) {
        return new ResultLine(insz, false, year, null); // names are only needed for a notification
      }
      throw r.domain(e, "$");
    }
    return new ResultLine(insz, payable, year, payable ? m : null);
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

    Reader(String masked) {
      this.masked = masked;
    }

    Problem problem(String field, String reason) {
      return new Problem(field, reason, masked);
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

    long money(JsonNode n, String name, String path) {
      JsonNode v = required(n, name, path);
      if (!v.isString()) {
        throw problem(path, "wrong type: must be a decimal string such as \"434.29\"");
      }
      String t = v.stringValue();
      if (!t.matches("(0|[1-9][0-9]{0,10})(\\.[0-9]{1,2})?")) {
        throw problem(path, "must be a non-negative euro amount with at most two decimals, e.g. \"434.29\"");
      }
      return new BigDecimal(t).movePointRight(2).longValueExact();
    }

    Problem domain(IllegalArgumentException e, String path) {
      String m = e.getMessage() == null ? "invalid" : e.getMessage();
      int colon = m.indexOf(": ");
      if (colon > 0 && m.substring(0, colon).matches("[A-Za-z]+")) {
        String f = m.substring(0, colon);
        return problem(path.equals("$") ? f : path + "." + f, m.substring(colon + 2));
      }
      return problem(path, "invalid");
    }
  }
}
