package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dmfa-xml} on calculate and explain, and {@code simulate --write --format xml}. */
class DmfaXmlCommandTest {

  @TempDir
  Path dir;

  private Run calculate(String option, String data, String out) {
    return Run.of("calculate", "--year", "2024", "--persons", Examples.root().resolve("persons.csv").toString(),
        option, data, "--out", dir.resolve(out).toString(), "--rejects", dir.resolve("rejects-" + out).toString());
  }

  @Test
  void calculateFromTheDeclarationsGivesTheResultsOfDmfaJsonl() throws IOException {
    Run j = calculate("--dmfa", Examples.root().resolve("dmfa.jsonl").toString(), "j.jsonl");
    Run x = calculate("--dmfa-xml", Examples.root().resolve("dmfa-xml").toString(), "x.jsonl");
    assertEquals(1, x.code(), x.err());
    assertEquals("", x.err());
    assertTrue(x.out().contains("8 DmfA XML declarations: 23 records read = 19 in results + 4 rejected"), x.out());
    assertEquals(1, j.code());
    assertArrayEquals(Files.readAllBytes(dir.resolve("j.jsonl")), Files.readAllBytes(dir.resolve("x.jsonl")));
    String rejects = Files.readString(dir.resolve("rejects-x.jsonl"));
    assertTrue(rejects.contains("\"field\":\"EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]/Occupation[1]"
        + " (daysPerWeek)\""), rejects);
    assertTrue(rejects.contains("dmfa-0204816389-20244.xml\",\"line\":62"), rejects);
  }

  @Test
  void filesMayBeGivenOneByOneAndTheOptionRepeated() throws IOException {
    Path ex = Examples.root().resolve("dmfa-xml");
    Run j = calculate("--dmfa", Examples.root().resolve("dmfa.jsonl").toString(), "j.jsonl");
    Run x = Run.of("calculate", "--year", "2024", "--persons", Examples.root().resolve("persons.csv").toString(),
        "--dmfa-xml", ex.resolve("dmfa-1234567401-20241.xml").toString(), ex.resolve("dmfa-1234567401-20242.xml").toString(),
        ex.resolve("dmfa-1234567401-20243.xml").toString(), ex.resolve("dmfa-1234567401-20244.xml").toString(),
        "--dmfa-xml", ex.resolve("dmfa-0204816389-20241.xml").toString(), ex.resolve("dmfa-0204816389-20242.xml").toString(),
        ex.resolve("dmfa-0204816389-20243.xml").toString(), ex.resolve("dmfa-0204816389-20244.xml").toString(),
        "--out", dir.resolve("x.jsonl").toString(), "--rejects", dir.resolve("rx.jsonl").toString());
    assertEquals(1, x.code(), x.err());
    assertEquals(1, j.code());
    assertArrayEquals(Files.readAllBytes(dir.resolve("j.jsonl")), Files.readAllBytes(dir.resolve("x.jsonl")));
  }

  @Test
  void aMissingPathOrAnEmptyDirectoryIsAUsageError() throws IOException {
    Run missing = calculate("--dmfa-xml", dir.resolve("nope.xml").toString(), "m.jsonl");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--dmfa-xml"), missing.err());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run none = calculate("--dmfa-xml", empty.toString(), "n.jsonl");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("holds no *.xml file"), none.err());
  }

  @Test
  void explainNamesEachOccupationByItsDeclaration() {
    Run r = Run.of("explain", "--year", "2024", "--insz", "90021514251", "--persons",
        Examples.root().resolve("persons.csv").toString(), "--dmfa-xml", Examples.root().resolve("dmfa-xml").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dmfa-0204816389-20242.xml line 24: employer 0204816389"), r.out());
  }

  @Test
  void simulateWritesDeclarationsThatCalculateAsTheJsonLines() throws IOException {
    Run sj = Run.of("simulate", "--year", "2023", "--workers", "300", "--seed", "5", "--write", dir.resolve("j").toString());
    Run sx = Run.of("simulate", "--year", "2023", "--workers", "300", "--seed", "5", "--write", dir.resolve("x").toString(),
        "--format", "xml");
    assertEquals(0, sj.code(), sj.err());
    assertEquals(0, sx.code(), sx.err());
    assertTrue(Files.isDirectory(dir.resolve("x/dmfa-xml")));
    Run cj = Run.of("calculate", "--year", "2023", "--persons", dir.resolve("j/persons.csv").toString(), "--dmfa",
        dir.resolve("j/dmfa.jsonl").toString(), "--out", dir.resolve("rj.jsonl").toString());
    Run cx = Run.of("calculate", "--year", "2023", "--persons", dir.resolve("x/persons.csv").toString(), "--dmfa-xml",
        dir.resolve("x/dmfa-xml").toString(), "--out", dir.resolve("rx.jsonl").toString(), "--rejects",
        dir.resolve("rejx.jsonl").toString());
    assertEquals(0, cj.code(), cj.err());
    assertEquals(0, cx.code(), cx.err());
    assertArrayEquals(Files.readAllBytes(dir.resolve("rj.jsonl")), Files.readAllBytes(dir.resolve("rx.jsonl")));
    Run again = Run.of("simulate", "--year", "2023", "--workers", "10", "--write", dir.resolve("x").toString(),
        "--format", "xml");
    assertEquals(2, again.code(), "a directory holding a population needs --replace");
    Run bad = Run.of("simulate", "--year", "2023", "--workers", "10", "--write", dir.resolve("y").toString(),
        "--format", "csv");
    assertEquals(2, bad.code());
  }
}
