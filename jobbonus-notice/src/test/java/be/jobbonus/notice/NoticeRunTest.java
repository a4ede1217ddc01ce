package be.jobbonus.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.RunCounts;
import be.jobbonus.rules.message.VlabelMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notices of a file: one owner-only file per person, named without the INSZ, and the index. */
class NoticeRunTest {

  private static VlabelMessage other() {
    Person jan = Person.of(Insz.parse("90021514251"), "Janssens", "Jan, jr.", Statuut.CIVIL_SERVANT,
        Region.FLEMISH_REGION);
    return VlabelMessage.from(JobbonusCalculator.official().calculate(jan, 2024, List.of(
        QuarterInput.of(YearQuarter.of(2024, 1), 600_000, "1", Regime.FULL_TIME))));
  }

  @Test
  void oneOwnerOnlyFilePerPersonNamedBySequenceAndAnIndex(@TempDir Path dir) throws Exception {
    Path messages = dir.resolve("vlabel.jsonl");
    Files.writeString(messages, PublishedExample.message().toJson() + "\n{\"insz\":\"1\"}\n\n" + other().toJson() + "\n");
    Path out = dir.resolve("notices");
    NoticeRun.Report r = NoticeRun.fromMessages(messages, out, NoticeFormat.HTML, Notices.dutch());
    assertEquals(2, r.written());
    assertEquals(1, r.rejects().size());
    assertEquals(2, r.rejects().get(0).line());
    List<String> names;
    try (Stream<Path> s = Files.list(out)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("index.csv", "notice-000001.html", "notice-000002.html"), names);
    for (String n : names) {
      assertFalse(n.contains("85073003328") || n.contains("90021514251"), n);
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(n))), n);
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertEquals("file,insz,lastName,firstName,referenceYear\n"
        + "notice-000001.html,85073003328,Peeters,An,2021\n"
        + "notice-000002.html,90021514251,Janssens,\"Jan, jr.\",2024\n",
        Files.readString(out.resolve("index.csv")));
    assertTrue(Files.readString(out.resolve("notice-000002.html"), StandardCharsets.UTF_8).contains("Jan, jr. Janssens"));
    assertEquals(Notices.dutch().html(PublishedExample.message()),
        Files.readString(out.resolve("notice-000001.html"), StandardCharsets.UTF_8), "the same as the library call");
  }

  @Test
  void fromResultsAsNotifyMakesTheMessages(@TempDir Path dir) throws Exception {
    Path examples = Path.of("..", "examples");
    Path results = dir.resolve("results.jsonl");
    RunCounts counts = new CalculateRun(ParameterSets.official(), 2024).calculate(examples.resolve("persons.csv"),
        InputKind.QUARTERS, List.of(examples.resolve("quarters.csv")), results, dir.resolve("rejects.jsonl"));
    assertTrue(counts.payable() > 0 && counts.payable() < counts.personsInResults());
    Files.writeString(results, Files.readString(results) + "not json\n");
    NoticeRun.Report r = NoticeRun.fromResults(results, dir.resolve("out"), NoticeFormat.PDF, Notices.dutch());
    assertEquals(counts.payable(), r.written(), "a notice for every payable person, none for the others");
    assertEquals(1, r.rejects().size(), r.rejects().toString());
    assertEquals(counts.personsInResults() + 1, r.rejects().get(0).line());
    assertTrue(Files.size(dir.resolve("out/notice-000001.pdf")) > 1000);
    assertEquals(counts.payable() + 1, Files.readAllLines(dir.resolve("out/index.csv")).size());
  }
}
