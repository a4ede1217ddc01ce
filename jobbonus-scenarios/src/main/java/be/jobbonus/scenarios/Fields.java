package be.jobbonus.scenarios;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the field names of a group in a file: an unknown name is reported with the closest
 * allowed one ({@link Suggestions}) and the list of allowed ones, a missing field with what to
 * write.
 */
final class Fields {

  private final Problems problems;

  Fields(Problems problems) {
    this.problems = problems;
  }

  /**
   * Whether {@code node} is a group whose fields are all {@code allowed}; each unknown one is
   * reported at its line.
   *
   * @param what the group in words, for the message when {@code node} is no group
   */
  boolean check(YamlNode node, String path, Set<String> allowed, String what) {
    if (node.kind != YamlNode.Kind.MAP) {
      problems.add(node, path, "must be " + what + " (fields written as 'name: value' on their own lines), found "
          + node.describe());
      return false;
    }
    boolean ok = true;
    for (Map.Entry<YamlNode.Key, YamlNode> e : node.map.values()) {
      String name = e.getKey().name();
      if (!allowed.contains(name)) {
        String suggestion = Suggestions.closest(name, allowed);
        problems.add(e.getKey().line(), e.getKey().column(), join(path, name), "unknown field '" + name + "'"
            + (suggestion != null ? "; did you mean '" + suggestion + "'?" : "")
            + (name.matches("[0-9]+")
                ? " (inside { } a comma separates fields: write decimals with a point, 24.7)" : "")
            + " (allowed here: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        ok = false;
      }
    }
    return ok;
  }

  /** Reports {@code field} of {@code node} as missing, with what to write, when it is absent. */
  void require(YamlNode node, String path, String field, String hint) {
    if (node.get(field) == null) {
      problems.add(node, path + "." + field, "missing: " + hint);
    }
  }

  /** The path of field {@code name} inside the group at {@code path} (the file's top when empty). */
  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
