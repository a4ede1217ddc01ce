package be.jobbonus.scenarios;

import be.jobbonus.core.parameters.ParameterSet;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the cases of a scenario file (docs/scenarios.md): the file's {@code year} and
 * {@code parameters}, which every case may override, and its {@code cases}, each read by {@link
 * CaseReader}, each with a name of its own.
 *
 * <pre>{@code
 * List<Scenario> cases = CaseFile.read(Path.of("scenarios/worked-examples.yaml"), ParameterSets.official());
 * }</pre>
 */
final class CaseFile {

  static final Set<String> FILE_FIELDS = Set.of("description", "year", "parameters", "cases");

  private final Problems problems;
  private final Fields fields;
  private final Scalars values;
  private final ParameterOverrides overrides;
  private final CaseReader cases;

  private CaseFile(Problems problems, ParameterSet base) {
    this.problems = problems;
    this.fields = new Fields(problems);
    this.values = new Scalars(problems);
    this.overrides = new ParameterOverrides(problems, values, base);
    this.cases = new CaseReader(problems, fields, values, overrides);
  }

  /**
   * Reads every case of a scenario file; the cases' parameter changes apply to {@code base} (the
   * official set, or a corrected reading of the law, say).
   *
   * @throws InvalidScenarioException listing every problem, each with line and field
   * @throws UncheckedIOException when the file cannot be read
   */
  static List<Scenario> read(Path file, ParameterSet base) {
    return parse(YamlFile.text(file, "scenario"), file, base);
  }

  /**
   * Reads the cases of YAML text over the parameter set {@code base}.
   *
   * @param file named in messages
   * @throws InvalidScenarioException listing every problem
   */
  static List<Scenario> parse(String yaml, Path file, ParameterSet base) {
    Objects.requireNonNull(base, "base");
    return YamlFile.read(yaml, file, (problems, root) -> new CaseFile(problems, base).cases(root));
  }

  /** File level. */
  private List<Scenario> cases(YamlNode root) {
    List<Scenario> out = new ArrayList<>();
    if (root.kind == YamlNode.Kind.NULL) {
      problems.add(root, "", "the file is empty; write 'cases:' followed by one or more cases (see docs/scenarios.md)");
      return out;
    }
    if (!fields.check(root, "", FILE_FIELDS, "a scenario file with 'cases:'") && root.kind != YamlNode.Kind.MAP) {
      return out;
    }
    Integer fileYear = root.get("year") == null ? null : values.year(root.get("year"), "year");
    ParameterOverrides.Overrides fileOverrides = overrides.read(root.get("parameters"), "parameters");
    YamlNode list = root.get("cases");
    if (list == null) {
      problems.add(root, "cases", "missing: list the cases under 'cases:', each starting with '- name: ...'");
      return out;
    }
    if (list.kind != YamlNode.Kind.LIST || list.list.isEmpty()) {
      problems.add(list, "cases", "must be a list of cases, each starting with '- name: ...'");
      return out;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.list.size(); i++) {
      Scenario s = cases.read(list.list.get(i), "cases[" + i + "]", i, fileYear, fileOverrides);
      if (s != null) {
        if (!names.add(s.name())) {
          problems.add(list.list.get(i), "cases[" + i + "].name", "another case of this file has the same name '"
              + s.name() + "'; give each case its own name");
        }
        out.add(s);
      }
    }
    return out;
  }
}
