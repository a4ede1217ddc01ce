package be.jobbonus.scenarios;

import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.ReasonCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code expect:} of a case: the total, and whichever other results the analyst states (base,
 * fixed increase, eligible, payable, full time, reasons, residence date, each quarter's amount or
 * fields), as an {@link Expectation}.
 */
final class ExpectationReader {

  static final Set<String> EXPECT_FIELDS = Set.of("total", "base", "fixed_increase", "eligible", "payable",
      "full_time", "reasons", "residence_date", "quarters");
  static final Set<String> EXPECT_QUARTER_FIELDS = Set.of("amount", "reference_monthly_wage", "counted", "reason",
      "work_fraction", "quarter_wage", "regime");

  private final Problems problems;
  private final Fields fields;
  private final Scalars values;

  ExpectationReader(Problems problems, Fields fields, Scalars values) {
    this.problems = problems;
    this.fields = fields;
    this.values = values;
  }

  /** The expectation, or {@code null} when absent or wrong (reported); quarters outside {@code year} are refused. */
  Expectation read(YamlNode node, String path, Integer year) {
    if (node == null) {
      return null;
    }
    if (!fields.check(node, path, EXPECT_FIELDS, "the expected results (total, base, ...)")
        && node.kind != YamlNode.Kind.MAP) {
      return null;
    }
    int before = problems.count();
    fields.require(node, path, "total", "every case states the expected total, like 'total: \"534.29\"'"
        + " (write \"0.00\" when nothing is paid)");
    Long total = values.euro(node.get("total"), path + ".total");
    OptionalLong base = values.optionalEuro(node.get("base"), path + ".base");
    OptionalLong fixed = values.optionalEuro(node.get("fixed_increase"), path + ".fixed_increase");
    Optional<Boolean> eligible = Optional.ofNullable(values.bool(node.get("eligible"), path + ".eligible"));
    Optional<Boolean> payable = Optional.ofNullable(values.bool(node.get("payable"), path + ".payable"));
    Optional<Boolean> fullTime = Optional.ofNullable(values.bool(node.get("full_time"), path + ".full_time"));
    Optional<Set<ReasonCode>> reasons = Optional.empty();
    if (node.get("reasons") != null) {
      List<ReasonCode> codes = reasonList(node.get("reasons"), path + ".reasons");
      if (codes != null) {
        Set<ReasonCode> set = EnumSet.noneOf(ReasonCode.class);
        set.addAll(codes);
        reasons = Optional.of(set);
      }
    }
    Optional<LocalDate> residenceDate = Optional.empty();
    String date = values.scalar(node.get("residence_date"), path + ".residence_date");
    if (date != null) {
      try {
        residenceDate = Optional.of(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        problems.add(node.get("residence_date"), path + ".residence_date",
            "'" + date + "' is not a date (write it like 2025-01-01)");
      }
    }
    Map<YearQuarter, Expectation.QuarterExpectation> quarters = new TreeMap<>();
    YamlNode qs = node.get("quarters");
    if (qs != null) {
      if (qs.kind != YamlNode.Kind.MAP) {
        problems.add(qs, path + ".quarters",
            "must be a group of 'quarter: amount' lines, like '2024Q1: \"162.50\"'");
      } else {
        for (Map.Entry<YamlNode.Key, YamlNode> e : qs.map.values()) {
          quarter(e.getKey(), e.getValue(), path + ".quarters." + e.getKey().name(), year, quarters);
        }
      }
    }
    if (problems.count() > before || total == null) {
      return null;
    }
    return new Expectation(total, base, fixed, eligible, payable, fullTime, reasons, residenceDate, quarters);
  }

  /** One quarter's expectation: an amount alone, or a group of fields; put into {@code out} when right. */
  private void quarter(YamlNode.Key k, YamlNode v, String p, Integer year,
      Map<YearQuarter, Expectation.QuarterExpectation> out) {
    YearQuarter q;
    try {
      q = YearQuarter.parse(k.name());
    } catch (IllegalArgumentException ex) {
      problems.add(k.line(), k.column(), p, "'" + k.name() + "' is not a quarter (write it like 2024Q1)");
      return;
    }
    if (year != null && q.year() != year) {
      problems.add(k.line(), k.column(), p, q + " is outside the reference year " + year);
      return;
    }
    if (v.isScalar()) {
      Long amount = values.euro(v, p);
      if (amount != null) {
        out.put(q, new Expectation.QuarterExpectation(OptionalLong.of(amount), OptionalLong.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), Optional.empty()));
      }
      return;
    }
    if (!fields.check(v, p, EXPECT_QUARTER_FIELDS, "a quarter's expected amount or fields")) {
      return;
    }
    Optional<List<ReasonCode>> reason = Optional.empty();
    if (v.get("reason") != null) {
      YamlNode rn = v.get("reason");
      List<ReasonCode> codes = rn.isScalar() && rn.text.trim().equalsIgnoreCase("none") ? List.of()
          : reasonList(rn, p + ".reason");
      if (codes != null) {
        reason = Optional.of(codes);
      }
    }
    Optional<BigDecimal> fraction = Optional.empty();
    String f = values.scalar(v.get("work_fraction"), p + ".work_fraction");
    try {
      fraction = f == null ? Optional.empty() : Optional.of(new BigDecimal(f));
    } catch (NumberFormatException ex) {
      problems.add(v.get("work_fraction"), p + ".work_fraction",
          "'" + f + "' is not a work fraction (write it like 0.5)");
    }
    Optional<Regime> regime = Optional.ofNullable(values.enumValue(v.get("regime"), p + ".regime", Regime.class));
    out.put(q, new Expectation.QuarterExpectation(values.optionalEuro(v.get("amount"), p + ".amount"),
        values.optionalEuro(v.get("reference_monthly_wage"), p + ".reference_monthly_wage"),
        Optional.ofNullable(values.bool(v.get("counted"), p + ".counted")), reason, fraction,
        values.optionalEuro(v.get("quarter_wage"), p + ".quarter_wage"), regime));
  }

  /** One reason code or a list of them; {@code null} at the first wrong one (reported). */
  private List<ReasonCode> reasonList(YamlNode node, String path) {
    List<YamlNode> items;
    if (node.kind == YamlNode.Kind.LIST) {
      items = node.list;
    } else if (node.kind == YamlNode.Kind.NULL) {
      return List.of();
    } else {
      items = List.of(node);
    }
    List<ReasonCode> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ReasonCode c = values.enumValue(items.get(i), path + (node.kind == YamlNode.Kind.LIST ? "[" + i + "]" : ""),
          ReasonCode.class);
      if (c == null) {
        return null;
      }
      out.add(c);
    }
    return out;
  }
}
