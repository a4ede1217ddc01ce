package be.jobbonus.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a scenario or reform file's text and its YAML tree with one of the readers of this
 * package, and throws every problem found together.
 */
final class YamlFile {

  private YamlFile() {}

  /**
   * The file's text (UTF-8).
   *
   * @param what the kind of file, for the message ({@code scenario}, {@code reform})
   * @throws UncheckedIOException when the file cannot be read
   */
  static String text(Path file, String what) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses {@code yaml} and reads its tree with {@code reader}, which reports the problems it finds.
   *
   * @param file named in the problems
   * @throws InvalidScenarioException with the one problem of text that is no YAML, or every problem
   *     the reader found
   */
  static <T> T read(String yaml, Path file, BiFunction<Problems, YamlNode, T> reader) {
    YamlNode root;
    try {
      root = YamlNode.parse(yaml);
    } catch (YamlNode.SyntaxError e) {
      throw new InvalidScenarioException(List.of(new ScenarioProblem(file, e.line, e.column, "", e.getMessage())));
    }
    Problems problems = new Problems(file);
    T out = reader.apply(problems, root);
    problems.throwIfAny();
    return out;
  }
}
