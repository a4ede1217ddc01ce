package be.jobbonus.core.calculation;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parameter sets for the oracle tests: the official one, its alternative readings, extremes of the
 * domain, and reform-like sets with a different period in every quarter.
 */
public final class TestParameterSets {

  static final String[] PERIOD_STARTS = {"2021-01-01", "2022-01-01", "2022-07-01", "2023-01-01", "2024-01-01", "2025-01-01"};

  private TestParameterSets() {}

  public static List<ParameterSet> all() {
    ParameterSet official = ParameterSets.official();
    List<ParameterSet> sets = new ArrayList<>();
    sets.add(official);
    sets.add(ParameterSets.withOverrides(official, "per-quarter", Map.of("interpretation.rounding", "PER_QUARTER"), "test"));
    sets.add(ParameterSets.withOverrides(official, "line-to-bg", Map.of("interpretation.degressiveLineEnd", "UPPER_LIMIT"), "test"));
    sets.add(ParameterSets.withOverrides(official, "complete",
        Map.of("interpretation.fullTimeMinimum", "EVERY_PERFORMED_QUARTER_COMPLETE"), "test"));
    sets.add(ParameterSets.withOverrides(official, "counted-only",
        Map.of("interpretation.fullTimeMinimum", "EVERY_COUNTED_QUARTER_FULL_TIME"), "test"));
    sets.add(ParameterSets.withOverrides(official, "all-alternatives", Map.of(
        "interpretation.rounding", "PER_QUARTER",
        "interpretation.degressiveLineEnd", "UPPER_LIMIT",
        "interpretation.fullTimeMinimum", "EVERY_PERFORMED_QUARTER_COMPLETE"), "test"));
    sets.add(extreme("extreme-wide", "0.01", "1000000.00", "100000.00", "0.00", "UPPER_LIMIT", "ANNUAL_ONCE"));
    sets.add(extreme("extreme-wide-pq", "0.01", "1000000.00", "100000.00", "0.00", "UPPER_LIMIT_PLUS_ONE_CENT", "PER_QUARTER"));
    sets.add(extreme("extreme-narrow", "999999.99", "1000000.00", "100000.00", "99999.99", "UPPER_LIMIT", "ANNUAL_ONCE"));
    sets.add(extreme("extreme-zero-amounts", "1800.00", "2499.99", "0.00", "0.00", "UPPER_LIMIT_PLUS_ONE_CENT", "ANNUAL_ONCE"));
    sets.add(extreme("coarse-10", "1800.00", "1800.09", "600.00", "20.00", "UPPER_LIMIT_PLUS_ONE_CENT", "ANNUAL_ONCE"));
    sets.add(extreme("coarse-4", "1800.00", "1800.04", "650.00", "50.00", "UPPER_LIMIT", "ANNUAL_ONCE"));
    sets.add(quarterly("quarterly-1", 11, "UPPER_LIMIT_PLUS_ONE_CENT", "ANNUAL_ONCE"));
    sets.add(quarterly("quarterly-2", 22, "UPPER_LIMIT", "ANNUAL_ONCE"));
    sets.add(quarterly("quarterly-3", 33, "UPPER_LIMIT", "PER_QUARTER"));
    sets.add(quarterly("quarterly-4", 44, "UPPER_LIMIT_PLUS_ONE_CENT", "ANNUAL_ONCE"));
    return sets;
  }

  /** Every period of the official set set to the same values, at the edges of what Period accepts. */
  static ParameterSet extreme(String id, String og, String bg, String jmax, String jmin, String lineEnd, String rounding) {
    Map<String, String> o = new LinkedHashMap<>();
    for (String from : PERIOD_STARTS) {
      o.put("periods[" + from + "].lowerLimit", og);
      o.put("periods[" + from + "].upperLimit", bg);
      o.put("periods[" + from + "].maxAmount", jmax);
      o.put("periods[" + from + "].minAmount", jmin);
    }
    o.put("interpretation.degressiveLineEnd", lineEnd);
    o.put("interpretation.rounding", rounding);
    return ParameterSets.withOverrides(ParameterSets.official(), id, o, "test");
  }

  /** A set with a period per quarter (four distinct D in a year), limits drawn from {@code seed}. */
  static ParameterSet quarterly(String id, long seed, String lineEnd, String rounding) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) mapper.readTree(ParameterSets.official().toJson());
    root.put("id", id);
    Random random = new Random(seed);
    ArrayNode periods = mapper.createArrayNode();
    String[] starts = {"01-01", "04-01", "07-01", "10-01"};
    String[] ends = {"03-31", "06-30", "09-30", "12-31"};
    for (int year = 2021; year <= 2025; year++) {
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
