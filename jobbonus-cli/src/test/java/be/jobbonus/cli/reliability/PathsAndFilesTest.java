package be.jobbonus.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.cli.Examples;
import be.jobbonus.cli.reliability.OutputIsNeverAnInputTest.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and paths as the file system sees them (docs/cli.md, "Paths, files and seals"): a
 * declaration named twice is read once; an unreadable entry of a declarations directory stops the
 * run before any output; an output that is a device, a FIFO or a link to one is refused before any
 * work; {@code ..} after a symbolic link is resolved by the file system; a written population is
 * owner-only. Seeded variants of each ({@code -Dreliability.seed}).
 */
class PathsAndFilesTest {

  @TempDir
  Path tmp;

  static Run cli(String... args) {
    return OutputIsNeverAnInputTest.cli(args);
  }

  static String s(Path p) {
    return p.toString();
  }

  /** The examples with their DmfA XML declarations in {@code d/xml}. */
  static Path examples(Path d) {
    try {
      Examples.copy(Files.createDirectories(d));
      Path xml = Files.createDirectories(d.resolve("xml"));
      try (Stream<Path> s = Files.list(Examples.root().resolve("dmfa-xml"))) {
        for (Path f : (Iterable<Path>) s::iterator) {
          Files.copy(f, xml.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> calcXml(Path d, Path out, List<Path> declarations) {
    List<String> a = new ArrayList<>(List.of("calculate", "--year", "2024", "--persons", s(d.resolve("persons.csv")),
        "--out", s(out), "--dmfa-xml"));
    declarations.forEach(p -> a.add(s(p)));
    return a;
  }

  static boolean mkfifo(Path p) {
    try {
      return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0 && Files.exists(p);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Path fifo(Path p) {
    Assumptions.assumeTrue(mkfifo(p), "mkfifo is not available");
    return p;
  }

  static Path link(Path link, Path target) {
    try {
      return Files.createSymbolicLink(link, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- a declaration named twice is read once -------------------------------------------------

  /** Ways to name the declarations of {@code d/xml} again. */
  static List<Function<Path, List<Path>>> againWays() {
    List<Function<Path, List<Path>>> w = new ArrayList<>();
    w.add(d -> List.of(d.resolve("xml"))); // the directory twice
    w.add(d -> List.of(d.resolve("xml/dmfa-1234567401-20243.xml"))); // a file of it
    w.add(d -> List.of(link(d.resolve("alias"), d.resolve("xml")))); // a link to the directory
    w.add(d -> List.of(link(d.resolve("one.xml"), d.resolve("xml/dmfa-0204816389-20241.xml")))); // a link to a file
    w.add(d -> { // a hard link in another directory
      try {
        Path other = Files.createDirectories(d.resolve("other"));
        return List.of(Files.createLink(other.resolve("copy.xml"), d.resolve("xml/dmfa-0204816389-20244.xml")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    w.add(d -> { // a .. path
      try {
        Files.createDirectories(d.resolve("sub"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.of(d.resolve("sub/../xml"));
    });
    w.add(d -> { // .. after a link: lnk -> xml, lnk/../xml is xml again
      link(d.resolve("lnk"), d.resolve("xml"));
      return List.of(d.resolve("lnk/../xml/dmfa-1234567401-20241.xml"));
    });
    return w;
  }

  @TestFactory
  Stream<DynamicTest> aDeclarationNamedTwiceIsReadOnce() throws IOException {
    Path ref = examples(tmp.resolve("ref"));
    Run r0 = cli(calcXml(ref, ref.resolve("results.jsonl"), List.of(ref.resolve("xml"))).toArray(new String[0]));
    assertEquals(1, r0.code(), r0.err());
    byte[] expected = Files.readAllBytes(ref.resolve("results.jsonl"));
    Random seeded = new Random(Child.SEED);
    List<DynamicTest> tests = new ArrayList<>();
    for (int v = 0; v < 5; v++) {
      List<Integer> ways = new ArrayList<>();
      for (int k = 0; k < againWays().size(); k++) {
        ways.add(k);
      }
      Collections.shuffle(ways, seeded);
      List<Integer> picked = ways.subList(0, 1 + seeded.nextInt(3));
      boolean againFirst = seeded.nextBoolean();
      int variant = v;
      tests.add(DynamicTest.dynamicTest("variant " + v + ": ways " + picked + (againFirst ? ", repeats first" : ""),
          () -> {
            Path d = examples(tmp.resolve("again" + variant));
            List<Path> decl = new ArrayList<>(List.of(d.resolve("xml")));
            for (int k : picked) {
              List<Path> more = againWays().get(k).apply(d);
              if (againFirst) {
                decl.addAll(0, more);
              } else {
                decl.addAll(more);
              }
            }
            Run r = cli(calcXml(d, d.resolve("results.jsonl"), decl).toArray(new String[0]));
            assertEquals(1, r.code(), r.err());
            assertTrue(r.out().contains("8 DmfA XML declarations: 23 records read"), r.out());
            assertTrue(r.err().contains("note: ") && r.err().contains("read once"), r.err());
            if (!againFirst) { // the declarations in the reference's order: the same bytes
              assertArrayEquals(expected, Files.readAllBytes(d.resolve("results.jsonl")));
            } else {
              assertEquals(new String(expected).lines().sorted().toList(),
                  Files.readString(d.resolve("results.jsonl")).lines().sorted().toList());
            }
          }));
    }
    return tests.stream();
  }

  // --- an unreadable entry of a declarations directory stops the run ---------------------------

  /** Entries that cannot be opened: each makes {@code name} in the declarations directory. */
  static Map<String, Function<Path, Path>> unreadable() {
    Map<String, Function<Path, Path>> m = new java.util.LinkedHashMap<>();
    m.put("a dangling link", x -> link(x.resolve("dmfa-0000000000-20241.xml"), x.resolve("gone.xml")));
    m.put("a link loop", x -> {
      link(x.resolve("loop-b.xml"), x.resolve("loop-a.xml"));
      return link(x.resolve("loop-a.xml"), x.resolve("loop-b.xml"));
    });
    m.put("a link to a missing directory's file", x -> link(x.resolve("zz.xml"), x.resolve("nowhere/zz.xml")));
    m.put("a FIFO", x -> fifo(x.resolve("dmfa-9999999999-20244.xml")));
    m.put("a link to a FIFO", x -> link(x.resolve("p.xml"), fifo(x.getParent().resolve("pipe"))));
    m.put("a file without read permission", x -> {
      try {
        Path f = Files.writeString(x.resolve("dmfa-5555555555-20242.xml"), "<x/>");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("-w-------"));
        Assumptions.assumeFalse(Files.isReadable(f), "running as root: every file is readable");
        return f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return m;
  }

  @TestFactory
  Stream<DynamicTest> anUnreadableDeclarationStopsTheRunBeforeAnyOutput() {
    Random seeded = new Random(Child.SEED + 4);
    return unreadable().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Path d = examples(tmp.resolve(e.getKey().replaceAll("[^a-z]+", "-")));
      Path bad = e.getValue().apply(d.resolve("xml"));
      Path outDir = Files.createDirectories(d.resolve("out"));
      Files.writeString(outDir.resolve("results.jsonl"), "previous\n");
      Map<String, String> before = Snapshot.of(outDir);
      boolean explain = seeded.nextInt(3) == 0;
      List<String> args = explain
          ? new ArrayList<>(List.of("explain", "--year", "2024", "--insz", "85073003328", "--persons",
              s(d.resolve("persons.csv")), "--dmfa-xml", s(d.resolve("xml"))))
          : calcXml(d, outDir.resolve("results.jsonl"), List.of(d.resolve("xml")));
      Run r = cli(args.toArray(new String[0]));
      assertEquals(2, r.code(), r.out() + r.err());
      assertTrue(r.err().contains("cannot read ") && r.err().contains(bad.getFileName() + ": "), r.err()); // paths may be masked
      assertEquals(before, Snapshot.of(outDir), "no output written, no temporary or lock file");
    }));
  }

  // --- an output is a regular file or absent -----------------------------------------------------

  record Special(String name, Function<Path, String[]> args, Path untouched) {}

  static List<Special> specials(Path d) {
    List<Special> c = new ArrayList<>();
    Path devNull = Path.of("/dev/null");
    Path devFull = Path.of("/dev/full");
    String persons = s(d.resolve("persons.csv"));
    String dmfa = s(d.resolve("dmfa.jsonl"));
    if (Files.exists(devFull)) {
      c.add(new Special("calculate --out /dev/full", x -> new String[] {"calculate", "--year", "2024", "--persons",
          persons, "--dmfa", dmfa, "--out", s(devFull), "--rejects", s(x.resolve("r.jsonl"))}, devFull));
    }
    if (Files.exists(devNull)) {
      c.add(new Special("calculate --rejects /dev/null", x -> new String[] {"calculate", "--year", "2024",
          "--persons", persons, "--dmfa", dmfa, "--out", s(x.resolve("o.jsonl")), "--rejects", s(devNull)}, devNull));
      c.add(new Special("calculate --out a link to /dev/null", x -> new String[] {"calculate", "--year", "2024",
          "--persons", persons, "--dmfa", dmfa, "--out", s(link(x.resolve("o.jsonl"), devNull))}, devNull));
      c.add(new Special("notify --out /dev/null", x -> new String[] {"notify", "--results",
          s(OutputIsNeverAnInputTest.results(x)), "--out", s(devNull), "--rejects", s(x.resolve("vr.jsonl"))}, devNull));
      c.add(new Special("simulate --summary /dev/null", x -> new String[] {"simulate", "--year", "2022",
          "--population", "flanders", "--summary", s(devNull)}, devNull));
      c.add(new Special("scenarios --report /dev/null", x -> new String[] {"scenarios",
          s(Examples.root().resolveSibling("scenarios").resolve("fixed-increases.yaml")), "--report", s(devNull)},
          devNull));
    }
    c.add(new Special("calculate --out a FIFO", x -> new String[] {"calculate", "--year", "2024", "--persons", persons,
        "--dmfa", dmfa, "--out", s(fifo(x.resolve("fifo.jsonl")))}, d.resolve("fifo.jsonl")));
    c.add(new Special("calculate --rejects a link to a FIFO", x -> new String[] {"calculate", "--year", "2024",
        "--persons", persons, "--dmfa", dmfa, "--out", s(x.resolve("o.jsonl")), "--rejects",
        s(link(x.resolve("r.jsonl"), fifo(x.resolve("fifo.jsonl"))))}, d.resolve("fifo.jsonl")));
    c.add(new Special("calculate default rejects file is a FIFO", x -> {
      fifo(x.resolve("rejects.jsonl"));
      return new String[] {"calculate", "--year", "2024", "--persons", persons, "--dmfa", dmfa, "--out",
          s(x.resolve("o.jsonl"))};
    }, d.resolve("rejects.jsonl")));
    c.add(new Special("calculate --out a link loop", x -> {
      link(x.resolve("b.jsonl"), x.resolve("a.jsonl"));
      return new String[] {"calculate", "--year", "2024", "--persons", persons, "--dmfa", dmfa, "--out",
          s(link(x.resolve("a.jsonl"), x.resolve("b.jsonl")))};
    }, d.resolve("a.jsonl")));
    c.add(new Special("notify --rejects a FIFO", x -> new String[] {"notify", "--results",
        s(OutputIsNeverAnInputTest.results(x)), "--out", s(x.resolve("v.jsonl")), "--rejects",
        s(fifo(x.resolve("fifo.jsonl")))}, d.resolve("fifo.jsonl")));
    c.add(new Special("simulate --write DIR whose persons.csv is a FIFO", x -> {
      try {
        Path pop = Files.createDirectories(x.resolve("pop"));
        fifo(pop.resolve("persons.csv"));
        return new String[] {"simulate", "--year", "2024", "--workers", "10", "--write", s(pop), "--replace"};
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, d.resolve("pop/persons.csv")));
    c.add(new Special("simulate --write DIR --format xml whose dmfa-xml is a FIFO", x -> {
      try {
        Path pop = Files.createDirectories(x.resolve("popx"));
        fifo(pop.resolve("dmfa-xml"));
        return new String[] {"simulate", "--year", "2024", "--workers", "10", "--write", s(pop), "--format", "xml",
            "--replace"};
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, d.resolve("popx/dmfa-xml")));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> anOutputThatIsADeviceOrAFifoIsRefusedBeforeAnyWork() {
    Path probe = tmp.resolve("probe");
    return specials(probe).stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
      Path d = Examples.copy(Files.createDirectories(tmp.resolve(k.name().replaceAll("[^A-Za-z0-9]+", "-"))));
      Special c = specials(d).stream().filter(x -> x.name().equals(k.name())).findFirst().orElseThrow();
      String[] args = c.args().apply(d);
      Map<String, String> before = Snapshot.of(d);
      boolean wasSpecial = Files.exists(c.untouched(), LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(c.untouched(), LinkOption.NOFOLLOW_LINKS);
      Run r = cli(args);
      assertEquals(2, r.code(), k.name() + ": " + r.out() + r.err());
      assertTrue(r.err().contains("not a regular file") || r.err().contains("symbolic links")
          || r.err().contains("not a directory"), r.err());
      assertEquals(before, Snapshot.of(d), "nothing written or replaced");
      if (wasSpecial) {
        assertFalse(Files.isRegularFile(c.untouched(), LinkOption.NOFOLLOW_LINKS), "still not a regular file");
      }
    }));
  }

  // --- .. after a symbolic link is the file system's -------------------------------------------

  @TestFactory
  Stream<DynamicTest> dotDotAfterALinkNamesTheFileTheSystemReaches() {
    Random seeded = new Random(Child.SEED + 7);
    List<DynamicTest> tests = new ArrayList<>();
    String[] inputs = {"persons.csv", "dmfa.jsonl"};
    String[] roles = {"--out", "--rejects", "notify --out", "notify --rejects"};
    for (int v = 0; v < 4; v++) {
      int depth = 1 + seeded.nextInt(3);
      String input = inputs[seeded.nextInt(inputs.length)];
      String role = roles[v % roles.length];
      int variant = v;
      tests.add(DynamicTest.dynamicTest("variant " + v + ": " + role + " = lnk" + "/..".repeat(depth + 1) + "/"
          + input + " (link " + depth + " deep)", () -> {
            Path d = Examples.copy(Files.createDirectories(tmp.resolve("dotdot" + variant)));
            Path deep = d;
            for (int k = 0; k < depth; k++) {
              deep = deep.resolve("level" + k);
            }
            Files.createDirectories(deep);
            // the text climbs out of the workspace, next to it; the system stays inside
            Path work = Files.createDirectories(tmp.resolve("work" + variant));
            Path lnk = Files.createSymbolicLink(work.resolve("lnk"), deep.resolve("leaf"));
            Files.createDirectories(deep.resolve("leaf"));
            // lnk is d/level0/.../leaf: depth + 1 times .. leads to d
            Path tricky = work.resolve("lnk" + "/..".repeat(depth + 1) + "/" + input);
            String[] args;
            if (role.startsWith("notify")) {
              Path results = OutputIsNeverAnInputTest.results(d);
              Path tricky2 = work.resolve("lnk" + "/..".repeat(depth + 1) + "/results.jsonl");
              args = role.endsWith("--out")
                  ? new String[] {"notify", "--results", s(results), "--out", s(tricky2)}
                  : new String[] {"notify", "--results", s(results), "--out", s(d.resolve("v.jsonl")), "--rejects",
                      s(tricky2)};
            } else {
              args = role.equals("--out")
                  ? new String[] {"calculate", "--year", "2024", "--persons", s(d.resolve("persons.csv")), "--dmfa",
                      s(d.resolve("dmfa.jsonl")), "--out", s(tricky)}
                  : new String[] {"calculate", "--year", "2024", "--persons", s(d.resolve("persons.csv")), "--dmfa",
                      s(d.resolve("dmfa.jsonl")), "--out", s(d.resolve("r.jsonl")), "--rejects", s(tricky)};
            }
            Path asText = Path.of(args[args.length - 1]).normalize(); // where the text alone would point
            boolean existedAsText = Files.exists(asText);
            Map<String, String> before = Snapshot.of(d);
            Map<String, String> beforeWork = Snapshot.of(work);
            Run r = cli(args);
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("same file"), r.err());
            assertEquals(before, Snapshot.of(d), "the input is untouched");
            assertEquals(beforeWork, Snapshot.of(work));
            assertEquals(existedAsText, Files.exists(asText), "nothing written where the text points");
          }));
    }
    return tests.stream();
  }

  @Test
  void anOutputAfterALinkAndDotDotIsWrittenWhereTheSystemPutsIt() throws IOException {
    Path d = Examples.copy(Files.createDirectories(tmp.resolve("where")));
    Path deep = Files.createDirectories(d.resolve("a/b"));
    Path work = Files.createDirectories(tmp.resolve("elsewhere/w"));
    Files.createSymbolicLink(work.resolve("lnk"), deep);
    Run r = cli("calculate", "--year", "2024", "--persons", s(d.resolve("persons.csv")), "--dmfa",
        s(d.resolve("dmfa.jsonl")), "--out", s(work.resolve("lnk/../results.jsonl")));
    assertEquals(1, r.code(), r.err());
    assertTrue(Files.isRegularFile(d.resolve("a/results.jsonl")), "written in the directory the system reaches");
    assertTrue(Files.isRegularFile(d.resolve("a/rejects.jsonl")), "the default rejects file beside it");
    assertFalse(Files.exists(work.resolve("results.jsonl")) || Files.exists(tmp.resolve("elsewhere/results.jsonl")));
  }

  // --- a written population is owner-only ----------------------------------------------------

  @TestFactory
  Stream<DynamicTest> everyFileAndDirectoryOfAWrittenPopulationIsOwnerOnly() {
    Random seeded = new Random(Child.SEED + 8);
    List<DynamicTest> tests = new ArrayList<>();
    for (int v = 0; v < 4; v++) {
      String format = v % 2 == 0 ? "xml" : "jsonl";
      int workers = 5 + seeded.nextInt(60);
      long seed = seeded.nextInt(1000);
      boolean replace = v >= 2;
      int variant = v;
      tests.add(DynamicTest.dynamicTest(format + ", " + workers + " workers, seed " + seed
          + (replace ? ", written again with --replace" : ""), () -> {
            Path pop = tmp.resolve("pop" + variant + "/nested");
            String[] args = {"simulate", "--year", "2024", "--workers", Integer.toString(workers), "--seed",
                Long.toString(seed), "--write", s(pop), "--format", format};
            assertEquals(0, cli(args).code());
            if (replace) {
              List<String> again = new ArrayList<>(List.of(args));
              again.add("--replace");
              assertEquals(0, cli(again.toArray(new String[0])).code());
            }
            try (Stream<Path> all = Files.walk(tmp.resolve("pop" + variant))) {
              for (Path p : (Iterable<Path>) all::iterator) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                if (p.equals(tmp.resolve("pop" + variant))) {
                  continue; // made by the test
                }
                assertEquals(Files.isDirectory(p) ? "rwx------" : "rw-------", mode, p.toString());
              }
            }
          }));
    }
    return tests.stream();
  }
}
