package be.jobbonus.scenarios;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code quarters:} or {@code every_quarter:} of a case: each quarter's wage (a month's or the
 * quarter's), work fraction and regime, as the calculation's {@link QuarterInput}s.
 */
final class QuarterReader {

  static final Set<String> QUARTER_FIELDS = Set.of("quarter", "monthly_wage", "quarter_wage", "work_fraction",
      "regime");
  static final Set<String> EVERY_QUARTER_FIELDS = Set.of("monthly_wage", "quarter_wage", "work_fraction", "regime");

  private final Problems problems;
  private final Fields fields;
  private final Scalars values;

  QuarterReader(Problems problems, Fields fields, Scalars values) {
    this.problems = problems;
    this.fields = fields;
    this.values = values;
  }

  /**
   * The quarters of the case {@code caseNode} in {@code year}, or {@code null} when one is wrong
   * (reported); {@code quarters: []} is a year without work.
   */
  List<QuarterInput> read(YamlNode caseNode, String path, Integer year) {
    YamlNode list = caseNode.get("quarters");
    YamlNode every = caseNode.get("every_quarter");
    if (list != null && every != null) {
      problems.add(every, path + ".every_quarter", "give either 'quarters' or 'every_quarter', not both");
      return null;
    }
    List<QuarterInput> out = new ArrayList<>();
    if (every != null) {
      if (!fields.check(every, path + ".every_quarter", EVERY_QUARTER_FIELDS, "the wage of each quarter")) {
        return null;
      }
      if (year == null) {
        return null;
      }
      for (int q = 1; q <= 4; q++) {
        QuarterInput in = quarter(every, path + ".every_quarter", YearQuarter.of(year, q));
        if (in == null) {
          return null;
        }
        out.add(in);
      }
      return out;
    }
    if (list == null || list.kind == YamlNode.Kind.NULL) {
      if (list == null) {
        problems.add(caseNode, path + ".quarters", "missing: give 'quarters:' (a list) or 'every_quarter:'"
            + " (the same wage for Q1-Q4); write 'quarters: []' for a year without work");
        return null;
      }
      return out;
    }
    if (list.kind != YamlNode.Kind.LIST) {
      problems.add(list, path + ".quarters", "must be a list, each item starting with '- quarter: 2024Q1'");
      return null;
    }
    Set<YearQuarter> seen = new HashSet<>();
    boolean ok = true;
    for (int i = 0; i < list.list.size(); i++) {
      YamlNode item = list.list.get(i);
      String p = path + ".quarters[" + i + "]";
      if (!fields.check(item, p, QUARTER_FIELDS, "a quarter")) {
        ok = false;
        continue;
      }
      fields.require(item, p, "quarter", "say which quarter, like 'quarter: 2024Q1'");
      YearQuarter q = values.quarter(item.get("quarter"), p + ".quarter");
      if (q == null) {
        ok = false;
        continue;
      }
      if (year != null && q.year() != year) {
        problems.add(item.get("quarter"), p + ".quarter", q + " is outside the reference year " + year
            + " (a reference year's quarters are " + year + "Q1 to " + year + "Q4)");
        ok = false;
        continue;
      }
      if (!seen.add(q)) {
        problems.add(item.get("quarter"), p + ".quarter", q + " is given twice; add the wages of all employers"
            + " into one quarter");
        ok = false;
        continue;
      }
      QuarterInput in = quarter(item, p, q);
      if (in == null) {
        ok = false;
      } else {
        out.add(in);
      }
    }
    return ok ? out : null;
  }

  /** One quarter's wage, fraction and regime (shared by 'quarters' items and 'every_quarter'). */
  private QuarterInput quarter(YamlNode node, String path, YearQuarter q) {
    YamlNode monthly = node.get("monthly_wage");
    YamlNode quarterly = node.get("quarter_wage");
    Long wage = null;
    if (monthly != null && quarterly != null) {
      problems.add(quarterly, path + ".quarter_wage", "give either 'monthly_wage' or 'quarter_wage', not both");
      return null;
    } else if (monthly != null) {
      Long m = values.euro(monthly, path + ".monthly_wage");
      if (m != null) {
        wage = Math.multiplyExact(m, 3L);
      }
    } else if (quarterly != null) {
      wage = values.euro(quarterly, path + ".quarter_wage");
    } else {
      problems.add(node, path + ".monthly_wage", "missing: give the wage as 'monthly_wage' (gross a month) or"
          + " 'quarter_wage' (gross for the whole quarter)");
      return null;
    }
    BigDecimal fraction = BigDecimal.ONE;
    YamlNode wf = node.get("work_fraction");
    if (wf != null) {
      String s = values.scalar(wf, path + ".work_fraction");
      if (s == null) {
        return null;
      }
      try {
        fraction = new BigDecimal(s);
      } catch (NumberFormatException e) {
        problems.add(wf, path + ".work_fraction", "'" + s + "' is not a work fraction (write a decimal between 0"
            + " and 1 such as 0.5 for half-time, at most 4 decimals)");
        return null;
      }
      if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0
          || fraction.stripTrailingZeros().scale() > QuarterInput.MAX_WORK_FRACTION_SCALE) {
        problems.add(wf, path + ".work_fraction", "'" + s + "' must be between 0 and 1 with at most 4 decimals"
            + " (0.5 for half-time, 1 for full-time)");
        return null;
      }
    }
    if (wage == null) {
      return null;
    }
    Regime regime;
    if (node.get("regime") != null) {
      regime = values.enumValue(node.get("regime"), path + ".regime", Regime.class);
      if (regime == null) {
        return null;
      }
    } else {
      regime = fraction.compareTo(BigDecimal.ONE) == 0 ? Regime.FULL_TIME : Regime.PART_TIME;
    }
    try {
      return QuarterInput.of(q, wage, fraction, regime);
    } catch (IllegalArgumentException e) {
      boolean aboutWage = e.getMessage().contains("wage");
      YamlNode at = aboutWage ? (monthly != null ? monthly : quarterly) : wf != null ? wf : node;
      problems.add(at, path + (aboutWage ? (monthly != null ? ".monthly_wage" : ".quarter_wage")
          : ".work_fraction"), e.getMessage());
      return null;
    }
  }
}
