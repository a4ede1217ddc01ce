package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.rules.message.VlabelMessage;
import be.jobbonus.rules.message.VlabelMessageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** End-to-end: calculate, then notify; only protocol art. 3 fields reach vlabel.jsonl. */
class NotifyCommandTest {

  static final Set<String> PERSON_KEYS =
      Set.of("insz", "lastName", "firstName", "statuut", "referenceYear", "total", "quarters");
  static final Set<String> QUARTER_KEYS =
      Set.of("quarter", "workFraction", "wage", "referenceMonthlyWage", "baseAmount", "amount");

  @TempDir
  Path dir;

  @Test
  void art3_notifySendsEveryPayablePersonWithExactlyTheAllowedFields() throws IOException {
    Examples.copy(dir);
    Path results = dir.resolve("results.jsonl");
    Run calc = Run.of("calculate", "--year", "2024", "--persons", dir.resolve("persons.csv").toString(),
        "--dmfa", dir.resolve("dmfa.jsonl").toString(), "--out", results.toString(),
        "--rejects", dir.resolve("rejects.jsonl").toString());
    assertEquals(1, calc.code(), calc.err());
    long payable = CommandLineTest.jsonl(results).stream().filter(r -> r.get("payable").asBoolean()).count();
    assertTrue(payable > 0);

    Path out = dir.resolve("vlabel.jsonl");
    Run notify = Run.of("notify", "--results", results.toString(), "--out", out.toString());
    assertEquals(0, notify.code(), notify.err());
    List<JsonNode> messages = CommandLineTest.jsonl(out);
    assertEquals(payable, messages.size());
    for (JsonNode m : messages) {
      assertEquals(PERSON_KEYS, new HashSet<>(m.propertyNames()));
      for (JsonNode q : m.get("quarters")) {
        assertEquals(QUARTER_KEYS, new HashSet<>(q.propertyNames()));
      }
    }
    // the receiving side's strict reader accepts what we send
    for (String line : Files.readAllLines(out)) {
      VlabelMessage msg = VlabelMessageReader.read(line);
      assertEquals(2024, msg.referenceYear());
    }
    assertTrue(notify.out().contains(payable + " sent"), notify.out());
  }

  @Test
  void brokenResultLinesAreRejectedWithExitCode1() throws IOException {
    Path results = dir.resolve("results.jsonl");
    Files.writeString(results, "{not json\n");
    Run notify = Run.of("notify", "--results", results.toString(), "--out", dir.resolve("v.jsonl").toString());
    assertEquals(1, notify.code(), notify.err());
    assertEquals(1, CommandLineTest.jsonl(dir.resolve("vlabel-rejects.jsonl")).size());
  }

  @Test
  void missingResultsFileIsAUsageError() {
    Run notify = Run.of("notify", "--results", dir.resolve("nope.jsonl").toString(), "--out", dir.resolve("v.jsonl").toString());
    assertEquals(2, notify.code());
    assertTrue(notify.err().contains("--results"), notify.err());
    assertTrue(!notify.err().contains("Exception"), notify.err());
  }
}
