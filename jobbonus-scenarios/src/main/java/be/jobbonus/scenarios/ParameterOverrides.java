package be.jobbonus.scenarios;

import be.jobbonus.core.parameters.InvalidParametersException;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code parameters:} of a file and of a case: changes to the parameter set {@code base},
 * written as {@code 'parameter name: value'} ({@link ParameterSets#withOverrides}). A wrong name
 * or value is reported at the line of its key.
 */
final class ParameterOverrides {

  /** Overrides as written, in file order, with the place of each key and of their group. */
  record Overrides(Map<String, String> values, Map<String, YamlNode.Key> keys, YamlNode node) {
    static final Overrides NONE = new Overrides(Map.of(), Map.of(), null);
  }

  private final Problems problems;
  private final Scalars values;
  private final ParameterSet base;

  ParameterOverrides(Problems problems, Scalars values, ParameterSet base) {
    this.problems = problems;
    this.values = values;
    this.base = base;
  }

  /** The set the changes apply to. */
  ParameterSet base() {
    return base;
  }

  /** The overrides of the group {@code node}; none when absent or empty. A list value is joined with commas. */
  Overrides read(YamlNode node, String path) {
    if (node == null || node.kind == YamlNode.Kind.NULL) {
      return Overrides.NONE;
    }
    if (node.kind != YamlNode.Kind.MAP) {
      problems.add(node, path, "must be a group of 'parameter name: value' lines, such as"
          + " 'periods[2024-01-01].upperLimit: \"3500.00\"'");
      return Overrides.NONE;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, YamlNode.Key> keys = new LinkedHashMap<>();
    for (Map.Entry<YamlNode.Key, YamlNode> e : node.map.values()) {
      String key = e.getKey().name();
      YamlNode v = e.getValue();
      String text;
      if (v.kind == YamlNode.Kind.LIST) {
        List<String> parts = new ArrayList<>();
        for (YamlNode item : v.list) {
          String t = values.scalar(item, Fields.join(path, key));
          if (t != null) {
            parts.add(t);
          }
        }
        text = String.join(",", parts);
      } else {
        text = values.scalar(v, Fields.join(path, key));
        if (text == null) {
          continue;
        }
      }
      texts.put(key, text);
      keys.put(key, e.getKey());
    }
    return new Overrides(texts, keys, node);
  }

  /**
   * Applies the file's and then the case's overrides to {@link #base}; {@code null} when a key or a
   * value is wrong (reported at its line).
   *
   * @param id the id of the set made
   * @param path the case's path, where its {@code parameters} are
   */
  ParameterSet apply(String id, Overrides fileLevel, Overrides caseLevel, String path) {
    Map<String, String> merged = merged(fileLevel, caseLevel);
    if (merged.isEmpty()) {
      return base;
    }
    try {
      return ParameterSets.withOverrides(base, id, merged, problems.file.getFileName().toString());
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
        problems.add(at.line(), at.column(), where + "." + key, problemText);
      } else {
        YamlNode block = caseLevel.node() != null ? caseLevel.node() : fileLevel.node();
        problems.add(block, caseLevel.node() != null ? path + ".parameters" : "parameters",
            "the parameters with these changes are not valid: " + (e.path().isEmpty() ? "" : e.path() + ": ")
                + problemText);
      }
      return null;
    }
  }

  /** {@code a}'s values, then {@code b}'s over them, in file order. */
  static Map<String, String> merged(Overrides a, Overrides b) {
    Map<String, String> m = new LinkedHashMap<>(a.values());
    m.putAll(b.values());
    return m;
  }
}
