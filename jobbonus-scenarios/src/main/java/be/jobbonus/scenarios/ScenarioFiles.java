package be.jobbonus.scenarios;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.ReasonCode;
import be.jobbonus.core.parameters.InvalidParametersException;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.internal.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads scenario files: YAML written by policy analysts (docs/scenarios.md). Every problem is
 * reported with the file, line, column and field, and all problems of a file are reported
 * together; nothing is guessed.
 *
 * <pre>{@code
 * List<Scenario> cases = ScenarioFiles.read(Path.of("scenarios/worked-examples.yaml"));
 * }</pre>
 */
public final class ScenarioFiles {

  static final Set<String> FILE_FIELDS = Set.of("description", "year", "parameters", "cases");
  static final Set<String> CASE_FIELDS = Set.of("name", "notes", "source", "year", "person", "quarters",
      "every_quarter", "dmfa", "parameters", "expect");
  static final Set<String> DMFA_FIELDS = Set.of("quarter", "employer", "worker_code", "contract", "days_per_week",
      "mean_working_hours", "ref_mean_working_hours", "services", "remunerations");
  static final Set<String> SERVICE_FIELDS = Set.of("code", "days", "hours");
  static final Set<String> REMUNERATION_FIELDS = Set.of("code", "amount");
  static final Set<String> PERSON_FIELDS = Set.of("insz", "birth_date", "statuut", "residence");
  static final Set<String> QUARTER_FIELDS = Set.of("quarter", "monthly_wage", "quarter_wage", "work_fraction", "regime");
  static final Set<String> EVERY_QUARTER_FIELDS = Set.of("monthly_wage", "quarter_wage", "work_fraction", "regime");
  static final Set<String> EXPECT_FIELDS = Set.of("total", "base", "fixed_increase", "eligible", "payable",
      "full_time", "reasons", "residence_date", "quarters");
  static final Set<String> EXPECT_QUARTER_FIELDS = Set.of("amount", "reference_monthly_wage", "counted", "reason",
      "work_fraction", "quarter_wage", "regime");

  private ScenarioFiles() {}

  /**
   * The scenario files under {@code dir} ({@code *.yaml}, {@code *.yml}, sub-folders included), in
   * name order, each named under {@code dir} as given. A single file is returned as is. When
   * {@code dir} is itself a symbolic link, the folder it points to is read; links to folders inside
   * are not followed (a link to a file is read), so no loop can occur.
   *
   * @throws UncheckedIOException when the folder cannot be read
   */
  public static List<Path> list(Path dir) {
    if (Files.isRegularFile(dir)) {
      return List.of(dir);
    }
    try {
      Path start = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
      try (Stream<Path> s = Files.walk(start)) {
        return s.filter(Files::isRegularFile)
            .filter(ScenarioFiles::isScenarioName)
            .map(p -> start == dir ? p : dir.resolve(start.relativize(p)))
            .sorted()
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether a file written at {@code file} would be read by {@link #list}{@code (dir)} on a later
   * run: {@code dir} itself when it is a file, else a {@code *.yaml} or {@code *.yml} file under
   * the folder {@code dir}, links resolved, both for the path as given and for the file a write
   * changes ({@link OutputFile#resolve}). The file need not exist yet.
   */
  public static boolean wouldList(Path dir, Path file) {
    if (Files.isRegularFile(dir)) {
      return OutputFile.sameFile(dir, file);
    }
    Path root;
    try {
      root = dir.toRealPath();
    } catch (IOException e) {
      return false; // no folder: list(dir) reads nothing
    }
    return under(root, inRealFolder(file)) || under(root, OutputFile.resolve(file));
  }

  private static boolean under(Path root, Path file) {
    return isScenarioName(file) && !file.equals(root) && file.startsWith(root);
  }

  /** {@code file} absolute, in its folder's real path when the folder exists (the file's own link kept). */
  private static Path inRealFolder(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent == null || abs.getFileName() == null) {
      return abs;
    }
    try {
      return parent.toRealPath().resolve(abs.getFileName());
    } catch (IOException e) {
      return abs;
    }
  }

  /** Whether {@link #list} takes a file of this name: {@code *.yaml} or {@code *.yml}, in any case. */
  static boolean isScenarioName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * Reads every case of a scenario file.
   *
   * @throws InvalidScenarioException listing every problem, each with line and field
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Scenario> read(Path file) {
    return read(file, ParameterSets.official());
  }

  /**
   * Reads every case of a scenario file; the cases' parameter changes apply to {@code base}
   * instead of the official set (a corrected reading of the law, say).
   *
   * @throws InvalidScenarioException listing every problem, each with line and field
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Scenario> read(Path file, ParameterSet base) {
    return parse(text(file, "scenario"), file, base);
  }

  /**
   * Reads the cases of YAML text.
   *
   * @param file named in messages
   * @throws InvalidScenarioException listing every problem
   */
  public static List<Scenario> parse(String yaml, Path file) {
    return parse(yaml, file, ParameterSets.official());
  }

  /** Reads the cases of YAML text over the parameter set {@code base}. */
  public static List<Scenario> parse(String yaml, Path file, ParameterSet base) {
    java.util.Objects.requireNonNull(base, "base");
    return walk(yaml, file, base, Reader::file);
  }

  /**
   * Reads a reform file ({@code name}, {@code description}, {@code parameters}) as a parameter set
   * derived from {@code base}.
   *
   * @throws InvalidScenarioException naming the line of a wrong parameter name or value
   */
  public static Reform readReform(Path file, ParameterSet base) {
    return parseReform(text(file, "reform"), file, base);
  }

  /** Reads reform YAML text; see {@link #readReform(Path, ParameterSet)}. */
  public static Reform parseReform(String yaml, Path file, ParameterSet base) {
    return walk(yaml, file, base, Reader::reform);
  }

  private static String text(Path file, String what) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses {@code yaml} and reads its tree with {@code read}; all problems found are thrown together. */
  private static <T> T walk(String yaml, Path file, ParameterSet base, BiFunction<Reader, YamlNode, T> read) {
    YamlNode root;
    try {
      root = YamlNode.parse(yaml);
    } catch (YamlNode.SyntaxError e) {
      throw new InvalidScenarioException(List.of(new ScenarioProblem(file, e.line, e.column, "", e.getMessage())));
    }
    Reader r = new Reader(file, base);
    T out = read.apply(r, root);
    if (!r.problems.isEmpty()) {
      throw new InvalidScenarioException(r.problems);
    }
    return out;
  }

  /** Builds a valid synthetic INSZ for a birth date (serial 1-997), as a scenario or a test population needs one. */
  public static Insz syntheticInsz(LocalDate birthDate, int serial) {
    String six = String.format(Locale.ROOT, "%02d%02d%02d", birthDate.getYear() % 100,
        birthDate.getMonthValue(), birthDate.getDayOfMonth());
    String nine = six + String.format(Locale.ROOT, "%03d", serial);
    long first9 = Long.parseLong(nine);
    long check = birthDate.getYear() >= 2000 ? 97 - ((2_000_000_000L + first9) % 97) : 97 - (first9 % 97);
    return Insz.parse(nine + String.format(Locale.ROOT, "%02d", check));
  }

  /** Walks the YAML tree, collecting problems with their places. */
  static final class Reader {
    final Path file;
    final ParameterSet base;
    final List<ScenarioProblem> problems = new ArrayList<>();

    Reader(Path file, ParameterSet base) {
      this.file = file;
      this.base = base;
    }

    void problem(int line, int column, String field, String message) {
      problems.add(new ScenarioProblem(file, line, column, field, message));
    }

    void problem(YamlNode at, String field, String message) {
      problem(at.line, at.column, field, message);
    }

    /** Checks the fields of a group; unknown ones are reported with a suggestion. */
    boolean fields(YamlNode node, String path, Set<String> allowed, String what) {
      if (node.kind != YamlNode.Kind.MAP) {
        problem(node, path, "must be " + what + " (fields written as 'name: value' on their own lines), found "
            + node.describe());
        return false;
      }
      boolean ok = true;
      for (Map.Entry<YamlNode.Key, YamlNode> e : node.map.values()) {
        String name = e.getKey().name();
        if (!allowed.contains(name)) {
          String suggestion = closest(name, allowed);
          problem(e.getKey().line(), e.getKey().column(), join(path, name), "unknown field '" + name + "'"
              + (suggestion != null ? "; did you mean '" + suggestion + "'?" : "")
              + (name.matches("[0-9]+") ? " (inside { } a comma separates fields: write decimals with a point, 24.7)" : "")
              + " (allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
          ok = false;
        }
      }
      return ok;
    }

    /** Reports {@code field} of {@code node} as missing, with what to write, when it is absent. */
    void require(YamlNode node, String path, String field, String hint) {
      if (node.get(field) == null) {
        problem(node, path + "." + field, "missing: " + hint);
      }
    }

    static String join(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }

    String scalar(YamlNode node, String path) {
      if (node == null) {
        return null;
      }
      if (!node.isScalar()) {
        problem(node, path, "must be a single value, found " + node.describe());
        return null;
      }
      return node.text.trim();
    }

    Long euro(YamlNode node, String path) {
      String s = scalar(node, path);
      if (s == null) {
        return null;
      }
      String hint = " (write euro amounts with a decimal point, at most two decimals and no thousands"
          + " separator or currency sign, like \"1800.00\")";
      if (s.matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
        try {
          return Euro.parseCents(s);
        } catch (IllegalArgumentException | ArithmeticException e) {
          // out of range: reported below like any other text that is no amount
        }
      }
      problem(node, path, "is not a euro amount" + hint); // the value is not repeated: it may be a wage
      return null;
    }

    Boolean bool(YamlNode node, String path) {
      String s = scalar(node, path);
      if (s == null) {
        return null;
      }
      switch (s.toLowerCase(Locale.ROOT)) {
        case "true": case "yes": return true;
        case "false": case "no": return false;
        default:
          problem(node, path, "'" + s + "' must be true or false");
          return null;
      }
    }

    <E extends Enum<E>> E enumValue(YamlNode node, String path, Class<E> type) {
      String s = scalar(node, path);
      if (s == null) {
        return null;
      }
      String normal = s.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(normal)) {
          return e;
        }
      }
      List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
      String suggestion = closest(normal, new LinkedHashSet<>(names));
      problem(node, path, "'" + s + "' is not one of " + String.join(", ", names)
          + (suggestion != null ? "; did you mean " + suggestion + "?" : ""));
      return null;
    }

    YearQuarter quarter(YamlNode node, String path) {
      String s = scalar(node, path);
      if (s == null) {
        return null;
      }
      try {
        return YearQuarter.parse(s);
      } catch (IllegalArgumentException e) {
        problem(node, path, "'" + s + "' is not a quarter (write it like 2024Q1)");
        return null;
      }
    }

    Integer year(YamlNode node, String path) {
      String s = scalar(node, path);
      if (s == null) {
        return null;
      }
      if (!s.matches("[0-9]{4}")) {
        problem(node, path, "'" + s + "' is not a year (write it like 2024)");
        return null;
      }
      return Integer.parseInt(s);
    }

    /** File level. */
    List<Scenario> file(YamlNode root) {
      List<Scenario> out = new ArrayList<>();
      if (root.kind == YamlNode.Kind.NULL) {
        problem(root, "", "the file is empty; write 'cases:' followed by one or more cases (see docs/scenarios.md)");
        return out;
      }
      if (!fields(root, "", FILE_FIELDS, "a scenario file with 'cases:'") && root.kind != YamlNode.Kind.MAP) {
        return out;
      }
      Integer fileYear = root.get("year") == null ? null : year(root.get("year"), "year");
      Overrides fileOverrides = overrides(root.get("parameters"), "parameters");
      YamlNode cases = root.get("cases");
      if (cases == null) {
        problem(root, "cases", "missing: list the cases under 'cases:', each starting with '- name: ...'");
        return out;
      }
      if (cases.kind != YamlNode.Kind.LIST || cases.list.isEmpty()) {
        problem(cases, "cases", "must be a list of cases, each starting with '- name: ...'");
        return out;
      }
      Set<String> names = new java.util.HashSet<>();
      for (int i = 0; i < cases.list.size(); i++) {
        Scenario s = scenario(cases.list.get(i), "cases[" + i + "]", i, fileYear, fileOverrides);
        if (s != null) {
          if (!names.add(s.name())) {
            problem(cases.list.get(i), "cases[" + i + "].name", "another case of this file has the same name '"
                + s.name() + "'; give each case its own name");
          }
          out.add(s);
        }
      }
      return out;
    }

    /** Parameter overrides with the place of each key. */
    record Overrides(Map<String, String> values, Map<String, YamlNode.Key> keys, YamlNode node) {
      static final Overrides NONE = new Overrides(Map.of(), Map.of(), null);
    }

    Overrides overrides(YamlNode node, String path) {
      if (node == null || node.kind == YamlNode.Kind.NULL) {
        return Overrides.NONE;
      }
      if (node.kind != YamlNode.Kind.MAP) {
        problem(node, path, "must be a group of 'parameter name: value' lines, such as"
            + " 'periods[2024-01-01].upperLimit: \"3500.00\"'");
        return Overrides.NONE;
      }
      Map<String, String> values = new LinkedHashMap<>();
      Map<String, YamlNode.Key> keys = new LinkedHashMap<>();
      for (Map.Entry<YamlNode.Key, YamlNode> e : node.map.values()) {
        String key = e.getKey().name();
        YamlNode v = e.getValue();
        String text;
        if (v.kind == YamlNode.Kind.LIST) {
          List<String> parts = new ArrayList<>();
          for (YamlNode item : v.list) {
            String t = scalar(item, join(path, key));
            if (t != null) {
              parts.add(t);
            }
          }
          text = String.join(",", parts);
        } else {
          text = scalar(v, join(path, key));
          if (text == null) {
            continue;
          }
        }
        values.put(key, text);
        keys.put(key, e.getKey());
      }
      return new Overrides(values, keys, node);
    }

    /** Applies overrides to {@link #base}; a wrong key or value is a problem at its line. */
    ParameterSet apply(String id, Overrides fileLevel, Overrides caseLevel, String path) {
      Map<String, String> merged = mergedOverrides(fileLevel, caseLevel);
      if (merged.isEmpty()) {
        return base;
      }
      try {
        return ParameterSets.withOverrides(base, id, merged, file.getFileName().toString());
      } catch (InvalidParametersException e) {
        String problemText = e.getMessage();
        String prefix = e.sourceName() + ": " + (e.path().isEmpty() ? "" : e.path() + ": ");
        if (problemText.startsWith(prefix)) {
          problemText = problemText.substring(prefix.length());
        }
        String key = e.path();
        YamlNode.Key at = caseLevel.keys().get(key);
        String where = path + ".parameters";
        if (at == null) {
          at = fileLevel.keys().get(key);
          where = "parameters";
        }
        if (at != null) {
          problem(at.line(), at.column(), where + "." + key, problemText);
        } else {
          YamlNode block = caseLevel.node() != null ? caseLevel.node() : fileLevel.node();
          problem(block, caseLevel.node() != null ? path + ".parameters" : "parameters",
              "the parameters with these changes are not valid: " + (e.path().isEmpty() ? "" : e.path() + ": ")
                  + problemText);
        }
        return null;
      }
    }

    Scenario scenario(YamlNode node, String path, int index, Integer fileYear, Overrides fileOverrides) {
      int before = problems.size();
      if (!fields(node, path, CASE_FIELDS, "a case") && node.kind != YamlNode.Kind.MAP) {
        return null;
      }
      String name = scalar(node.get("name"), path + ".name");
      require(node, path, "name", "every case needs a name");
      String notes = Stream.of(scalar(node.get("source"), path + ".source"), scalar(node.get("notes"), path + ".notes"))
          .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(" | "));
      Integer year = node.get("year") != null ? year(node.get("year"), path + ".year") : fileYear;
      if (year == null && node.get("year") == null) {
        problem(node, path + ".year", "missing: give the reference year (the year of the wages), like 'year: 2024'");
      }

      Overrides caseOverrides = overrides(node.get("parameters"), path + ".parameters");
      String id = file.getFileName().toString().replaceFirst("\\.ya?ml$", "") + "-" + (index + 1);
      ParameterSet params = apply(id, fileOverrides, caseOverrides, path);
      if (params != null && year != null && !params.covers(year)) {
        YamlNode at = node.get("year") != null ? node.get("year") : node;
        problem(at, path + ".year", "no parameters for reference year " + year + " (the parameter set covers "
            + params.referenceYears() + "); add the year's parameters or choose a covered year");
        params = null;
      }

      Person person = person(node.get("person"), path + ".person", index);
      require(node, path, "person", "give at least 'birth_date:' (or a valid 'insz:')");

      List<QuarterInput> quarters;
      String derivationText = "";
      if (node.get("dmfa") != null) {
        if (node.get("quarters") != null || node.get("every_quarter") != null) {
          problem(node.get("dmfa"), path + ".dmfa", "give either 'dmfa' lines or 'quarters' / 'every_quarter', not both");
          quarters = null;
        } else {
          DmfaLines.DmfaCase d = params == null || person == null || year == null ? null
              : DmfaLines.read(this, node.get("dmfa"), path + ".dmfa", person.insz(), year, params);
          quarters = d == null ? null : d.inputs();
          derivationText = d == null ? "" : d.explanation();
        }
      } else {
        quarters = quarters(node, path, year);
      }
      Expectation expectation = expectation(node.get("expect"), path + ".expect", year);
      require(node, path, "expect", "say what you expect, at least 'total:'");
      if (params != null && person != null && person.birthDate().isPresent()) {
        try {
          params.pensionAgeRuleFor(person.birthDate().get());
        } catch (IllegalArgumentException e) {
          problem(node.get("person"), path + ".person.birth_date", e.getMessage());
        }
      }
      if (problems.size() > before || params == null || person == null || quarters == null
          || expectation == null || name == null || year == null) {
        return null;
      }
      return new Scenario(file, node.line, name, notes, year, person, quarters,
          mergedOverrides(fileOverrides, caseOverrides), params, expectation, derivationText);
    }

    static Map<String, String> mergedOverrides(Overrides a, Overrides b) {
      Map<String, String> m = new LinkedHashMap<>(a.values());
      m.putAll(b.values());
      return m;
    }

    Person person(YamlNode node, String path, int index) {
      if (node == null) {
        return null;
      }
      if (!fields(node, path, PERSON_FIELDS, "the person's fields (birth_date, statuut, residence, insz)")
          && node.kind != YamlNode.Kind.MAP) {
        return null;
      }
      Statuut statuut = node.get("statuut") == null ? Statuut.EMPLOYEE
          : enumValue(node.get("statuut"), path + ".statuut", Statuut.class);
      Region residence = node.get("residence") == null ? Region.FLEMISH_REGION
          : enumValue(node.get("residence"), path + ".residence", Region.class);
      LocalDate birth = null;
      String birthText = scalar(node.get("birth_date"), path + ".birth_date");
      if (birthText != null) {
        try {
          birth = LocalDate.parse(birthText);
        } catch (DateTimeParseException e) {
          problem(node.get("birth_date"), path + ".birth_date", "is not a date (write it like 1985-07-30)");
          return null;
        }
      }
      Insz insz = null;
      if (node.get("insz") != null) {
        String s = scalar(node.get("insz"), path + ".insz");
        if (s != null) {
          String digits = s.replaceAll("[ .\\-]", "");
          try {
            insz = Insz.parse(digits);
          } catch (IllegalArgumentException e) {
            problem(node.get("insz"), path + ".insz", "not a valid INSZ: " + e.getMessage()
                + " (leave 'insz' out to get a valid synthetic one)");
            return null;
          }
        }
      } else if (birth != null) {
        insz = syntheticInsz(birth, index % 997 + 1);
      }
      if (insz == null) {
        if (node.get("insz") == null) {
          problem(node, path + ".birth_date", "missing: give 'birth_date:' (needed for the pension-age condition)");
        }
        return null;
      }
      if (birth == null && insz.birthDate().isEmpty()) {
        problem(node.get("insz"), path + ".birth_date",
            "missing: this INSZ does not encode a complete birth date; give 'birth_date:'");
        return null;
      }
      if (statuut == null || residence == null) {
        return null;
      }
      Person p = Person.of(insz, "", "", statuut, residence);
      return birth != null ? p.withBirthDate(birth) : p;
    }

    /** One quarter's wage, fraction and regime (shared by 'quarters' items and 'every_quarter'). */
    QuarterInput quarterInput(YamlNode node, String path, YearQuarter q) {
      YamlNode monthly = node.get("monthly_wage");
      YamlNode quarterly = node.get("quarter_wage");
      Long wage = null;
      if (monthly != null && quarterly != null) {
        problem(quarterly, path + ".quarter_wage", "give either 'monthly_wage' or 'quarter_wage', not both");
        return null;
      } else if (monthly != null) {
        Long m = euro(monthly, path + ".monthly_wage");
        if (m != null) {
          wage = Math.multiplyExact(m, 3L);
        }
      } else if (quarterly != null) {
        wage = euro(quarterly, path + ".quarter_wage");
      } else {
        problem(node, path + ".monthly_wage", "missing: give the wage as 'monthly_wage' (gross a month) or"
            + " 'quarter_wage' (gross for the whole quarter)");
        return null;
      }
      BigDecimal fraction = BigDecimal.ONE;
      YamlNode wf = node.get("work_fraction");
      if (wf != null) {
        String s = scalar(wf, path + ".work_fraction");
        if (s == null) {
          return null;
        }
        try {
          fraction = new BigDecimal(s);
        } catch (NumberFormatException e) {
          problem(wf, path + ".work_fraction", "'" + s + "' is not a work fraction (write a decimal between 0 and 1"
              + " such as 0.5 for half-time, at most 4 decimals)");
          return null;
        }
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0
            || fraction.stripTrailingZeros().scale() > QuarterInput.MAX_WORK_FRACTION_SCALE) {
          problem(wf, path + ".work_fraction", "'" + s + "' must be between 0 and 1 with at most 4 decimals"
              + " (0.5 for half-time, 1 for full-time)");
          return null;
        }
      }
      if (wage == null) {
        return null;
      }
      Regime regime;
      if (node.get("regime") != null) {
        regime = enumValue(node.get("regime"), path + ".regime", Regime.class);
        if (regime == null) {
          return null;
        }
      } else {
        regime = fraction.compareTo(BigDecimal.ONE) == 0 ? Regime.FULL_TIME : Regime.PART_TIME;
      }
      try {
        return QuarterInput.of(q, wage, fraction, regime);
      } catch (IllegalArgumentException e) {
        YamlNode at = e.getMessage().contains("wage") ? (monthly != null ? monthly : quarterly) : wf != null ? wf : node;
        problem(at, path + (e.getMessage().contains("wage") ? (monthly != null ? ".monthly_wage" : ".quarter_wage")
            : ".work_fraction"), e.getMessage());
        return null;
      }
    }

    List<QuarterInput> quarters(YamlNode caseNode, String path, Integer year) {
      YamlNode list = caseNode.get("quarters");
      YamlNode every = caseNode.get("every_quarter");
      if (list != null && every != null) {
        problem(every, path + ".every_quarter", "give either 'quarters' or 'every_quarter', not both");
        return null;
      }
      List<QuarterInput> out = new ArrayList<>();
      if (every != null) {
        if (!fields(every, path + ".every_quarter", EVERY_QUARTER_FIELDS, "the wage of each quarter")) {
          return null;
        }
        if (year == null) {
          return null;
        }
        for (int q = 1; q <= 4; q++) {
          QuarterInput in = quarterInput(every, path + ".every_quarter", YearQuarter.of(year, q));
          if (in == null) {
            return null;
          }
          out.add(in);
        }
        return out;
      }
      if (list == null || list.kind == YamlNode.Kind.NULL) {
        if (list == null) {
          problem(caseNode, path + ".quarters", "missing: give 'quarters:' (a list) or 'every_quarter:'"
              + " (the same wage for Q1-Q4); write 'quarters: []' for a year without work");
          return null;
        }
        return out;
      }
      if (list.kind != YamlNode.Kind.LIST) {
        problem(list, path + ".quarters", "must be a list, each item starting with '- quarter: 2024Q1'");
        return null;
      }
      Set<YearQuarter> seen = new java.util.HashSet<>();
      boolean ok = true;
      for (int i = 0; i < list.list.size(); i++) {
        YamlNode item = list.list.get(i);
        String p = path + ".quarters[" + i + "]";
        if (!fields(item, p, QUARTER_FIELDS, "a quarter")) {
          ok = false;
          continue;
        }
        require(item, p, "quarter", "say which quarter, like 'quarter: 2024Q1'");
        YearQuarter q = quarter(item.get("quarter"), p + ".quarter");
        if (q == null) {
          ok = false;
          continue;
        }
        if (year != null && q.year() != year) {
          problem(item.get("quarter"), p + ".quarter", q + " is outside the reference year " + year
              + " (a reference year's quarters are " + year + "Q1 to " + year + "Q4)");
          ok = false;
          continue;
        }
        if (!seen.add(q)) {
          problem(item.get("quarter"), p + ".quarter", q + " is given twice; add the wages of all employers"
              + " into one quarter");
          ok = false;
          continue;
        }
        QuarterInput in = quarterInput(item, p, q);
        if (in == null) {
          ok = false;
        } else {
          out.add(in);
        }
      }
      return ok ? out : null;
    }

    Expectation expectation(YamlNode node, String path, Integer year) {
      if (node == null) {
        return null;
      }
      if (!fields(node, path, EXPECT_FIELDS, "the expected results (total, base, ...)")
          && node.kind != YamlNode.Kind.MAP) {
        return null;
      }
      int before = problems.size();
      require(node, path, "total", "every case states the expected total, like 'total: \"534.29\"'"
          + " (write \"0.00\" when nothing is paid)");
      Long total = euro(node.get("total"), path + ".total");
      OptionalLong base = optionalEuro(node.get("base"), path + ".base");
      OptionalLong fixed = optionalEuro(node.get("fixed_increase"), path + ".fixed_increase");
      Optional<Boolean> eligible = Optional.ofNullable(bool(node.get("eligible"), path + ".eligible"));
      Optional<Boolean> payable = Optional.ofNullable(bool(node.get("payable"), path + ".payable"));
      Optional<Boolean> fullTime = Optional.ofNullable(bool(node.get("full_time"), path + ".full_time"));
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
      String date = scalar(node.get("residence_date"), path + ".residence_date");
      if (date != null) {
        try {
          residenceDate = Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
          problem(node.get("residence_date"), path + ".residence_date", "'" + date + "' is not a date (write it like 2025-01-01)");
        }
      }
      Map<YearQuarter, Expectation.QuarterExpectation> quarters = new TreeMap<>();
      YamlNode qs = node.get("quarters");
      if (qs != null) {
        if (qs.kind != YamlNode.Kind.MAP) {
          problem(qs, path + ".quarters", "must be a group of 'quarter: amount' lines, like '2024Q1: \"162.50\"'");
        } else {
          for (Map.Entry<YamlNode.Key, YamlNode> e : qs.map.values()) {
            YamlNode.Key k = e.getKey();
            String p = path + ".quarters." + k.name();
            YearQuarter q;
            try {
              q = YearQuarter.parse(k.name());
            } catch (IllegalArgumentException ex) {
              problem(k.line(), k.column(), p, "'" + k.name() + "' is not a quarter (write it like 2024Q1)");
              continue;
            }
            if (year != null && q.year() != year) {
              problem(k.line(), k.column(), p, q + " is outside the reference year " + year);
              continue;
            }
            YamlNode v = e.getValue();
            if (v.isScalar()) {
              Long amount = euro(v, p);
              if (amount != null) {
                quarters.put(q, new Expectation.QuarterExpectation(OptionalLong.of(amount), OptionalLong.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), Optional.empty()));
              }
              continue;
            }
            if (!fields(v, p, EXPECT_QUARTER_FIELDS, "a quarter's expected amount or fields")) {
              continue;
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
            String f = scalar(v.get("work_fraction"), p + ".work_fraction");
            try {
              fraction = f == null ? Optional.empty() : Optional.of(new BigDecimal(f));
            } catch (NumberFormatException ex) {
              problem(v.get("work_fraction"), p + ".work_fraction", "'" + f + "' is not a work fraction (write it like 0.5)");
            }
            Optional<Regime> regime = Optional.ofNullable(enumValue(v.get("regime"), p + ".regime", Regime.class));
            quarters.put(q, new Expectation.QuarterExpectation(optionalEuro(v.get("amount"), p + ".amount"),
                optionalEuro(v.get("reference_monthly_wage"), p + ".reference_monthly_wage"),
                Optional.ofNullable(bool(v.get("counted"), p + ".counted")), reason, fraction,
                optionalEuro(v.get("quarter_wage"), p + ".quarter_wage"), regime));
          }
        }
      }
      if (problems.size() > before || total == null) {
        return null;
      }
      return new Expectation(total, base, fixed, eligible, payable, fullTime, reasons, residenceDate, quarters);
    }

    OptionalLong optionalEuro(YamlNode node, String path) {
      if (node == null) {
        return OptionalLong.empty();
      }
      Long v = euro(node, path);
      return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    List<ReasonCode> reasonList(YamlNode node, String path) {
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
        ReasonCode c = enumValue(items.get(i), path + (node.kind == YamlNode.Kind.LIST ? "[" + i + "]" : ""),
            ReasonCode.class);
        if (c == null) {
          return null;
        }
        out.add(c);
      }
      return out;
    }

    /** Reform file: name, description, parameters. */
    Reform reform(YamlNode root) {
      if (root.kind == YamlNode.Kind.NULL) {
        problem(root, "", "the file is empty; write 'name:' and 'parameters:' (see docs/scenarios.md)");
        return null;
      }
      if (!fields(root, "", Set.of("name", "description", "parameters"), "a reform with 'name:' and 'parameters:'")) {
        return null;
      }
      String name = root.get("name") == null ? file.getFileName().toString() : scalar(root.get("name"), "name");
      String description = root.get("description") == null ? "" : scalar(root.get("description"), "description");
      if (root.get("parameters") == null) {
        problem(root, "parameters", "missing: list the changed parameters under 'parameters:'");
        return null;
      }
      Overrides o = overrides(root.get("parameters"), "parameters");
      String id = "reform-" + file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      ParameterSet set = apply(id, o, Overrides.NONE, "");
      if (set == null || name == null || description == null) {
        return null;
      }
      return new Reform(name, description, o.values(), base, set);
    }
  }

  /** The closest allowed name within two edits, or {@code null}. */
  static String closest(String name, Set<String> allowed) {
    String best = null;
    int bestDistance = 3;
    for (String a : new java.util.TreeSet<>(allowed)) {
      int d = be.jobbonus.io.internal.Names.distance(name.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = a;
        bestDistance = d;
      }
    }
    return best;
  }
}
