package be.jobbonus.io.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java programs of README.md compile and run as written, and print exactly the block that
 * follows each of them ("It prints:"), with nothing on standard error (Moneta's INFO message
 * included). Each runs in its own JVM, in a folder holding a copy of {@code examples/}, against
 * this module's test class path (core, rules, io, Moneta and jakarta.annotation-api on the class
 * path), so README and code cannot drift.
 */
class ReadmeExamplesTest {

  /** A fenced Java block, then the next fenced block: what it prints. */
  private static final Pattern EXAMPLE =
      Pattern.compile("```java\\n(.*?)```\\s*\\n[^`]*?```\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("public class (\\w+)");

  @TempDir
  Path dir;

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheReadmeRunsAndPrintsWhatTheReadmeSays() throws IOException {
    Path root = repositoryRoot();
    String readme = Files.readString(root.resolve("README.md"));
    List<DynamicTest> tests = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(readme);
    while (m.find()) {
      String source = m.group(1);
      String expected = m.group(2);
      Matcher c = CLASS.matcher(source);
      assertTrue(c.find(), "a README Java block declares no public class");
      String name = c.group(1);
      tests.add(DynamicTest.dynamicTest(name, () -> compileAndRun(root, name, source, expected)));
    }
    assertTrue(tests.size() >= 4, "README.md: expected the core, rules, io and one-declaration examples, found " + tests.size());
    return tests.stream();
  }

  private void compileAndRun(Path root, String name, String source, String expected) throws Exception {
    Path src = Files.createDirectories(dir.resolve(name + "-src"));
    Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
    Path work = Files.createDirectories(dir.resolve(name + "-run"));
    copyExamples(root.resolve("examples"), work.resolve("examples"));
    Path file = src.resolve(name + ".java");
    Files.writeString(file, source);

    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, diagnostics, diagnostics, "-classpath", classPath, "-d", classes.toString(),
        "-Xlint:all", "-Werror", file.toString());
    assertEquals(0, rc, "README.md example " + name + " does not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", classes + File.pathSeparator + classPath, name)
        .directory(work.toFile()).start();
    p.getOutputStream().close();
    CompletableFuture<String> out = read(p.getInputStream());
    CompletableFuture<String> err = read(p.getErrorStream());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), name + " did not finish in 120 s");
    assertEquals("", err.get(), "README.md example " + name + " printed on standard error");
    assertEquals(0, p.exitValue(), name + " exit code");
    assertEquals(expected, out.get().replace(System.lineSeparator(), "\n"),
        "README.md example " + name + ": output differs from the block that follows it");
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static void copyExamples(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          Files.copy(f, to.resolve(f.getFileName()));
        } else if (Files.isDirectory(f)) {
          copyExamples(f, to.resolve(f.getFileName()));
        }
      }
    }
  }

  /** The repository root: the nearest folder up from this module holding README.md and mvnw. */
  private static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("README.md")) && Files.isRegularFile(d.resolve("mvnw"))) {
        return d;
      }
    }
    throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
  }
}
