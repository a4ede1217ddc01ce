package be.jobbonus.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be run: every problem found, each with file, line and field. */
public final class InvalidScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<ScenarioProblem> problems;

  public InvalidScenarioException(List<ScenarioProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<ScenarioProblem> problems) {
    return problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n"));
  }

  public List<ScenarioProblem> problems() {
    return problems;
  }
}
