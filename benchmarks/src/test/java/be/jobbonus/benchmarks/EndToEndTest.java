package be.jobbonus.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fast end-to-end path writes the reference path's amounts, person by person, and the same bytes. */
class EndToEndTest {

  @Test
  void fastPathWritesTheReferenceBytes(@TempDir Path dir) throws Exception {
    EndToEnd.generate(dir, 2_000, 2024, 3);
    EndToEnd.Stats k = EndToEnd.fast(dir, 2024, dir.resolve("k.jsonl"));
    assertEquals("fast", k.path());
    compare(dir, k);
    assertEquals(-1, Files.mismatch(dir.resolve("r.jsonl"), dir.resolve("k.jsonl")), "same bytes");
  }

  @Test
  void fastPathRefusesWhatTheReferenceRefuses(@TempDir Path dir) throws Exception {
    EndToEnd.generate(dir, 300, 2024, 5);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("dmfa.jsonl")));
    lines.set(10, lines.get(10).replace("\"quarter\":\"2024Q", "\"quarter\":\"2023Q"));
    Files.write(dir.resolve("dmfa.jsonl"), lines);
    EndToEnd.Stats k = EndToEnd.fast(dir, 2024, dir.resolve("k.jsonl"));
    assertTrue(k.rejects() > 0, "the person's lines are refused");
    EndToEnd.Stats r = EndToEnd.reference(dir, 2024, dir.resolve("r.jsonl"));
    assertEquals(r.totalCents(), k.totalCents());
    assertEquals(r.persons(), k.persons(), "people in the results");
    assertEquals(r.rejects(), k.rejects(), "rejected records and people");
    assertEquals(-1, Files.mismatch(dir.resolve("r.jsonl"), dir.resolve("k.jsonl")), "same bytes");
  }

  static void compare(Path dir, EndToEnd.Stats k) throws Exception {
    EndToEnd.Stats r = EndToEnd.reference(dir, 2024, dir.resolve("r.jsonl"));
    assertEquals(0, k.rejects());
    assertEquals(0, r.rejects());
    assertEquals(r.lines(), k.lines());
    assertEquals(r.persons(), k.persons());
    assertEquals(r.totalCents(), k.totalCents());
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, JsonNode> ref = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("r.jsonl"))) {
      JsonNode n = mapper.readTree(line);
      ref.put(n.get("insz").asString(), n);
    }
    List<String> kernelLines = Files.readAllLines(dir.resolve("k.jsonl"));
    assertEquals(ref.size(), kernelLines.size());
    int payable = 0;
    for (String line : kernelLines) {
      JsonNode n = mapper.readTree(line);
      JsonNode e = ref.get(n.get("insz").asString());
      for (String f : new String[] {"eligible", "base", "fixedIncrease", "total", "payable", "parameters", "statuut"}) {
        assertEquals(e.get(f), n.get(f), f);
      }
      assertEquals(e.get("quarters").size(), n.get("quarters").size());
      for (int i = 0; i < e.get("quarters").size(); i++) {
        for (String f : new String[] {"quarter", "counted", "workFraction", "wage", "referenceMonthlyWage", "baseAmount", "amount"}) {
          assertEquals(e.get("quarters").get(i).get(f), n.get("quarters").get(i).get(f), f);
        }
      }
      List<String> codes = e.get("reasons").valueStream().map(x -> x.get("code").asString() + x.path("quarter").asString("")).toList();
      List<String> kernelCodes = n.get("reasons").valueStream().map(x -> x.get("code").asString() + x.path("quarter").asString("")).toList();
      assertEquals(codes, kernelCodes, "reasons");
      payable += n.get("payable").asBoolean() ? 1 : 0;
    }
    assertTrue(payable > 500, "payable: " + payable);
  }
}
