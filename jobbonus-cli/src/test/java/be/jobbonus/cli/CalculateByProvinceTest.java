package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calculate} with the optional postal code: the same results, the totals per province. */
class CalculateByProvinceTest {

  static final String A = "85073003328";
  static final String B = "90021514251";

  @Test
  void totalsPerProvinceAndTheSameResults(@TempDir Path tmp) throws Exception {
    Path quarters = Files.writeString(tmp.resolve("quarters.csv"), "insz,quarter,wage_cents,work_fraction,regime\n"
        + A + ",2024Q1,600000,1,FULL_TIME\n" + B + ",2024Q2,540000,1,FULL_TIME\n");
    Path plain = Files.writeString(tmp.resolve("plain.csv"), "insz,last_name,first_name,birth_date,statuut,residence\n"
        + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION\n" + B + ",Janssens,Sofie,,EMPLOYEE,FLEMISH_REGION\n");
    Path placed = Files.writeString(tmp.resolve("placed.csv"),
        "insz,last_name,first_name,birth_date,statuut,residence,postal_code\n"
            + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION,8500\n" + B + ",Janssens,Sofie,,EMPLOYEE,FLEMISH_REGION,\n");
    Run a = Run.of("calculate", "--year", "2024", "--persons", plain.toString(), "--quarters", quarters.toString(),
        "--out", tmp.resolve("a.jsonl").toString(), "--rejects", tmp.resolve("ar.jsonl").toString());
    Run b = Run.of("calculate", "--year", "2024", "--persons", placed.toString(), "--quarters", quarters.toString(),
        "--out", tmp.resolve("b.jsonl").toString(), "--rejects", tmp.resolve("br.jsonl").toString());
    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a.jsonl")), Files.readAllBytes(tmp.resolve("b.jsonl")));
    assertFalse(a.out().contains("no province"), a.out());
    List<String> lines = b.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.matches("  West-Vlaanderen +1 persons: 1 payable, total paid \\d+\\.\\d\\d euro")),
        b.out());
    assertTrue(lines.contains("  no province      1 persons (no postal code, or one outside the Flemish Region)"), b.out());
  }

  @Test
  void aContradictingPostalCodeIsARejectWithExitCode1(@TempDir Path tmp) throws Exception {
    Path quarters = Files.writeString(tmp.resolve("quarters.csv"), "insz,quarter,wage_cents,work_fraction,regime\n"
        + A + ",2024Q1,600000,1,FULL_TIME\n");
    Path persons = Files.writeString(tmp.resolve("persons.csv"),
        "insz,last_name,first_name,birth_date,statuut,residence,postal_code\n" + A + ",Peeters,An,,EMPLOYEE,BRUSSELS_REGION,2000\n");
    Run r = Run.of("calculate", "--year", "2024", "--persons", persons.toString(), "--quarters", quarters.toString(),
        "--out", tmp.resolve("r.jsonl").toString(), "--rejects", tmp.resolve("rr.jsonl").toString());
    assertEquals(1, r.code(), r.out() + r.err());
    String rejects = Files.readString(tmp.resolve("rr.jsonl"));
    assertTrue(rejects.contains("\"field\":\"postal_code\""), rejects);
    assertTrue(rejects.contains("lies in the Flemish Region but residence is BRUSSELS_REGION"), rejects);
    assertFalse(rejects.contains(A), "INSZ in clear: " + rejects);
  }
}
