package be.jobbonus.scenarios;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.internal.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a scenario run: which scenario files a folder holds ({@link #list}), whether a
 * file written would be among them ({@link #wouldList}), and the reading of a reform file ({@link
 * #readReform}). Scenario files are read and run by {@link ScenarioRunner}.
 *
 * <pre>{@code
 * List<Path> files = ScenarioFiles.list(Path.of("scenarios"));
 * Reform reform = ScenarioFiles.readReform(Path.of("reforms/raise-upper-limit-2024.yaml"), ParameterSets.official());
 * }</pre>
 */
public final class ScenarioFiles {

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

  /**
   * {@code file} absolute, in its folder's real path when the folder exists (the file's own link
   * kept): the folder resolved by the file system, never as text ({@code lnk/..} is where the link
   * leads, then up).
   */
  private static Path inRealFolder(Path file) {
    Path abs = file.toAbsolutePath();
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
  private static boolean isScenarioName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * Reads a reform file ({@code name}, {@code description}, {@code parameters}) as a parameter set
   * derived from {@code base}. Every problem is reported with the file, line, column and field, and
   * all problems of the file together; nothing is guessed.
   *
   * @throws InvalidScenarioException naming the line of a wrong parameter name or value
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Reform readReform(Path file, ParameterSet base) {
    return ReformFile.read(file, base);
  }
}
