package be.jobbonus.scenarios;

import be.jobbonus.core.parameters.ParameterSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reform: named changes to parameters (any value of any period, year or interpretation point)
 * and the parameter sets before and after.
 *
 * @param name the reform's name
 * @param description what it changes, in words (may be empty)
 * @param overrides the overrides as written (key to value), in file order
 * @param baseline the parameter set before
 * @param reformed the parameter set after
 */
public record Reform(String name, String description, Map<String, String> overrides, ParameterSet baseline,
    ParameterSet reformed) {

  /** One changed parameter with its value before and after, as written in the data. */
  public record Change(String key, String before, String after) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  public Reform {
    Objects.requireNonNull(name);
    Objects.requireNonNull(description);
    overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    Objects.requireNonNull(baseline);
    Objects.requireNonNull(reformed);
  }

  /** A reform that changes nothing (the baseline against itself). */
  public static Reform none(ParameterSet baseline) {
    return new Reform("official rules only (no reform)", "", Map.of(), baseline, baseline);
  }

  /** Each changed parameter with its value in the baseline and in the reform. */
  public List<Change> changes() {
    JsonNode before = MAPPER.readTree(baseline.toJson());
    JsonNode after = MAPPER.readTree(reformed.toJson());
    List<Change> out = new ArrayList<>();
    for (String key : overrides.keySet()) {
      out.add(new Change(key, valueAt(before, key), valueAt(after, key)));
    }
    return out;
  }

  static String valueAt(JsonNode root, String key) {
    JsonNode target = locate(root, key);
    if (target == null) {
      return "?";
    }
    JsonNode v = target.get("value");
    if (v == null) {
      return "?";
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.isString() ? x.asString() : x.toString()));
      return String.join(",", parts);
    }
    return v.isString() ? v.asString() : v.toString();
  }

  private static JsonNode locate(JsonNode root, String key) {
    if (key.equals("eligibleCategories")) {
      return root.get("eligibleCategories");
    }
    int dot = key.indexOf('.');
    if (dot < 0) {
      return null;
    }
    String head = key.substring(0, dot);
    String field = key.substring(dot + 1);
    JsonNode container = null;
    if (head.equals("interpretation") || head.equals("residence")) {
      container = root.get(head);
    } else if (head.matches("(periods|referenceYears|dmfa)\\[[^\\]]+\\]")) {
      String list = head.substring(0, head.indexOf('['));
      String selector = head.substring(head.indexOf('[') + 1, head.length() - 1);
      for (JsonNode item : root.get(list)) {
        if (list.equals("referenceYears")) {
          if (item.get("year").asString().equals(selector)) {
            container = item;
          }
        } else {
          try {
            LocalDate d = LocalDate.parse(selector);
            if (!d.isBefore(LocalDate.parse(item.get("from").asString()))
                && !d.isAfter(LocalDate.parse(item.get("to").asString()))) {
              container = item;
            }
          } catch (DateTimeParseException e) {
            return null;
          }
        }
      }
    }
    return container == null ? null : container.get(field);
  }

  @Override
  public String toString() {
    return "Reform[" + name + ", " + overrides.size() + " changes]";
  }
}
