package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.notice.Notices;
import be.jobbonus.rules.message.VlabelMessageReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: calculate, notify, notices; and explain --lang. */
class NoticesCommandTest {

  @TempDir
  Path dir;

  private Path messages() throws Exception {
    Examples.copy(dir);
    Path results = dir.resolve("results.jsonl");
    Run calc = Run.of("calculate", "--year", "2024", "--persons", dir.resolve("persons.csv").toString(),
        "--quarters", dir.resolve("quarters.csv").toString(), "--out", results.toString(),
        "--rejects", dir.resolve("rejects.jsonl").toString());
    assertTrue(calc.code() <= 1, calc.err());
    Path vlabel = dir.resolve("vlabel.jsonl");
    assertEquals(0, Run.of("notify", "--results", results.toString(), "--out", vlabel.toString()).code());
    return vlabel;
  }

  @Test
  void oneNoticePerMessageThatTheLibraryWouldMake() throws Exception {
    Path vlabel = messages();
    List<String> lines = Files.readAllLines(vlabel);
    Path out = dir.resolve("notices");
    Run r = Run.of("notices", "--messages", vlabel.toString(), "--out", out.toString(), "--date", "2025-11-03");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("vlabel.jsonl: " + lines.size() + " notices (html, nl) in "), r.out());
    List<String> names;
    try (Stream<Path> s = Files.list(out)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(lines.size() + 1, names.size(), names.toString());
    for (String n : names) {
      assertTrue(n.matches("notice-\\d{6}\\.html|index\\.csv"), n);
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(n))));
    }
    assertEquals(Notices.dutch().dated(java.time.LocalDate.of(2025, 11, 3)).html(VlabelMessageReader.read(lines.get(0))),
        Files.readString(out.resolve("notice-000001.html"), StandardCharsets.UTF_8));
    assertFalse(r.out().contains(VlabelMessageReader.read(lines.get(0)).insz().digits()), "no INSZ printed");
  }

  @Test
  void fromResultsAsPdf() throws Exception {
    messages();
    Path out = dir.resolve("pdf");
    Run r = Run.of("notices", "--results", dir.resolve("results.jsonl").toString(), "--out", out.toString(),
        "--format", "pdf");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readAllBytes(out.resolve("notice-000001.pdf")).length > 1000);
    assertEquals(Files.readAllLines(dir.resolve("vlabel.jsonl")).size() + 1,
        Files.readAllLines(out.resolve("index.csv")).size());
  }

  @Test
  void usageErrorsNameTheOption() throws Exception {
    Path vlabel = messages();
    Run format = Run.of("notices", "--messages", vlabel.toString(), "--out", dir.resolve("n").toString(), "--format", "docx");
    assertEquals(2, format.code());
    assertTrue(format.err().contains("--format: give html or pdf, not 'docx'"), format.err());
    Run lang = Run.of("notices", "--messages", vlabel.toString(), "--out", dir.resolve("n").toString(), "--lang", "de");
    assertEquals(2, lang.code());
    assertTrue(lang.err().contains("--lang: give nl, en or fr, not 'de'"), lang.err());
    Run inside = Run.of("notices", "--messages", vlabel.toString(), "--out", dir.toString());
    assertEquals(2, inside.code());
    assertTrue(inside.err().contains("an input is never overwritten"), inside.err());
    Run file = Run.of("notices", "--messages", vlabel.toString(), "--out", vlabel.toString());
    assertEquals(2, file.code());
    Run both = Run.of("notices", "--messages", vlabel.toString(), "--results", vlabel.toString(), "--out", "x");
    assertEquals(2, both.code());
    assertFalse(Files.exists(dir.resolve("n")), "nothing written on a usage error");
  }

  @Test
  void explainInDutch() throws Exception {
    Examples.copy(dir);
    Run nl = Run.of("explain", "--lang", "nl", "--year", "2024", "--insz", "90021514251", "--persons",
        dir.resolve("persons.csv").toString(), "--quarters", dir.resolve("quarters.csv").toString());
    assertEquals(0, nl.code(), nl.err());
    assertTrue(nl.out().contains("Jobbonus voor refertejaar 2024"), nl.out());
    assertTrue(nl.out().contains("refertemaandloon S = W / 3 / µ = € "), nl.out());
    Run en = Run.of("explain", "--year", "2024", "--insz", "90021514251", "--persons",
        dir.resolve("persons.csv").toString(), "--quarters", dir.resolve("quarters.csv").toString());
    assertTrue(en.out().contains("Jobbonus for reference year 2024"), en.out());
    Run de = Run.of("explain", "--lang", "de", "--year", "2024", "--insz", "90021514251", "--persons",
        dir.resolve("persons.csv").toString(), "--quarters", dir.resolve("quarters.csv").toString());
    assertEquals(2, de.code());
    assertTrue(de.err().contains("--lang: give en, nl or fr, not 'de'"), de.err());
  }

  @Test
  void explainInFrench() throws Exception {
    Examples.copy(dir);
    Run fr = Run.of("explain", "--lang", "fr", "--year", "2024", "--insz", "90021514251", "--persons",
        dir.resolve("persons.csv").toString(), "--quarters", dir.resolve("quarters.csv").toString());
    assertEquals(0, fr.code(), fr.err());
    assertTrue(fr.out().contains("Jobbonus pour l'année de référence 2024"), fr.out());
    assertTrue(fr.out().contains("salaire mensuel de référence S = W / 3 / µ = "), fr.out());
    assertTrue(fr.out().contains("\u00a0€"), fr.out());
  }
}
