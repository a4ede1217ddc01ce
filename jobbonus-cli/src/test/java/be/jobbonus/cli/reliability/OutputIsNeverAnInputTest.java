package be.jobbonus.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.cli.Examples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * "inputs are never written": an output (given, or the default rejects file) that is one
 * of the inputs — directly, through a symbolic link, a hard link or a linked directory, existing or
 * not yet — is a usage error (exit code 2) and nothing in the directory changes.
 */
class OutputIsNeverAnInputTest {

  @TempDir
  Path tmp;

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = be.jobbonus.cli.Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A case: prepares files in the directory and gives the arguments. */
  record Case(String name, Function<Path, String[]> args) {}

  static String s(Path p) {
    return p.toString();
  }

  static String[] calc(Path d, String out, String... more) {
    List<String> a = new ArrayList<>(List.of("calculate", "--year", "2024", "--persons", s(d.resolve("persons.csv")),
        "--dmfa", s(d.resolve("dmfa.jsonl")), "--out", out));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  static Path link(Path link, Path target) {
    try {
      return Files.createSymbolicLink(link, target);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Path results(Path d) {
    try {
      assertTrue(cli(calc(d, s(d.resolve("results.jsonl")), "--rejects", s(d.resolve("rejects.jsonl")))).code() <= 1);
      return d.resolve("results.jsonl");
    } catch (RuntimeException e) {
      throw e;
    }
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    c.add(new Case("calculate --out = --persons", d -> calc(d, s(d.resolve("persons.csv")))));
    c.add(new Case("calculate --out = --dmfa", d -> calc(d, s(d.resolve("dmfa.jsonl")))));
    c.add(new Case("calculate --out = --dmfa written differently", d -> {
      try {
        Files.createDirectories(d.resolve("x"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return calc(d, s(d.resolve("x/./../dmfa.jsonl")));
    }));
    c.add(new Case("calculate --rejects = --dmfa", d -> calc(d, s(d.resolve("r.jsonl")), "--rejects",
        s(d.resolve("dmfa.jsonl")))));
    c.add(new Case("calculate --out is a symbolic link to --persons",
        d -> calc(d, s(link(d.resolve("out.jsonl"), d.resolve("persons.csv"))))));
    c.add(new Case("calculate --out is a hard link to --dmfa", d -> {
      try {
        return calc(d, s(Files.createLink(d.resolve("hard.jsonl"), d.resolve("dmfa.jsonl"))));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
    c.add(new Case("calculate --out through a linked directory", d -> {
      link(d.resolve("alias"), d);
      return calc(d, s(d.resolve("alias").resolve("dmfa.jsonl")));
    }));
    c.add(new Case("calculate default rejects file = --persons", d -> {
      try {
        Files.move(d.resolve("persons.csv"), d.resolve("rejects.jsonl"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return new String[] {"calculate", "--year", "2024", "--persons", s(d.resolve("rejects.jsonl")), "--dmfa",
          s(d.resolve("dmfa.jsonl")), "--out", s(d.resolve("results.jsonl"))};
    }));
    c.add(new Case("calculate default rejects file is a link to --dmfa", d -> {
      link(d.resolve("rejects.jsonl"), d.resolve("dmfa.jsonl"));
      return calc(d, s(d.resolve("results.jsonl")));
    }));
    c.add(new Case("calculate --out = --quarters", d -> new String[] {"calculate", "--year", "2024", "--persons",
        s(d.resolve("persons.csv")), "--quarters", s(d.resolve("quarters.csv")), "--out", s(d.resolve("quarters.csv"))}));
    c.add(new Case("calculate --out = --seal-key-file", d -> {
      try {
        Files.writeString(d.resolve("key"), "0123456789abcdef0123456789abcdef");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return calc(d, s(d.resolve("key")), "--seal-key-file", s(d.resolve("key")));
    }));
    c.add(new Case("calculate --rejects = --out through a link", d -> calc(d, s(d.resolve("r.jsonl")), "--rejects",
        s(link(d.resolve("alias.jsonl"), d.resolve("r.jsonl"))))));
    c.add(new Case("notify --out = --results", d -> new String[] {"notify", "--results", s(results(d)), "--out",
        s(d.resolve("results.jsonl"))}));
    c.add(new Case("notify --rejects is a link to --results", d -> new String[] {"notify", "--results", s(results(d)),
        "--out", s(d.resolve("v.jsonl")), "--rejects", s(link(d.resolve("vr.jsonl"), d.resolve("results.jsonl")))}));
    c.add(new Case("notify default rejects file = --results", d -> {
      try {
        Files.move(results(d), d.resolve("vlabel-rejects.jsonl"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return new String[] {"notify", "--results", s(d.resolve("vlabel-rejects.jsonl")), "--out", s(d.resolve("v.jsonl"))};
    }));
    c.add(new Case("scenarios --report = a scenario file", d -> {
      try {
        Path sc = Files.createDirectories(d.resolve("sc"));
        Files.copy(Examples.root().resolveSibling("scenarios").resolve("fixed-increases.yaml"),
            sc.resolve("fixed-increases.yaml"));
        return new String[] {"scenarios", s(sc), "--report", s(sc.resolve("fixed-increases.yaml"))};
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
    c.add(new Case("simulate --report DIR holds the --reform file", d -> {
      try {
        Path rep = Files.createDirectories(d.resolve("rep"));
        Files.copy(Examples.root().resolveSibling("reforms").resolve("raise-upper-limit-2024.yaml"),
            rep.resolve("report.md"));
        return new String[] {"simulate", "--year", "2024", "--workers", "10", "--reform", s(rep.resolve("report.md")),
            "--report", s(rep)};
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> anOutputThatIsAnInputIsRefusedAndNothingIsTouched() {
    return cases().stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
      Path d = Files.createDirectories(tmp.resolve(k.name().replaceAll("[^A-Za-z0-9]+", "-")));
      Examples.copy(d);
      String[] args = k.args().apply(d);
      Map<String, String> before = Snapshot.of(d);
      Run r = cli(args);
      assertEquals(2, r.code(), k.name() + ": " + r.out() + r.err());
      assertTrue(r.err().contains("same file") || r.err().contains("name the same"), r.err());
      assertEquals(before, Snapshot.of(d), "nothing touched");
    }));
  }

  @Test
  void simulateWriteRefusesADirectoryWithAPopulationUnlessReplaceIsGiven() throws IOException {
    Path d = Files.createDirectories(tmp.resolve("pop"));
    assertEquals(0, cli("simulate", "--year", "2024", "--workers", "20", "--write", s(d)).code());
    Files.writeString(d.resolve("persons.csv"), "insz,last_name,first_name,birth_date,statuut,residence\n");
    Map<String, String> before = Snapshot.of(d);
    Run r = cli("simulate", "--year", "2024", "--workers", "30", "--write", s(d));
    assertEquals(2, r.code());
    assertTrue(r.err().contains("already holds a population") && r.err().contains("--replace"), r.err());
    assertEquals(before, Snapshot.of(d));
    assertEquals(0, cli("simulate", "--year", "2024", "--workers", "30", "--write", s(d), "--replace").code());
    assertEquals(31, Files.readAllLines(d.resolve("persons.csv")).size());
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(d.resolve("dmfa.jsonl"))));
  }

  @Test
  void personalOutputsAreOwnerOnly() throws IOException {
    Path d = Examples.copy(Files.createDirectories(tmp.resolve("modes")));
    Run r = cli(calc(d, s(d.resolve("results.jsonl"))));
    assertEquals(1, r.code(), r.err());
    assertEquals(0, cli("notify", "--results", s(d.resolve("results.jsonl")), "--out", s(d.resolve("v.jsonl"))).code());
    for (String f : List.of("results.jsonl", "rejects.jsonl", "v.jsonl", "vlabel-rejects.jsonl")) {
      assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
          Files.getPosixFilePermissions(d.resolve(f))), f);
    }
    assertEquals(List.of(), Child.hidden(d));
  }
}
