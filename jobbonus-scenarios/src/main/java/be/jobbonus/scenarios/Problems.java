package be.jobbonus.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one scenario or reform file, each with its line, column and field. A
 * file is read to its end and its problems are thrown together ({@link #throwIfAny}), so that an
 * analyst corrects them all at once.
 */
final class Problems {

  /** The file read, named in every problem and in the ids of the parameter sets it makes. */
  final Path file;
  private final List<ScenarioProblem> found = new ArrayList<>();

  Problems(Path file) {
    this.file = file;
  }

  void add(int line, int column, String field, String message) {
    found.add(new ScenarioProblem(file, line, column, field, message));
  }

  void add(YamlNode at, String field, String message) {
    add(at.line, at.column, field, message);
  }

  /** How many problems were found so far: a reader compares the count before and after a part. */
  int count() {
    return found.size();
  }

  /** @throws InvalidScenarioException with every problem found, when there is one */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidScenarioException(found);
    }
  }
}
