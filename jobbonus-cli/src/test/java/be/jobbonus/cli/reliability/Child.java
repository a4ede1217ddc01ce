package be.jobbonus.cli.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The command line as a child process ({@code java -cp <test class path> be.jobbonus.cli.Cli …}). */
final class Child {

  /** Seed of every random choice of the suite; {@code -Dreliability.seed=N} to replay another run. */
  static final long SEED = Long.getLong("reliability.seed", 20_240_612L);

  private Child() {}

  record Result(int code, String out, String err) {}

  static List<String> command(String... args) {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.add("-XX:+UseSerialGC");
    c.add("-XX:TieredStopAtLevel=1");
    c.add("-XX:-UsePerfData");
    c.add("-Xmx256m");
    c.add("-cp");
    c.add(System.getProperty("java.class.path"));
    c.add("be.jobbonus.cli.Cli");
    c.addAll(List.of(args));
    return c;
  }

  /** Starts the command with its standard output and error in {@code log}.out / .err. */
  static Process start(Path log, List<String> command) {
    try {
      return new ProcessBuilder(command).redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
          .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Result finish(Process p, Path log) {
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("child did not finish within 60 s");
      }
      return new Result(p.exitValue(),
          Files.readString(log.resolveSibling(log.getFileName() + ".out"), StandardCharsets.UTF_8),
          Files.readString(log.resolveSibling(log.getFileName() + ".err"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static Result run(Path log, String... args) {
    return finish(start(log, command(args)), log);
  }

  /** The temporary files (".NAME.x.tmp") in {@code dir}. */
  static List<String> temporaries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp")).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hidden files (temporary and lock files) in {@code dir}. */
  static List<String> hidden(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
