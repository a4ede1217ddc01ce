package be.jobbonus.testing;

import be.jobbonus.core.parameters.DmfaRules;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.Period;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The years tests run over, taken from the parameter data, never listed: every reference year of
 * the official set, and one synthetic year after them.
 *
 * <p>The synthetic year is the last official year plus one. Its parameter set ({@link
 * #synthetic()}, id {@code synthetic-<year>}) is the official data with the last official year's
 * periods, DmfA rules, year rules and fixed-increase citation copied one year on, marked synthetic
 * in every source: test data, not law. It is written to a file and read back through {@link
 * ParameterSets#load}, the loader of {@code --parameters parameters.json}, so a year added to the
 * data goes through the same code as one a user supplies. Adding a real year to the official data
 * moves the synthetic year on by itself.
 *
 * <p>jobbonus-fixtures' tests use this class through the test jar of jobbonus-core (it holds this class only).
 */
public final class YearsUnderTest {

  /** A parameter set and one reference year it covers. */
  public record SetYear(ParameterSet set, int year) {
    @Override
    public String toString() {
      return set.id() + " " + year;
    }
  }

  /** A parameter set and the reference years a suite runs it over. */
  public record SetYears(ParameterSet set, SortedSet<Integer> years) {
    public SetYears {
      years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    }

    @Override
    public String toString() {
      return set.id() + " " + years;
    }
  }

  private static final String SYNTHETIC = "synthetic";

  private YearsUnderTest() {}

  /** The reference years of the official data. */
  public static SortedSet<Integer> officialYears() {
    return new TreeSet<>(ParameterSets.official().referenceYears());
  }

  /** The last reference year of the official data. */
  public static int lastOfficialYear() {
    return officialYears().last();
  }

  /** The synthetic year: the last official year plus one. */
  public static int syntheticYear() {
    return lastOfficialYear() + 1;
  }

  /** The synthetic parameter set: the official data and the synthetic year (see the class comment). */
  public static ParameterSet synthetic() {
    return Synthetic.SET;
  }

  /**
   * What a year-parametrised suite runs over, set by set: the official set over its years, the
   * synthetic set over the synthetic year (its other years are the official ones, already run).
   */
  public static List<SetYears> bySet() {
    return List.of(new SetYears(ParameterSets.official(), officialYears()),
        new SetYears(synthetic(), new TreeSet<>(List.of(syntheticYear()))));
  }

  /** {@link #bySet()} one year at a time. */
  public static List<SetYear> all() {
    List<SetYear> out = new ArrayList<>();
    for (SetYears s : bySet()) {
      for (int year : s.years()) {
        out.add(new SetYear(s.set(), year));
      }
    }
    return out;
  }

  /** A year after everything in {@code set}: after its last period, DmfA rule period and year rule. */
  public static int yearAfter(ParameterSet set) {
    int last = Collections.max(set.yearRules().keySet());
    for (Period p : set.periods()) {
      last = Math.max(last, p.to().getYear());
    }
    for (DmfaRules r : set.dmfaRules()) {
      last = Math.max(last, r.to().getYear());
    }
    return last + 1;
  }

  /** A year before everything in {@code set}: before its first period, DmfA rule period and year rule. */
  public static int yearBefore(ParameterSet set) {
    int first = Collections.min(set.yearRules().keySet());
    for (Period p : set.periods()) {
      first = Math.min(first, p.from().getYear());
    }
    for (DmfaRules r : set.dmfaRules()) {
      first = Math.min(first, r.from().getYear());
    }
    return first - 1;
  }

  /**
   * The reference years each {@code @ParameterizedTest} of {@code suite} is run over, by test
   * method: what its {@code @MethodSource} factories give, read from each argument that is a year
   * ({@code Integer}), has a {@code year} or {@code years} record component, or is a list of such. A
   * test with another source (such as a {@code @ValueSource} listing years) shows no year.
   */
  public static Map<String, SortedSet<Integer>> yearsOfEachParameterizedTest(Class<?> suite) {
    Map<String, SortedSet<Integer>> out = new TreeMap<>();
    for (Method m : suite.getDeclaredMethods()) {
      if (!m.isAnnotationPresent(ParameterizedTest.class)) {
        continue;
      }
      SortedSet<Integer> years = new TreeSet<>();
      MethodSource source = m.getAnnotation(MethodSource.class);
      if (source != null) {
        for (String name : source.value().length == 0 ? new String[] {m.getName()} : source.value()) {
          try {
            Method factory = suite.getDeclaredMethod(name);
            factory.setAccessible(true);
            for (Object argument : items(factory.invoke(null))) {
              for (Object value : argument instanceof Arguments a ? a.get() : new Object[] {argument}) {
                years.addAll(yearsIn(value));
              }
            }
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(suite.getSimpleName() + "." + m.getName() + ": source " + name + ": " + e, e);
          }
        }
      }
      out.put(m.getName(), years);
    }
    return out;
  }

  private static List<?> items(Object source) {
    if (source instanceof Stream<?> s) {
      return s.toList();
    }
    if (source instanceof Iterable<?> i) {
      List<Object> out = new ArrayList<>();
      i.forEach(out::add);
      return out;
    }
    if (source instanceof Object[] a) {
      return List.of(a);
    }
    throw new IllegalArgumentException("not a list of arguments: " + source);
  }

  private static Set<Integer> yearsIn(Object value) throws ReflectiveOperationException {
    Set<Integer> out = new TreeSet<>();
    if (value instanceof Integer year) {
      out.add(year);
    } else if (value instanceof Iterable<?> values) {
      for (Object v : values) {
        out.addAll(yearsIn(v));
      }
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        if (c.getName().equals("year") || c.getName().equals("years")) {
          Method accessor = c.getAccessor();
          accessor.setAccessible(true);
          out.addAll(yearsIn(accessor.invoke(value)));
        }
      }
    }
    return out;
  }

  /** Built once, on first use. */
  private static final class Synthetic {
    static final ParameterSet SET = load(ParameterSets.official());
  }

  private static ParameterSet load(ParameterSet base) {
    int year = Collections.max(base.referenceYears()) + 1;
    try {
      Path file = Files.createTempFile(SYNTHETIC + "-" + year + "-", ".json");
      file.toFile().deleteOnExit();
      Files.writeString(file, syntheticJson(base), StandardCharsets.UTF_8);
      ParameterSet set = ParameterSets.load(file);
      Files.deleteIfExists(file);
      if (!set.covers(year)) {
        throw new IllegalStateException(set.id() + " does not cover " + year + ": " + set);
      }
      set.pensionAgeRuleFor(LocalDate.of(year, 12, 31)); // the table is by birth date: nothing to move on
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON of {@code base} with its last reference year copied one year on: every period and
   * DmfA rule period, cut to that year, moved on a year (with any date of that year inside it), the
   * year's rules and its fixed-increase citation. Each copied value has status I and a source
   * beginning with {@code synthetic}.
   */
  static String syntheticJson(ParameterSet base) {
    int last = Collections.max(base.referenceYears());
    int year = last + 1;
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) mapper.readTree(base.toJson());
    String mark = SYNTHETIC + " (tests only, not law): " + last + " moved on to " + year + "; was: ";
    root.put("id", SYNTHETIC + "-" + year);
    root.put("description", "SYNTHETIC parameters for tests, not law: " + base.id() + " plus reference year " + year
        + ", a copy of " + last + " moved one year on. " + base.description());
    LocalDate first = LocalDate.of(last, 1, 1);
    LocalDate end = LocalDate.of(last, 12, 31);
    for (String list : List.of("periods", "dmfa")) {
      ArrayNode rows = (ArrayNode) root.get(list);
      List<ObjectNode> added = new ArrayList<>();
      for (JsonNode row : rows) {
        LocalDate from = LocalDate.parse(row.get("from").asString());
        LocalDate to = LocalDate.parse(row.get("to").asString());
        if (to.isBefore(first) || from.isAfter(end)) {
          continue;
        }
        ObjectNode copy = moved((ObjectNode) row.deepCopy(), last, mark);
        copy.put("from", (from.isBefore(first) ? first : from).plusYears(1).toString());
        copy.put("to", (to.isAfter(end) ? end : to).plusYears(1).toString());
        added.add(copy);
      }
      added.forEach(rows::add);
    }
    ArrayNode years = (ArrayNode) root.get("referenceYears");
    for (JsonNode row : years) {
      if (row.get("year").asInt() == last) {
        ObjectNode copy = moved((ObjectNode) row.deepCopy(), last, mark);
        copy.put("year", year);
        years.add(copy);
        break;
      }
    }
    ObjectNode citations = (ObjectNode) root.get("citations");
    if (citations != null && citations.has("fixedIncrease." + last)) {
      ObjectNode copy = (ObjectNode) citations.get("fixedIncrease." + last).deepCopy();
      citations.set("fixedIncrease." + year, sourced(copy, mark));
    }
    return mapper.writeValueAsString(root);
  }

  /** Marks every value of {@code row} synthetic and moves on any date of year {@code last} in it. */
  private static ObjectNode moved(ObjectNode row, int last, String mark) {
    for (Map.Entry<String, JsonNode> field : row.properties()) {
      if (field.getValue().isObject() && field.getValue().has("source")) {
        ObjectNode v = sourced((ObjectNode) field.getValue(), mark);
        JsonNode value = v.get("value");
        if (value.isString()) {
          try {
            LocalDate d = LocalDate.parse(value.asString());
            if (d.getYear() == last) {
              v.put("value", d.plusYears(1).toString());
            }
          } catch (DateTimeParseException notADate) {
            // an amount or a name: kept
          }
        }
      }
    }
    return row;
  }

  private static ObjectNode sourced(ObjectNode v, String mark) {
    v.put("status", "I");
    v.put("source", mark + v.get("source").asString());
    return v;
  }
}
