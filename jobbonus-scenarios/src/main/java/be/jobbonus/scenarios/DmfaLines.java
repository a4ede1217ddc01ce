package be.jobbonus.scenarios;

import be.jobbonus.core.Insz;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.core.parameters.ParameterSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code dmfa:} lines of a scenario case: DmfA occupation lines written in plain units (days,
 * hours and days a week as decimals, euro amounts as text), derived into the quarters by the
 * library's DmfA derivation (docs/calculation.md §4). A wrong line is reported at its field's line.
 */
final class DmfaLines {

  /** Default employer number when a line does not give one (any 10 digits are accepted). */
  static final String DEFAULT_EMPLOYER = "0123456749";

  /** Field names of {@code dmfa.jsonl} (docs/formats.md) and their scenario-file names. */
  private static final Map<String, String> NAMES = Map.of("workerCode", "worker_code", "daysPerWeek", "days_per_week",
      "meanWorkingHours", "mean_working_hours", "refMeanWorkingHours", "ref_mean_working_hours",
      "amountCents", "amount", "amount", "amount");

  static final Set<String> DMFA_FIELDS = Set.of("quarter", "employer", "worker_code", "contract", "days_per_week",
      "mean_working_hours", "ref_mean_working_hours", "services", "remunerations");
  static final Set<String> SERVICE_FIELDS = Set.of("code", "days", "hours");
  static final Set<String> REMUNERATION_FIELDS = Set.of("code", "amount");

  private final Problems problems;
  private final Fields fields;
  private final Scalars values;

  DmfaLines(Problems problems, Fields fields, Scalars values) {
    this.problems = problems;
    this.fields = fields;
    this.values = values;
  }

  /** The quarters derived from the lines {@code node} of one person in {@code year}, or {@code null} (reported). */
  DmfaCase read(YamlNode node, String path, Insz insz, int year, ParameterSet params) {
    if (node.kind != YamlNode.Kind.LIST || node.list.isEmpty()) {
      problems.add(node, path, "must be a list of DmfA occupation lines, each starting with '- quarter: 2024Q1'");
      return null;
    }
    DmfaDerivation derivation = DmfaDerivation.of(params);
    List<OccupationLine> lines = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.list.size(); i++) {
      YamlNode item = node.list.get(i);
      String p = path + "[" + i + "]";
      OccupationLine line = line(item, p, insz, year);
      if (line == null) {
        ok = false;
        continue;
      }
      try {
        derivation.check(line);
        lines.add(line);
      } catch (InvalidOccupationLineException e) {
        locate(item, p, e);
        ok = false;
      } catch (IllegalArgumentException e) {
        problems.add(item, p, e.getMessage());
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      Derivation d = derivation.derive(lines);
      return new DmfaCase(d.inputs(), d.toText());
    } catch (IllegalArgumentException e) {
      problems.add(node, path, e.getMessage());
      return null;
    }
  }

  private void locate(YamlNode item, String p, InvalidOccupationLineException e) {
    YamlNode at = item;
    StringBuilder field = new StringBuilder(p);
    for (String part : e.field().split("\\.")) {
      String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
      String yamlName = NAMES.getOrDefault(name, name);
      field.append('.').append(yamlName).append(part.contains("[") ? part.substring(part.indexOf('[')) : "");
      YamlNode next = at.get(yamlName);
      if (next == null) {
        break;
      }
      at = next;
      if (part.contains("[") && at.kind == YamlNode.Kind.LIST) {
        int idx = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']')));
        if (idx < at.list.size()) {
          at = at.list.get(idx);
        }
      }
    }
    problems.add(at, field.toString(), e.reason());
  }

  private OccupationLine line(YamlNode item, String p, Insz insz, int year) {
    if (!fields.check(item, p, DMFA_FIELDS, "a DmfA occupation line")) {
      return null;
    }
    int before = problems.count();
    fields.require(item, p, "quarter", "say which quarter, like 'quarter: 2024Q1'");
    YearQuarter q = values.quarter(item.get("quarter"), p + ".quarter");
    if (q != null && q.year() != year) {
      problems.add(item.get("quarter"), p + ".quarter", q + " is outside the reference year " + year);
    }
    String employer = item.get("employer") == null ? DEFAULT_EMPLOYER
        : values.scalar(item.get("employer"), p + ".employer");
    Integer workerCode = item.get("worker_code") == null ? Integer.valueOf(495)
        : whole(item.get("worker_code"), p + ".worker_code");
    Regime contract = item.get("contract") == null ? Regime.FULL_TIME
        : values.enumValue(item.get("contract"), p + ".contract", Regime.class);
    Integer days = item.get("days_per_week") == null ? Integer.valueOf(500)
        : hundredths(item.get("days_per_week"), p + ".days_per_week", "days a week, like 5 or 4.5");
    Integer ref = item.get("ref_mean_working_hours") == null ? Integer.valueOf(3800)
        : hundredths(item.get("ref_mean_working_hours"), p + ".ref_mean_working_hours", "hours a week, like 38");
    Integer mean = item.get("mean_working_hours") == null ? ref
        : hundredths(item.get("mean_working_hours"), p + ".mean_working_hours", "hours a week, like 19");
    List<Service> services = new ArrayList<>();
    List<YamlNode> sv = items(item, p, "services", "- { code: 1, days: 65, hours: 494 }");
    for (int i = 0; i < sv.size(); i++) {
      YamlNode s = sv.get(i);
      String sp = p + ".services[" + i + "]";
      if (!fields.check(s, sp, SERVICE_FIELDS, "a service (code, days, hours)")) {
        continue;
      }
      Integer code = s.get("code") == null ? null : whole(s.get("code"), sp + ".code");
      fields.require(s, sp, "code", "the service code (1 = days worked)");
      Integer d = s.get("days") == null ? Integer.valueOf(0) : hundredths(s.get("days"), sp + ".days", "days, like 65");
      Integer h = s.get("hours") == null ? Integer.valueOf(0)
          : hundredths(s.get("hours"), sp + ".hours", "hours, like 494");
      if (code != null && d != null && h != null) {
        try {
          services.add(Service.of(code, d, h));
        } catch (IllegalArgumentException e) {
          problems.add(s, sp, e.getMessage());
        }
      }
    }
    List<Remuneration> remunerations = new ArrayList<>();
    List<YamlNode> rv = items(item, p, "remunerations", "- { code: 1, amount: \"6000.00\" }");
    for (int i = 0; i < rv.size(); i++) {
      YamlNode m = rv.get(i);
      String mp = p + ".remunerations[" + i + "]";
      if (!fields.check(m, mp, REMUNERATION_FIELDS, "a remuneration (code, amount)")) {
        continue;
      }
      Integer code = m.get("code") == null ? null : whole(m.get("code"), mp + ".code");
      fields.require(m, mp, "code", "the remuneration code (1 = ordinary wage)");
      fields.require(m, mp, "amount", "the amount in euro, like \"6000.00\"");
      Long amount = values.euro(m.get("amount"), mp + ".amount");
      if (code != null && amount != null) {
        try {
          remunerations.add(Remuneration.of(code, amount));
        } catch (IllegalArgumentException e) {
          problems.add(m, mp, e.getMessage());
        }
      }
    }
    if (problems.count() > before || q == null || employer == null || workerCode == null || contract == null
        || days == null || ref == null || mean == null) {
      return null;
    }
    try {
      return OccupationLine.of(insz, q, employer, workerCode, contract, days, mean, ref, services, remunerations);
    } catch (InvalidOccupationLineException e) {
      locate(item, p, e);
      return null;
    }
  }

  /** The items of the list {@code name} of a line: none when absent, reported when not a list. */
  private List<YamlNode> items(YamlNode item, String p, String name, String example) {
    YamlNode v = item.get(name);
    if (v != null && v.kind != YamlNode.Kind.NULL && v.kind != YamlNode.Kind.LIST) {
      problems.add(v, p + "." + name, "must be a list like '" + example + "'");
    }
    return v != null && v.kind == YamlNode.Kind.LIST ? v.list : List.of();
  }

  private Integer whole(YamlNode node, String path) {
    String s = values.scalar(node, path);
    if (s == null) {
      return null;
    }
    if (!s.matches("[0-9]{1,9}")) {
      problems.add(node, path, "is not a whole number (digits only, such as 6500)"); // the value is not repeated
      return null;
    }
    return Integer.parseInt(s);
  }

  /** A decimal with at most 2 decimals, as hundredths ("4.5" -> 450). */
  private Integer hundredths(YamlNode node, String path, String what) {
    String s = values.scalar(node, path);
    if (s == null) {
      return null;
    }
    if (!s.matches("[0-9]{1,7}(\\.[0-9]{1,2})?")) {
      problems.add(node, path, "is not a number of " + what + " (at most two decimals, such as 38.5)");
      return null;
    }
    return new BigDecimal(s).movePointRight(2).intValueExact();
  }

  /** The quarters derived and how. */
  record DmfaCase(List<QuarterInput> inputs, String explanation) {}
}
