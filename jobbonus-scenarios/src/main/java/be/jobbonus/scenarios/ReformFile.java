package be.jobbonus.scenarios;

import be.jobbonus.core.parameters.ParameterSet;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads a reform file (docs/scenarios.md): its {@code name}, {@code description} and changed
 * {@code parameters}, as a {@link Reform} whose parameter set is derived from a base set.
 */
final class ReformFile {

  static final Set<String> REFORM_FIELDS = Set.of("name", "description", "parameters");

  private ReformFile() {}

  /** See {@link ScenarioFiles#readReform}. */
  static Reform read(Path file, ParameterSet base) {
    return parse(YamlFile.text(file, "reform"), file, base);
  }

  /**
   * Reads reform YAML text.
   *
   * @param file named in messages; its name (without {@code .yaml}) makes the reform's id
   * @throws InvalidScenarioException naming the line of a wrong parameter name or value
   */
  static Reform parse(String yaml, Path file, ParameterSet base) {
    return YamlFile.read(yaml, file, (problems, root) -> reform(problems, root, base));
  }

  private static Reform reform(Problems problems, YamlNode root, ParameterSet base) {
    if (root.kind == YamlNode.Kind.NULL) {
      problems.add(root, "", "the file is empty; write 'name:' and 'parameters:' (see docs/scenarios.md)");
      return null;
    }
    if (!new Fields(problems).check(root, "", REFORM_FIELDS, "a reform with 'name:' and 'parameters:'")) {
      return null;
    }
    Scalars values = new Scalars(problems);
    Path file = problems.file;
    String name = root.get("name") == null ? file.getFileName().toString() : values.scalar(root.get("name"), "name");
    String description = root.get("description") == null ? ""
        : values.scalar(root.get("description"), "description");
    if (root.get("parameters") == null) {
      problems.add(root, "parameters", "missing: list the changed parameters under 'parameters:'");
      return null;
    }
    ParameterOverrides overrides = new ParameterOverrides(problems, values, base);
    ParameterOverrides.Overrides o = overrides.read(root.get("parameters"), "parameters");
    String id = "reform-" + file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    ParameterSet set = overrides.apply(id, o, ParameterOverrides.Overrides.NONE, "");
    if (set == null || name == null || description == null) {
      return null;
    }
    return new Reform(name, description, o.values(), base, set);
  }
}
