package be.jobbonus.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.jobbonus.core.parameters.ParameterSets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case of the repository's scenario library ({@code scenarios/} at the root) as a test. */
class ScenarioLibraryTest {

  static Path libraryDir() {
    for (Path p : List.of(Path.of("scenarios"), Path.of("../scenarios"))) {
      if (Files.isDirectory(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("scenarios/ folder not found from " + Path.of("").toAbsolutePath());
  }

  @TestFactory
  Stream<DynamicNode> scenarioLibrary() {
    List<Path> files = ScenarioFiles.list(libraryDir());
    assertFalse(files.isEmpty(), "the scenario library is empty");
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path f : files) {
      List<Scenario> cases;
      try {
        cases = CaseFile.read(f, ParameterSets.official());
      } catch (InvalidScenarioException e) {
        nodes.add(DynamicTest.dynamicTest(f.getFileName() + " is readable", f.toUri(), () -> fail(e.getMessage())));
        continue;
      }
      List<DynamicTest> tests = new ArrayList<>();
      for (Scenario s : cases) {
        URI where = URI.create(f.toUri() + "?line=" + s.line());
        tests.add(DynamicTest.dynamicTest(s.name(), where, () -> {
          CaseOutcome o = ScenarioRunner.run(s);
          if (!o.passed()) {
            fail(new ScenarioRun(1, List.of(o), List.of()).toText(false));
          }
          assertTrue(o.passed());
        }));
      }
      nodes.add(DynamicContainer.dynamicContainer(f.getFileName().toString(), f.toUri(), tests.stream()));
    }
    return nodes.stream();
  }
}
