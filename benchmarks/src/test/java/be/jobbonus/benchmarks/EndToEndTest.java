package be.jobbonus.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarked file run pays every person of the population what the library pays the same
 * worker given as objects (derivation, then calculator), and refuses a person whose line is bad.
 */
class EndToEndTest {

  @Test
  void theFileRunPaysWhatTheObjectsPay(@TempDir Path dir) throws Exception {
    EndToEnd.generate(dir, 2_000, 2024, 3);
    EndToEnd.Stats k = EndToEnd.calculate(dir, 2024, dir.resolve("k.jsonl"));
    assertEquals(0, k.rejects());
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Long> paid = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("k.jsonl"))) {
      JsonNode n = mapper.readTree(line);
      paid.put(n.get("insz").asString(), Math.round(Double.parseDouble(n.get("total").asString()) * 100));
    }
    SyntheticPopulation pop = SyntheticPopulation.of(3, 2024);
    JobbonusCalculator calc = JobbonusCalculator.official();
    DmfaDerivation derivation = DmfaDerivation.of(ParameterSets.official());
    long total = 0;
    for (int i = 0; i < 2_000; i++) {
      SyntheticWorker w = pop.worker(i);
      JobbonusResult r = calc.calculate(w.person(), 2024, derivation.derive(w.lines()).inputs());
      assertEquals(r.totalCents(), paid.get(w.person().insz().digits()), "person " + i);
      total += r.totalCents();
    }
    assertEquals(2_000, paid.size());
    assertEquals(total, k.totalCents());
  }

  @Test
  void aBadLineRefusesItsPerson(@TempDir Path dir) throws Exception {
    EndToEnd.generate(dir, 300, 2024, 5);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("dmfa.jsonl")));
    lines.set(10, lines.get(10).replace("\"quarter\":\"2024Q", "\"quarter\":\"2023Q"));
    Files.write(dir.resolve("dmfa.jsonl"), lines);
    EndToEnd.Stats k = EndToEnd.calculate(dir, 2024, dir.resolve("k.jsonl"));
    assertTrue(k.rejects() > 1, "the person's lines and record are refused");
    assertEquals(299, k.persons());
  }
}
