package be.jobbonus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.io.internal.RejectsWriter;
import be.jobbonus.rules.message.VlabelMessage;
import be.jobbonus.rules.message.VlabelMessageReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VlabelNotifierTest {

  /** A complete results.jsonl line (one quarter), with fields the notifier must not send. */
  static final String PAYABLE = "{\"insz\":\"85073003328\",\"lastName\":\"Peeters\",\"firstName\":\"An\","
      + "\"referenceYear\":2024,\"statuut\":\"EMPLOYEE\",\"eligible\":true,\"reasons\":[],"
      + "\"quarters\":[{\"quarter\":\"2024Q1\",\"workFraction\":\"1.00\",\"wage\":\"6000.00\","
      + "\"referenceMonthlyWage\":\"2000.00\",\"baseAmount\":\"162.50\",\"amount\":\"162.50\",\"counted\":true}],"
      + "\"base\":\"162.50\",\"fixedIncrease\":\"50.00\",\"total\":\"212.50\",\"payable\":true,"
      + "\"parameters\":\"official-2024\"}";

  static final String NOT_PAYABLE = "{\"insz\":\"90010100123\",\"lastName\":\"Janssens\",\"firstName\":\"Bo\","
      + "\"referenceYear\":2024,\"statuut\":\"EMPLOYEE\",\"eligible\":false,"
      + "\"reasons\":[{\"code\":\"RESIDENCE\",\"article\":\"decree 20 May 2022 art. 4\",\"message\":\"x\"}],"
      + "\"quarters\":[{\"quarter\":\"2024Q1\",\"workFraction\":\"0\",\"wage\":\"0.00\","
      + "\"referenceMonthlyWage\":null,\"baseAmount\":\"0.00\",\"amount\":\"0.00\",\"counted\":false}],"
      + "\"base\":\"0.00\",\"fixedIncrease\":\"0.00\",\"total\":\"0.00\",\"payable\":false,"
      + "\"parameters\":\"official-2024\"}";

  static NotifyReport run(String input, StringWriter out) {
    return VlabelNotifier.notify(new StringReader(input), "results.jsonl", out);
  }

  @Test
  void art3_notifySendsOnlyPayablePersonsWithOnlyArticle3Fields() {
    StringWriter out = new StringWriter();
    NotifyReport rep = run(PAYABLE + "\n" + NOT_PAYABLE + "\n", out);
    assertEquals(2, rep.records());
    assertEquals(1, rep.sent());
    assertEquals(1, rep.notPayable());
    assertFalse(rep.hasRejects());
    String[] lines = out.toString().split("\n");
    assertEquals(1, lines.length);
    VlabelMessage m = VlabelMessageReader.read(lines[0]);
    assertEquals(21250, m.totalCents());
    assertEquals(16250, m.quarters().get(0).amountCents());
    assertEquals("{\"insz\":\"85073003328\",\"lastName\":\"Peeters\",\"firstName\":\"An\",\"statuut\":\"EMPLOYEE\","
        + "\"referenceYear\":2024,\"total\":\"212.50\",\"quarters\":[{\"quarter\":\"2024Q1\",\"workFraction\":\"1.00\","
        + "\"wage\":\"6000.00\",\"referenceMonthlyWage\":\"2000.00\",\"baseAmount\":\"162.50\",\"amount\":\"162.50\"}]}",
        lines[0]);
    for (String leaked : List.of("eligible", "fixedIncrease", "official-2024", "counted", "reasons", "Janssens")) {
      assertFalse(out.toString().contains(leaked), leaked);
    }
  }

  @Test
  void art3_notifyRejectsMalformedLinesWithLineFieldReasonAndMaskedInsz() {
    String missingWage = PAYABLE.replace("\"wage\":\"6000.00\",", "");
    String numberTotal = PAYABLE.replace("\"total\":\"212.50\"", "\"total\":700");
    String badInsz = PAYABLE.replace("85073003328", "85073003329");
    String inconsistent = PAYABLE.replace("\"total\":\"212.50\"", "\"total\":\"0.00\"");
    StringWriter out = new StringWriter();
    NotifyReport rep = run(String.join("\n", PAYABLE, missingWage, "", numberTotal, PAYABLE + " {}", badInsz,
        inconsistent, PAYABLE), out);
    assertEquals(7, rep.records());
    assertEquals(1, rep.sent());
    assertEquals(6, rep.rejects().size());
    Reject r0 = rep.rejects().get(0);
    assertEquals("results.jsonl", r0.file());
    assertEquals(2, r0.line());
    assertEquals("quarters[0].wage", r0.field());
    assertEquals("missing field", r0.reason());
    assertEquals("850730*****", r0.insz());
    assertEquals(4, rep.rejects().get(1).line());
    assertEquals("total", rep.rejects().get(1).field());
    assertTrue(rep.rejects().get(1).reason().startsWith("wrong type"));
    assertEquals("$", rep.rejects().get(2).field());
    assertEquals("", rep.rejects().get(2).insz());
    assertEquals("insz", rep.rejects().get(3).field());
    assertEquals("850730*****", rep.rejects().get(3).insz());
    assertEquals("total", rep.rejects().get(4).field());
    assertEquals(8, rep.rejects().get(5).line());
    assertTrue(rep.rejects().get(5).reason().contains("line 1"), "duplicate person is not sent twice");
    for (Reject r : rep.rejects()) {
      String all = RejectsWriter.toJson(r) + r;
      assertFalse(all.contains("85073003328") || all.contains("85073003329") || all.contains("Peeters")
          || all.contains("6000"), all);
    }
    assertEquals("{\"file\":\"results.jsonl\",\"line\":2,\"field\":\"quarters[0].wage\",\"insz\":\"850730*****\","
        + "\"reason\":\"missing field\"}", RejectsWriter.toJson(r0));
    assertEquals("7 records: 1 sent, 0 not payable, 6 rejected", rep.summary());
  }

  @Test
  void art3_notifyFilesWritesOutputAtomically(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("results.jsonl");
    Path out = dir.resolve("vlabel.jsonl");
    Files.writeString(in, PAYABLE + "\n" + NOT_PAYABLE + "\n");
    Files.writeString(out, "old content\n");
    NotifyReport rep = VlabelNotifier.notify(in, out);
    assertEquals(1, rep.sent());
    List<String> lines = Files.readAllLines(out);
    assertEquals(1, lines.size());
    assertEquals(VlabelMessageReader.read(lines.get(0)).insz().digits(), "85073003328");
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void art3_notifyNeedsNamesOnlyForPayablePersons() {
    StringWriter out = new StringWriter();
    NotifyReport rep = run(NOT_PAYABLE.replace("\"Janssens\"", "\"\"") + "\n" + PAYABLE.replace("\"Peeters\"", "\" \""),
        out);
    assertEquals(1, rep.notPayable());
    assertEquals(1, rep.rejects().size());
    assertEquals("lastName", rep.rejects().get(0).field());
    assertEquals("must not be blank", rep.rejects().get(0).reason());
    assertEquals("", out.toString());
  }
}
