package be.jobbonus.core.parameters;

import be.jobbonus.core.Statuut;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads and validates parameter sets. Every value in the data carries {@code value}, {@code
 * status} (L, S or I) and {@code source}; unknown or missing fields are refused with the field's
 * path. Amounts are decimal strings in euro ({@code "1800.00"}), dates ISO ({@code 2024-01-01}).
 */
public final class ParameterSets {

  /** Strict (a key twice is an error) and bounded: a parameter file is small and shallow. */
  private static final JsonMapper MAPPER = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
          .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
              .maxNestingDepth(32).maxStringLength(100_000).maxNumberLength(40).maxDocumentLength(10_000_000).build())
          .build())
      .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final String OFFICIAL_RESOURCE = "official.json";
  private static volatile ParameterSet official;

  private ParameterSets() {}

  /** The official parameter set shipped with the library (reference years 2021-2025). */
  public static ParameterSet official() {
    ParameterSet result = official;
    if (result == null) {
      try (InputStream in = ParameterSets.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + OFFICIAL_RESOURCE + " missing from the jar");
        }
        result = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), OFFICIAL_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      official = result;
    }
    return result;
  }

  /**
   * Reads a parameter set from a JSON file.
   *
   * @throws InvalidParametersException naming the file and the field when the data is invalid
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ParameterSet load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter file " + file, e);
    }
    return parse(text, file.toString());
  }

  /**
   * Parses a parameter set from JSON text.
   *
   * @param sourceName named in error messages (a file name)
   * @throws InvalidParametersException naming the source and the field when the data is invalid
   */
  public static ParameterSet parse(String json, String sourceName) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidParametersException(
          sourceName, "", "not valid JSON" + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")
              + ": " + e.getOriginalMessage());
    }
    return new Reader(sourceName).set(root);
  }

  /**
   * A copy of {@code base} with some values replaced: a reform, or a corrected reading of the law.
   * Keys are paths:
   *
   * <ul>
   *   <li>{@code periods[2024-07-01].upperLimit}: the period containing that date (any of {@code
   *       lowerLimit, upperLimit, maxAmount, minAmount});
   *   <li>{@code referenceYears[2024].fixedIncrease} (or {@code minimumPayableFullTime}, {@code
   *       minimumPayablePartTime});
   *   <li>{@code interpretation.rounding} and the other interpretation points; {@code
   *       residence.yearsAfterReferenceYear}; {@code eligibleCategories} (comma-separated);
   *   <li>{@code dmfa[2024-01-01].countedServiceCodes} (comma-separated codes).
   * </ul>
   *
   * Values are written as in the data ({@code "3200.00"}, {@code "PER_QUARTER"}). The overridden
   * values keep their status and get the source {@code "override by <overrideSource> (was …)"};
   * the new set's id is {@code id}.
   *
   * @throws InvalidParametersException naming {@code overrideSource} and the key when a key or a
   *     value is wrong
   */
  public static ParameterSet withOverrides(
      ParameterSet base, String id, Map<String, String> overrides, String overrideSource) {
    ObjectNode root = (ObjectNode) MAPPER.readTree(base.toJson());
    root.put("id", id);
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      String key = e.getKey();
      ObjectNode target = locate(root, key, overrideSource);
      JsonNode old = target.get("value");
      JsonNode replacement;
      if (old.isArray()) {
        ArrayNode array = MAPPER.createArrayNode();
        for (String part : e.getValue().split(",")) {
          String p = part.trim();
          if (p.isEmpty()) {
            continue;
          }
          if (old.size() > 0 && old.get(0).isNumber() || key.startsWith("dmfa")) {
            try {
              array.add(Integer.parseInt(p));
            } catch (NumberFormatException ex) {
              throw new InvalidParametersException(overrideSource, key, "'" + p + "' is not a code");
            }
          } else {
            array.add(p);
          }
        }
        replacement = array;
      } else if (old.isNumber()) {
        try {
          replacement = MAPPER.getNodeFactory().numberNode(Integer.parseInt(e.getValue().trim()));
        } catch (NumberFormatException ex) {
          throw new InvalidParametersException(overrideSource, key, "'" + e.getValue() + "' is not a whole number");
        }
      } else if (old.isBoolean()) {
        String v = e.getValue().trim();
        if (!v.equals("true") && !v.equals("false")) {
          throw new InvalidParametersException(overrideSource, key, "'" + v + "' must be true or false");
        }
        replacement = MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(v));
      } else {
        replacement = MAPPER.getNodeFactory().stringNode(e.getValue().trim());
      }
      target.put("source", "override by " + overrideSource + " (was " + old + "; " + target.get("source").asString() + ")");
      target.set("value", replacement);
    }
    return new Reader(overrideSource).set(root);
  }

  private static ObjectNode locate(ObjectNode root, String key, String src) {
    String[] parts = key.split("\\.");
    if (parts.length != 2 && !(parts.length == 1 && parts[0].equals("eligibleCategories"))) {
      throw new InvalidParametersException(src, key, "unknown parameter name (expected for example periods[2024-01-01].upperLimit, referenceYears[2024].fixedIncrease, interpretation.rounding)");
    }
    if (parts.length == 1) {
      return (ObjectNode) root.get("eligibleCategories");
    }
    String head = parts[0];
    String field = parts[1];
    JsonNode container;
    if (head.equals("interpretation") || head.equals("residence")) {
      container = root.get(head);
    } else if (head.matches("(periods|referenceYears|dmfa)\\[[^\\]]+\\]")) {
      String list = head.substring(0, head.indexOf('['));
      String selector = head.substring(head.indexOf('[') + 1, head.length() - 1);
      container = null;
      for (JsonNode item : root.get(list)) {
        if (list.equals("referenceYears")) {
          if (item.get("year").asString().equals(selector)) {
            container = item;
          }
        } else {
          LocalDate d;
          try {
            d = LocalDate.parse(selector);
          } catch (DateTimeParseException ex) {
            throw new InvalidParametersException(src, key, "'" + selector + "' is not a date (YYYY-MM-DD)");
          }
          if (!d.isBefore(LocalDate.parse(item.get("from").asString()))
              && !d.isAfter(LocalDate.parse(item.get("to").asString()))) {
            container = item;
          }
        }
      }
      if (container == null) {
        throw new InvalidParametersException(src, key, "'" + selector + "' is outside every " + list + " entry of the parameter set");
      }
    } else {
      throw new InvalidParametersException(src, key, "unknown parameter group '" + head + "'");
    }
    JsonNode target = container.get(field);
    if (target == null || !target.isObject() || !target.has("value")) {
      throw new InvalidParametersException(src, key, "unknown parameter name '" + field + "'");
    }
    return (ObjectNode) target;
  }

  /** Reads the tree with the path of every field, for precise messages. */
  private static final class Reader {
    private final String src;

    Reader(String src) {
      this.src = src;
    }

    InvalidParametersException fail(String path, String problem) {
      return new InvalidParametersException(src, path, problem);
    }

    ParameterSet set(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw fail("", "must be a JSON object");
      }
      fields(root, "", Set.of("id", "version", "description", "periods", "referenceYears",
          "eligibleCategories", "pensionAge", "residence", "interpretation", "dmfa", "citations"));
      String id = text(root, "id", "");
      String version = text(root, "version", "");
      String description = root.has("description") ? text(root, "description", "") : "";

      List<Period> periods = rows(root, "periods",
          Set.of("from", "to", "lowerLimit", "upperLimit", "maxAmount", "minAmount"),
          (n, p) -> new Period(date(n, "from", p), date(n, "to", p),
              money(n, "lowerLimit", p), money(n, "upperLimit", p),
              money(n, "maxAmount", p), money(n, "minAmount", p)));
      periods.sort((a, b) -> a.from().compareTo(b.from()));
      for (int i = 1; i < periods.size(); i++) {
        if (!periods.get(i).from().isAfter(periods.get(i - 1).to())) {
          throw fail("periods", "periods overlap: " + periods.get(i - 1).from() + ".." + periods.get(i - 1).to()
              + " and " + periods.get(i).from() + ".." + periods.get(i).to());
        }
      }

      Map<Integer, YearRules> years = new TreeMap<>();
      rows(root, "referenceYears", Set.of("year", "fixedIncrease", "minimumPayableFullTime", "minimumPayablePartTime"),
          (n, p) -> {
            JsonNode y = n.get("year");
            if (y == null || !y.isIntegralNumber()) {
              throw fail(p + ".year", "must be a whole number");
            }
            YearRules r = new YearRules(y.asInt(), money(n, "fixedIncrease", p),
                money(n, "minimumPayableFullTime", p), money(n, "minimumPayablePartTime", p));
            if (years.put(r.year(), r) != null) {
              throw fail(p + ".year", "year " + r.year() + " appears twice");
            }
            return r;
          });

      Parameter<Set<Statuut>> categories = sourced(root, "eligibleCategories", "", v -> {
        if (!v.isArray()) {
          throw new IllegalArgumentException("must be a list of categories");
        }
        Set<Statuut> set = java.util.EnumSet.noneOf(Statuut.class);
        for (JsonNode c : v) {
          try {
            set.add(Statuut.valueOf(c.asString()));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown category '" + c.asString() + "'");
          }
        }
        return com.google.common.collect.Sets.immutableEnumSet(set);
      });

      List<PensionAgeRule> pension = rows(root, "pensionAge", Set.of("bornFrom", "bornTo", "age"), (n, p) -> {
        LocalDate from = n.path("bornFrom").isNull() || n.path("bornFrom").isMissingNode() ? LocalDate.MIN : date(n, "bornFrom", p);
        LocalDate to = n.path("bornTo").isNull() || n.path("bornTo").isMissingNode() ? LocalDate.MAX : date(n, "bornTo", p);
        return new PensionAgeRule(from, to, sourced(n, "age", p, wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE, "must be a whole number of years")));
      });
      for (int i = 0; i < pension.size(); i++) {
        for (int j = i + 1; j < pension.size(); j++) {
          PensionAgeRule a = pension.get(i);
          PensionAgeRule b = pension.get(j);
          if (!a.bornTo().isBefore(b.bornFrom()) && !b.bornTo().isBefore(a.bornFrom())) {
            throw fail("pensionAge", "rows " + i + " and " + j + " overlap");
          }
        }
      }

      JsonNode res = object(root, "residence", "");
      fields(res, "residence", Set.of("yearsAfterReferenceYear", "monthDay"));
      Parameter<Integer> yearsAfter =
          sourced(res, "yearsAfterReferenceYear", "residence", wholeNumber(0, 2, "must be 0, 1 or 2"));
      Parameter<MonthDay> monthDay = sourced(res, "monthDay", "residence", v -> {
        try {
          return MonthDay.parse("--" + v.asString());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("must be MM-DD, was '" + v.asString() + "'");
        }
      });

      JsonNode ip = object(root, "interpretation", "");
      String ipp = "interpretation";
      fields(ip, ipp, Set.of("degressiveLineEnd", "rounding", "workFractionScale", "fullTimeMinimum",
          "pensionAge", "multipleEmployers", "excludedCategories"));
      Interpretation interpretation = new Interpretation(
          sourced(ip, "degressiveLineEnd", ipp, v -> enumValue(Interpretation.DegressiveLineEnd.class, v)),
          sourced(ip, "rounding", ipp, v -> enumValue(Interpretation.Rounding.class, v)),
          sourced(ip, "workFractionScale", ipp, wholeNumber(0, 4, "must be a whole number 0-4")),
          sourced(ip, "fullTimeMinimum", ipp, v -> enumValue(Interpretation.FullTimeMinimum.class, v)),
          sourced(ip, "pensionAge", ipp, v -> enumValue(Interpretation.PensionAgeReading.class, v)),
          sourced(ip, "multipleEmployers", ipp, v -> enumValue(Interpretation.MultipleEmployers.class, v)),
          // IP-declared-category came after version 0.2.0: a file without it has the default
          ip.has("excludedCategories")
              ? sourced(ip, "excludedCategories", ipp, v -> enumValue(Interpretation.ExcludedCategories.class, v))
              : Interpretation.ExcludedCategories.DEFAULT);

      List<DmfaRules> dmfa = rows(root, "dmfa", Set.of("from", "to", "countedServiceCodes", "wageRemunerationCodes",
          "terminationIndemnityRemunerationCodes", "terminationIndemnityCounts", "terminationIndemnityFrom",
          "teachingStaffWorkerCodes", "teachingStaffJointCommittees"),
          (n, p) -> new DmfaRules(date(n, "from", p), date(n, "to", p),
              codes(n, "countedServiceCodes", p), codes(n, "wageRemunerationCodes", p),
              codes(n, "terminationIndemnityRemunerationCodes", p),
              sourced(n, "terminationIndemnityCounts", p, v -> {
                if (!v.isBoolean()) {
                  throw new IllegalArgumentException("must be true or false");
                }
                return v.asBoolean();
              }),
              sourced(n, "terminationIndemnityFrom", p, v -> {
                try {
                  return LocalDate.parse(v.asString());
                } catch (DateTimeParseException e) {
                  throw new IllegalArgumentException("'" + v.asString() + "' is not a date (YYYY-MM-DD)");
                }
              }),
              codes(n, "teachingStaffWorkerCodes", p), codes(n, "teachingStaffJointCommittees", p)));
      dmfa.sort((a, b) -> a.from().compareTo(b.from()));
      for (int i = 1; i < dmfa.size(); i++) {
        if (!dmfa.get(i).from().isAfter(dmfa.get(i - 1).to())) {
          throw fail("dmfa", "DmfA rule periods overlap");
        }
      }

      Citations citations;
      if (root.has("citations")) {
        JsonNode cs = object(root, "citations", "");
        Map<String, Parameter<String>> byKey = new LinkedHashMap<>();
        for (String key : cs.propertyNames()) {
          if (!Citations.KEYS.contains(key) && !key.matches("fixedIncrease\\.[0-9]{4}")) {
            throw fail("citations." + key, "unknown citation (allowed: " + Citations.KEYS + " and fixedIncrease.<year>)");
          }
          byKey.put(key, sourced(cs, key, "citations", v -> {
            if (!v.isString() || v.asString().isBlank()) {
              throw new IllegalArgumentException("must be the article(s) as text");
            }
            return v.asString();
          }));
        }
        for (String key : Citations.KEYS) {
          if (!byKey.containsKey(key)) {
            throw fail("citations." + key, "missing");
          }
        }
        citations = new Citations(byKey);
      } else if (OFFICIAL_RESOURCE.equals(src)) {
        throw fail("citations", "missing");
      } else {
        citations = official().citations(); // a set without citations cites as the official one
      }

      String canonical = MAPPER.writeValueAsString(root);
      return new ParameterSet(id, version, description, periods, years, categories, pension,
          yearsAfter, monthDay, interpretation, dmfa, citations, canonical);
    }

    /**
     * Reads the list {@code list} row by row, each an object with only the {@code allowed} fields;
     * a row the domain type refuses is named by its index.
     */
    private <T> List<T> rows(JsonNode root, String list, Set<String> allowed, BiFunction<JsonNode, String, T> row) {
      List<T> result = new ArrayList<>();
      JsonNode items = array(root, list, "");
      for (int i = 0; i < items.size(); i++) {
        String p = list + "[" + i + "]";
        JsonNode n = items.get(i);
        fields(n, p, allowed);
        try {
          result.add(row.apply(n, p));
        } catch (IllegalArgumentException e) {
          if (e instanceof InvalidParametersException) {
            throw e;
          }
          throw fail(p, e.getMessage());
        }
      }
      return result;
    }

    private static Function<JsonNode, Integer> wholeNumber(int min, int max, String problem) {
      return v -> {
        if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
          throw new IllegalArgumentException(problem);
        }
        return v.asInt();
      };
    }

    private void fields(JsonNode n, String path, Set<String> allowed) {
      if (n == null || !n.isObject()) {
        throw fail(path, "must be a JSON object");
      }
      for (String name : n.propertyNames()) {
        if (!allowed.contains(name)) {
          throw fail(path.isEmpty() ? name : path + "." + name, "unknown field (allowed: " + new java.util.TreeSet<>(allowed) + ")");
        }
      }
    }

    private String text(JsonNode n, String field, String path) {
      return node(n, field, path, v -> v.isString() && !v.asString().isBlank(), "missing or not a non-empty string")
          .asString();
    }

    private JsonNode array(JsonNode n, String field, String path) {
      return node(n, field, path, JsonNode::isArray, "missing or not a list");
    }

    private JsonNode object(JsonNode n, String field, String path) {
      return node(n, field, path, JsonNode::isObject, "missing or not an object");
    }

    /** The field {@code field} of {@code n} if it passes {@code ok}; else an error naming its path. */
    private JsonNode node(JsonNode n, String field, String path, Predicate<JsonNode> ok, String problem) {
      JsonNode v = n.get(field);
      if (v == null || !ok.test(v)) {
        throw fail(path.isEmpty() ? field : path + "." + field, problem);
      }
      return v;
    }

    private LocalDate date(JsonNode n, String field, String path) {
      String s = text(n, field, path);
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw fail(path + "." + field, "'" + s + "' is not a date (YYYY-MM-DD)");
      }
    }

    private <T> Parameter<T> sourced(JsonNode n, String field, String path, Function<JsonNode, T> value) {
      String p = path.isEmpty() ? field : path + "." + field;
      JsonNode v = node(n, field, path, JsonNode::isObject, "missing, or not an object with value, status and source");
      fields(v, p, Set.of("value", "status", "source"));
      if (!v.has("value") || v.get("value").isNull()) {
        throw fail(p + ".value", "missing");
      }
      Status status;
      String st = text(v, "status", p);
      try {
        status = Status.valueOf(st);
      } catch (IllegalArgumentException e) {
        throw fail(p + ".status", "must be L, S or I, was '" + st + "'");
      }
      String source = text(v, "source", p);
      T parsed;
      try {
        parsed = value.apply(v.get("value"));
      } catch (IllegalArgumentException e) {
        throw fail(p + ".value", e.getMessage());
      }
      return new Parameter<>(parsed, status, source);
    }

    private Parameter<Long> money(JsonNode n, String field, String path) {
      return sourced(n, field, path, v -> {
        if (!v.isString()) {
          throw new IllegalArgumentException("an amount must be a decimal string such as \"1800.00\"");
        }
        BigDecimal d;
        try {
          d = new BigDecimal(v.asString());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + v.asString() + "' is not a decimal amount");
        }
        if (d.signum() < 0) {
          throw new IllegalArgumentException("amount must not be negative");
        }
        if (d.stripTrailingZeros().scale() > 2) {
          throw new IllegalArgumentException("amount has more than 2 decimals: " + v.asString());
        }
        if (d.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
          throw new IllegalArgumentException("amount above 1,000,000.00 is not plausible: " + v.asString());
        }
        return d.movePointRight(2).longValueExact();
      });
    }

    private Parameter<Set<Integer>> codes(JsonNode n, String field, String path) {
      return sourced(n, field, path, v -> {
        if (!v.isArray()) {
          throw new IllegalArgumentException("must be a list of codes");
        }
        Set<Integer> set = new LinkedHashSet<>();
        for (JsonNode c : v) {
          if (!c.isIntegralNumber() || c.asInt() < 0 || c.asInt() > 999) {
            throw new IllegalArgumentException("codes must be whole numbers 0-999");
          }
          set.add(c.asInt());
        }
        return com.google.common.collect.ImmutableSortedSet.copyOf(set);
      });
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode v) {
      try {
        return Enum.valueOf(type, v.asString());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + v.asString() + "' is not one of " + Arrays.toString(type.getEnumConstants()));
      }
    }
  }
}
