package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Region;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RunCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional {@code postal_code} column of persons.csv: the same results with or without it, the
 * province of each person computed, and a code that contradicts the residence refused.
 */
class PostalCodeColumnTest {

  static final String A = "85073003328";
  static final String B = "90021514251";
  static final String QUARTERS = "insz,quarter,wage_cents,work_fraction,regime\n"
      + A + ",2024Q1,600000,1,FULL_TIME\n" + B + ",2024Q2,540000,1,FULL_TIME\n";

  @TempDir
  Path dir;

  final List<Reject> rejects = new ArrayList<>();

  record Ran(RunCounts counts, byte[] results, CalculateRun run) {}

  Ran run(String persons) throws IOException {
    Path p = Files.write(dir.resolve("persons.csv"), persons.getBytes(StandardCharsets.UTF_8));
    Path q = Files.write(dir.resolve("quarters.csv"), QUARTERS.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CalculateRun run = new CalculateRun(ParameterSets.official(), 2024);
    RunCounts c = run.calculate(p, "persons.csv", q, "quarters.csv", InputKind.QUARTERS, out, "results.jsonl", rejects::add);
    return new Ran(c, out.toByteArray(), run);
  }

  @Test
  void theColumnIsOptionalAndChangesNoResult() throws IOException {
    Ran without = run("insz,last_name,first_name,birth_date,statuut,residence\n"
        + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION\n" + B + ",Janssens,Sofie,,EMPLOYEE,FLEMISH_REGION\n");
    Ran with = run("insz,last_name,first_name,birth_date,statuut,residence,postal_code\n"
        + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION,2000\n" + B + ",Janssens,Sofie,,EMPLOYEE,FLEMISH_REGION,\n");
    assertEquals(List.of(), rejects);
    assertArrayEquals(without.results(), with.results(), "results.jsonl does not depend on the postal code");
    assertEquals(0, without.run().personsWithPostalCode());
    assertEquals(List.of(), without.run().byProvince());
    assertEquals(1, with.run().personsWithPostalCode());
    List<CalculateRun.ProvinceCounts> by = with.run().byProvince();
    assertEquals(1, by.size());
    assertEquals(Region.Province.ANTWERPEN, by.get(0).province());
    assertEquals(1, by.get(0).persons());
    assertEquals(1, by.get(0).payable());
    assertTrue(by.get(0).totalCents() > 0);
    // the column may come anywhere, in any case
    Ran moved = run("postal_code,INSZ,last_name,first_name,birth_date,statuut,residence\n"
        + "9000," + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION\n1000," + B + ",Janssens,Sofie,,EMPLOYEE,BRUSSELS_REGION\n");
    assertEquals(List.of(), rejects);
    assertEquals(Region.Province.OOST_VLAANDEREN, moved.run().byProvince().get(0).province());
    assertEquals(2, moved.run().personsWithPostalCode(), "a Brussels code is known but has no province");
  }

  @Test
  void aCodeThatContradictsTheResidenceIsRefused() throws IOException {
    Ran r = run("insz,last_name,first_name,birth_date,statuut,residence,postal_code\n"
        + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION,4000\n" + B + ",Janssens,Sofie,,EMPLOYEE,ABROAD,9000\n");
    assertEquals(2, r.counts().personsRejected());
    List<Reject> persons = rejects.stream().filter(x -> x.file().equals("persons.csv")).toList();
    assertEquals(2, persons.size(), rejects::toString);
    Reject walloon = persons.get(0);
    assertEquals("postal_code", walloon.field());
    assertTrue(walloon.reason().contains("lies in the Walloon Region but residence is FLEMISH_REGION"), walloon.reason());
    Reject abroad = persons.get(1);
    assertTrue(abroad.reason().contains("lies in the Flemish Region but residence is ABROAD"), abroad.reason());
    for (Reject j : rejects) {
      String all = j.toString() + j.reason() + j.insz();
      assertFalse(all.contains(A) || all.contains(B), "INSZ in clear: " + all);
      assertFalse(j.reason().contains("4000") || j.reason().contains("9000"), "the code itself is not repeated: " + j.reason());
    }
  }

  @Test
  void aCodeOfAnotherFormIsRefused() throws IOException {
    for (String bad : List.of("0999", "10000", "12a4", "B-2000", "999")) {
      rejects.clear();
      run("insz,last_name,first_name,birth_date,statuut,residence,postal_code\n"
          + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION," + bad + "\n");
      List<Reject> persons = rejects.stream().filter(x -> x.file().equals("persons.csv")).toList();
      assertEquals(1, persons.size(), bad);
      assertEquals("postal_code", persons.get(0).field(), bad);
      assertTrue(persons.get(0).reason().contains("four digits"), persons.get(0).reason());
    }
  }

  @Test
  void anotherExtraColumnIsStillRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(be.jobbonus.io.InputFileException.class,
        () -> run("insz,last_name,first_name,birth_date,statuut,residence,zip\n" + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION,2000\n"));
  }
}
