package be.jobbonus.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.jobbonus.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic population on disk and the outputs of an uninterrupted {@code calculate} on it, made
 * once per test class.
 */
final class Population {

  final Path dir;
  final Path persons;
  final Path dmfa;
  final byte[] results;
  final byte[] rejects;

  private Population(Path dir, Path persons, Path dmfa, byte[] results, byte[] rejects) {
    this.dir = dir;
    this.persons = persons;
    this.dmfa = dmfa;
    this.results = results;
    this.rejects = rejects;
  }

  static int cli(String... args) {
    return Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  static Population write(Path dir, int workers) {
    try {
      Path pop = dir.resolve("pop");
      assertEquals(0, cli("simulate", "--year", "2024", "--workers", Integer.toString(workers), "--seed", "11",
          "--threads", "1", "--write", pop.toString()));
      Path ref = Files.createDirectories(dir.resolve("ref"));
      int code = cli("calculate", "--year", "2024", "--persons", pop.resolve("persons.csv").toString(), "--dmfa",
          pop.resolve("dmfa.jsonl").toString(), "--out", ref.resolve("results.jsonl").toString());
      assertEquals(true, code == 0 || code == 1, "reference run: " + code);
      return new Population(pop, pop.resolve("persons.csv"), pop.resolve("dmfa.jsonl"),
          Files.readAllBytes(ref.resolve("results.jsonl")), Files.readAllBytes(ref.resolve("rejects.jsonl")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String[] calculate(Path out) {
    return new String[] {"calculate", "--year", "2024", "--persons", persons.toString(), "--dmfa", dmfa.toString(),
        "--out", out.toString()};
  }
}
