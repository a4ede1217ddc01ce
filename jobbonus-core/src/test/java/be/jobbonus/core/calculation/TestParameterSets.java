package be.jobbonus.core.calculation;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parameter sets for the oracle tests: a base set (the official one unless another is given), its
 * alternative readings, extremes of the domain, and reform-like sets with a different period in
 * every quarter, over the base set's periods and reference years.
 */
public final class TestParameterSets {

  private TestParameterSets() {}

  /** The variants of the official set. */
  public static List<ParameterSet> all() {
    return all(ParameterSets.official());
  }

  /**
   * The variants of {@code base}, {@code base} first; their ids are the variant's name, after
   * {@code base}'s id and a slash unless {@code base} is the official set.
   */
  public static List<ParameterSet> all(ParameterSet base) {
    String prefix = base.id().equals(ParameterSets.official().id()) ? "" : base.id() + "/";
    List<ParameterSet> sets = new ArrayList<>();
    sets.add(base);
    sets.add(ParameterSets.withOverrides(base, prefix + "per-quarter", Map.of("interpretation.rounding", "PER_QUARTER"), "test"));
    sets.add(ParameterSets.withOverrides(base, prefix + "line-to-bg", Map.of("interpretation.degressiveLineEnd", "UPPER_LIMIT"), "test"));
    sets.add(ParameterSets.withOverrides(base, prefix + "complete",
        Map.of("interpretation.fullTimeMinimum", "EVERY_PERFORMED_QUARTER_COMPLETE"), "test"));
    sets.add(ParameterSets.withOverrides(base, prefix + "counted-only",
        Map.of("interpretation.fullTimeMinimum", "EVERY_COUNTED_QUARTER_FULL_TIME"), "test"));
    sets.add(ParameterSets.withOverrides(base, prefix + "all-alternatives", Map.of(
        "interpretation.rounding", "PER_QUARTER",
        "interpretation.degressiveLineEnd", "UPPER_LIMIT",
        "interpretation.fullTimeMinimum", "EVERY_PERFORMED_QUARTER_COMPLETE"), "test"));
    sets.add(extreme(base, prefix + "extreme-wide", "0.01", "1000000.00", "100000.00", "0.00", "UPPER_LIMIT", "ANNUAL_ONCE"));
    sets.add(extreme(base, prefix + "extreme-wide-pq", "0.01", "1000000.00", "100000.00", "0.00", "UPPER_LIMIT_PLUS_ONE_CENT", "PER_QUARTER"));
    sets.add(extreme(base, prefix + "extreme-narrow", "999999.99", "1000000.00", "100000.00", "99999.99", "UPPER_LIMIT", "ANNUAL_ONCE"));
    sets.add(extreme(base, prefix + "extreme-zero-amounts", "1800.00", "2499.99", "0.00", "0.00", "UPPER_LIMIT_PLUS_ONE_CENT", "ANNUAL_ONCE"));
    sets.add(extreme(base, prefix + "coarse-10", "1800.00", "1800.09", "600.00", "20.00", "UPPER_LIMIT_PLUS_ONE_CENT", "ANNUAL_ONCE"));
    sets.add(extreme(base, prefix + "coarse-4", "1800.00", "1800.04", "650.00", "50.00", "UPPER_LIMIT", "ANNUAL_ONCE"));
    sets.add(quarterly(base, prefix + "quarterly-1", 11, "UPPER_LIMIT_PLUS_ONE_CENT", "ANNUAL_ONCE"));
    sets.add(quarterly(base, prefix + "quarterly-2", 22, "UPPER_LIMIT", "ANNUAL_ONCE"));
    sets.add(quarterly(base, prefix + "quarterly-3", 33, "UPPER_LIMIT", "PER_QUARTER"));
    sets.add(quarterly(base, prefix + "quarterly-4", 44, "UPPER_LIMIT_PLUS_ONE_CENT", "ANNUAL_ONCE"));
    return sets;
  }

  /** Every period of {@code base} set to the same values, at the edges of what Period accepts. */
  static ParameterSet extreme(ParameterSet base, String id, String og, String bg, String jmax, String jmin,
      String lineEnd, String rounding) {
    Map<String, String> o = new LinkedHashMap<>();
    for (Period p : base.periods()) {
      String from = p.from().toString();
      o.put("periods[" + from + "].lowerLimit", og);
      o.put("periods[" + from + "].upperLimit", bg);
      o.put("periods[" + from + "].maxAmount", jmax);
      o.put("periods[" + from + "].minAmount", jmin);
    }
    o.put("interpretation.degressiveLineEnd", lineEnd);
    o.put("interpretation.rounding", rounding);
    return ParameterSets.withOverrides(base, id, o, "test");
  }

  /**
   * {@code base} with a period per quarter of each of its reference years (four distinct D in a
   * year), limits drawn from {@code seed}.
   */
  static ParameterSet quarterly(ParameterSet base, String id, long seed, String lineEnd, String rounding) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) mapper.readTree(base.toJson());
    root.put("id", id);
    Random random = new Random(seed);
    ArrayNode periods = mapper.createArrayNode();
    String[] starts = {"01-01", "04-01", "07-01", "10-01"};
    String[] ends = {"03-31", "06-30", "09-30", "12-31"};
    for (int year : base.referenceYears()) {
      for (int q = 0; q < 4; q++) {
        long og = 1 + (long) (random.nextDouble() * (q == 3 ? 99_000_000 : 400_000));
        long bg = og + 1 + (long) (random.nextDouble() * (q == 2 ? 100_000_000 - og - 1 : 150_000));
        long jmax = random.nextInt(5) == 0 ? 10_000_000 : 1 + random.nextInt(200_000);
        long jmin = random.nextInt(4) == 0 ? 0 : random.nextInt(5) == 0 ? jmax : (long) (random.nextDouble() * jmax);
        ObjectNode p = mapper.createObjectNode();
        p.put("from", year + "-" + starts[q]);
        p.put("to", year + "-" + ends[q]);
        p.set("lowerLimit", param(mapper, og));
        p.set("upperLimit", param(mapper, bg));
        p.set("maxAmount", param(mapper, jmax));
        p.set("minAmount", param(mapper, jmin));
        periods.add(p);
      }
    }
    root.set("periods", periods);
    ObjectNode ip = (ObjectNode) root.get("interpretation");
    ((ObjectNode) ip.get("degressiveLineEnd")).put("value", lineEnd);
    ((ObjectNode) ip.get("rounding")).put("value", rounding);
    return ParameterSets.parse(mapper.writeValueAsString(root), id);
  }

  private static ObjectNode param(JsonMapper mapper, long cents) {
    ObjectNode n = mapper.createObjectNode();
    n.put("value", String.format("%d.%02d", cents / 100, cents % 100));
    n.put("status", "I");
    n.put("source", "test");
    return n;
  }
}
