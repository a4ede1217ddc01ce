package be.jobbonus.scenarios.reform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReformReportTest {

  @Test
  void twoRunsWriteByteIdenticalReports(@TempDir Path tmp) throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    List<Path> a = ReformReport.of(ReformComparison.run(QuarterPopulation.of(2022, 1_500, 42),
        ReformComparisonTest.reform("name: r\nparameters:\n  periods[2022-07-01].upperLimit: \"3099.99\"\n")))
        .write(one);
    List<Path> b = ReformReport.of(ReformComparison.run(QuarterPopulation.of(2022, 1_500, 42),
        ReformComparisonTest.reform("name: r\nparameters:\n  periods[2022-07-01].upperLimit: \"3099.99\"\n")))
        .write(two);
    assertEquals(4, a.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).getFileName(), b.get(i).getFileName());
      assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
    }
    for (Path p : a.subList(1, 4)) {
      byte[] png = Files.readAllBytes(p);
      assertEquals((byte) 0x89, png[0]);
      assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
      String chunks = new String(png, StandardCharsets.ISO_8859_1);
      assertFalse(chunks.contains("tIME"), "PNG carries a time chunk: " + p);
    }
    String md = Files.readString(a.get(0));
    assertTrue(md.contains("| `periods[2022-07-01].upperLimit` | 2899.99 | 3099.99 |"), md);
    assertTrue(md.contains("![Amount curve](amount-curve.png)"), md);
    assertTrue(md.contains("### Largest gain"), md);
  }

  /** The quarter population's members, each given a residence (postal code) and a segment by its position. */
  record Placed(QuarterPopulation base) implements Population {
    static final int[] CODES = {2000, 3500, 9000, 3000, 8000, 1000};

    @Override
    public int referenceYear() {
      return base.referenceYear();
    }

    @Override
    public String description() {
      return "placed " + base.description();
    }

    @Override
    public java.util.stream.Stream<PersonYear> members() {
      return java.util.stream.IntStream.range(0, 1_200).mapToObj(k -> {
        PersonYear m = base.member(k);
        int code = CODES[k % CODES.length];
        be.jobbonus.core.Person p = m.person().withResidence(be.jobbonus.core.Region.ofPostalCode(code)).withPostalCode(code);
        return PersonYear.of(p, m.quarters()).withSegment(k % 2 == 0 ? "even" : "odd");
      });
    }
  }

  @Test
  void winnersAndLosersByProvinceAndSegment(@TempDir Path tmp) throws Exception {
    ReformComparison c = ReformComparison.run(new Placed(QuarterPopulation.of(2022, 1_200, 42)),
        ReformComparisonTest.reform("name: r\nparameters:\n  periods[2022-07-01].upperLimit: \"3099.99\"\n"));
    assertEquals(5, c.byProvince().size(), "the Brussels members have no province");
    long persons = c.byProvince().values().stream().mapToLong(ReformComparison.Band::persons).sum();
    assertEquals(1_000, persons);
    long diff = c.byProvince().values().stream().mapToLong(ReformComparison.Band::differenceCents).sum();
    long brussels = c.budgetDifferenceCents() - diff;
    assertTrue(brussels >= 0 && c.budgetDifferenceCents() > 0);
    assertEquals(List.of("even", "odd"), List.copyOf(c.bySegment().keySet()));
    assertEquals(c.budgetDifferenceCents(), c.bySegment().values().stream().mapToLong(ReformComparison.Band::differenceCents).sum());
    for (ReformComparison.Band b : c.bySegment().values()) {
      assertEquals(b.differenceCents(), b.gainCents() - b.lossCents());
    }
    List<Path> files = ReformReport.of(c).write(tmp);
    assertEquals(5, files.size());
    assertEquals(ReformReport.PROVINCE_PNG, files.get(4).getFileName().toString());
    String md = Files.readString(files.get(0));
    assertTrue(md.contains("## By province"), md);
    assertTrue(md.contains("| Oost-Vlaanderen | "), md);
    assertTrue(md.contains("## By segment"), md);
    assertTrue(md.contains("![Winners and losers by province](winners-losers-by-province.png)"), md);
    String text = ReformReport.of(c).toText();
    assertTrue(text.contains("province (residence)"), text);
    // without residences nor segments the report is as before: no such section, no fifth file
    ReformComparison plain = ReformComparison.run(QuarterPopulation.of(2022, 300, 42),
        ReformComparisonTest.reform("name: r\nparameters:\n  periods[2022-07-01].upperLimit: \"3099.99\"\n"));
    assertFalse(ReformReport.of(plain).toMarkdown().contains("## By province"));
    assertFalse(ReformReport.of(plain).toText().contains("province (residence)"));
  }

  @Test
  void theReportOfANullReformSaysEveryDifferenceIsZero() {
    ReformComparison c = ReformComparison.run(QuarterPopulation.of(2024, 500, 1),
        be.jobbonus.scenarios.Reform.none(be.jobbonus.core.parameters.ParameterSets.official()));
    String md = ReformReport.of(c).toMarkdown();
    assertTrue(md.contains("None: the reform is the official rules"), md);
    assertTrue(md.contains("Nobody gains or loses."), md);
    String text = ReformReport.of(c).toText();
    assertTrue(text.contains("Winners: 0 persons gain 0.00 in all"), text);
  }

  @Test
  void aChangeForAnotherYearIsPointedOut() {
    ReformComparison c = ReformComparison.run(QuarterPopulation.of(2023, 200, 1), ReformComparisonTest.reform(
        "name: r\nparameters:\n  periods[2024-01-01].upperLimit: \"3499.99\"\n"
            + "  referenceYears[2023].fixedIncrease: \"60.00\"\n"));
    String text = ReformReport.of(c).toText();
    assertTrue(text.contains("Note: the change periods[2024-01-01].upperLimit does not concern reference year 2023"), text);
    assertFalse(text.contains("Note: the change referenceYears[2023]"), text);
    assertEquals(1_000 * c.reformed().beneficiaries(), c.budgetDifferenceCents());
  }

}
