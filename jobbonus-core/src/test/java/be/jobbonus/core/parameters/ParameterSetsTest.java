package be.jobbonus.core.parameters;

import be.jobbonus.testing.YearsUnderTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterSetsTest {

  static final ParameterSet OFFICIAL = ParameterSets.official();

  /** From reference year 2021 (the decree's first) every year without a gap, each with its rules; none after. */
  @Test
  void officialCoversEveryYearFrom2021ToItsLastAndRefusesOtherYears() {
    Set<Integer> years = OFFICIAL.referenceYears();
    int first = YearsUnderTest.officialYears().first();
    int last = YearsUnderTest.lastOfficialYear();
    assertEquals(2021, first);
    assertTrue(last >= 2025, "last " + last);
    assertEquals(last - first + 1, years.size(), "no gap: " + years);
    assertEquals(OFFICIAL.yearRules().keySet(), years, "every year with rules is covered");
    int before = YearsUnderTest.yearBefore(OFFICIAL);
    int after = YearsUnderTest.yearAfter(OFFICIAL);
    assertTrue(!OFFICIAL.covers(before) && !OFFICIAL.covers(first - 1) && !OFFICIAL.covers(last + 1) && !OFFICIAL.covers(after));
    assertThrows(UnknownReferenceYearException.class, () -> OFFICIAL.yearRules(after));
    assertThrows(UnknownReferenceYearException.class, () -> OFFICIAL.periodFor(YearQuarter.of(after, 1)));
    assertThrows(UnknownReferenceYearException.class, () -> OFFICIAL.periodFor(YearQuarter.of(before, 4)));
  }

  @Test
  void officialValuesMatchTheTableOfCalculationMd() {
    record Row(String quarter, long og, long bg, long jmax, long jmin) {}
    for (Row r : List.of(
        new Row("2021Q1", 180_000, 249_999, 60_000, 2_000),
        new Row("2022Q2", 195_000, 269_999, 60_000, 5_000),
        new Row("2022Q3", 195_000, 289_999, 60_000, 5_000),
        new Row("2023Q4", 200_000, 299_999, 60_000, 5_000),
        new Row("2024Q1", 210_000, 309_999, 65_000, 5_000),
        new Row("2025Q2", 211_500, 311_499, 65_000, 5_000))) {
      Period p = OFFICIAL.periodFor(YearQuarter.parse(r.quarter()));
      assertEquals(r.og(), p.lowerLimit().value(), r.quarter());
      assertEquals(r.bg(), p.upperLimit().value(), r.quarter());
      assertEquals(r.jmax(), p.maxAmount().value(), r.quarter());
      assertEquals(r.jmin(), p.minAmount().value(), r.quarter());
    }
    assertEquals(Status.L, OFFICIAL.periodFor(YearQuarter.of(2025, 1)).upperLimit().status());
    assertEquals(10_000, OFFICIAL.yearRules(2021).fixedIncrease().value());
    assertEquals(2_000, OFFICIAL.yearRules(2021).minimumPayableFullTime().value());
    assertEquals(1_000, OFFICIAL.yearRules(2021).minimumPayablePartTime().value());
    assertEquals(5_000, OFFICIAL.yearRules(2022).minimumPayableFullTime().value());
    assertEquals(LocalDate.of(2025, 1, 1), OFFICIAL.residenceReferenceDate(2024));
    assertEquals(Set.of(Statuut.EMPLOYEE, Statuut.CIVIL_SERVANT, Statuut.DOCTORAL_GRANT_HOLDER,
        Statuut.CROSS_BORDER_WORKER), OFFICIAL.eligibleCategories().value());
  }

  @Test
  void everyValueHasASourceAndStatus() {
    for (Period p : OFFICIAL.periods()) {
      for (Parameter<?> v : List.of(p.lowerLimit(), p.upperLimit(), p.maxAmount(), p.minAmount())) {
        assertTrue(!v.source().isBlank());
      }
    }
    Interpretation ip = OFFICIAL.interpretation();
    assertEquals(Interpretation.Rounding.ANNUAL_ONCE, ip.rounding().value());
    assertEquals(Interpretation.DegressiveLineEnd.UPPER_LIMIT_PLUS_ONE_CENT, ip.degressiveLineEnd().value());
    assertEquals(2, ip.workFractionScale().value());
    assertTrue(ip.rounding().source().startsWith("IP-rounding"));
  }

  @Test
  void terminationIndemnityDateSelectsTheQuarterContainingIt() {
    DmfaRules rules = OFFICIAL.dmfaRulesFor(YearQuarter.of(2023, 2));
    assertEquals(java.time.LocalDate.of(2023, 9, 1), rules.terminationIndemnityFrom().value());
    assertEquals(Status.I, rules.terminationIndemnityCounts().status());
    assertEquals(false, rules.terminationIndemnityCountsIn(YearQuarter.of(2023, 2)));
    assertEquals(true, rules.terminationIndemnityCountsIn(YearQuarter.of(2023, 3)));
    assertEquals(true, rules.terminationIndemnityCountsIn(YearQuarter.of(2024, 1)));
    ParameterSet moved = ParameterSets.withOverrides(OFFICIAL, "moved",
        java.util.Map.of("dmfa[2023-01-01].terminationIndemnityFrom", "2023-10-01"), "test");
    assertEquals(false, moved.dmfaRulesFor(YearQuarter.of(2023, 3)).terminationIndemnityCountsIn(YearQuarter.of(2023, 3)));
    assertEquals(true, moved.dmfaRulesFor(YearQuarter.of(2023, 4)).terminationIndemnityCountsIn(YearQuarter.of(2023, 4)));
    assertEquals(Set.of(1, 3, 4, 5, 20), OFFICIAL.dmfaRulesFor(YearQuarter.of(2024, 1)).countedServiceCodes().value());
  }

  @Test
  void brokenJsonNamesTheSourceAndLine() {
    InvalidParametersException e = assertThrows(InvalidParametersException.class,
        () -> ParameterSets.parse("{\n  \"id\": \"x\",\n  oops\n}", "reform.json"));
    assertTrue(e.getMessage().startsWith("reform.json: not valid JSON (line 3)"), e.getMessage());
  }

  @Test
  void unknownFieldAndBadValuesNameThePath() {
    String json = OFFICIAL.toJson();
    InvalidParametersException e = assertThrows(InvalidParametersException.class,
        () -> ParameterSets.parse(json.replaceFirst("\"upperLimit\"", "\"uperLimit\""), "my.json"));
    assertEquals("my.json: periods[0].uperLimit: unknown field (allowed: [from, lowerLimit, maxAmount, minAmount, to, upperLimit])",
        e.getMessage());
    e = assertThrows(InvalidParametersException.class,
        () -> ParameterSets.parse(json.replaceFirst("\"2499.99\"", "\"2499.999\""), "my.json"));
    assertEquals("my.json: periods[0].upperLimit.value: amount has more than 2 decimals: 2499.999", e.getMessage());
    e = assertThrows(InvalidParametersException.class,
        () -> ParameterSets.parse(json.replaceFirst("\"status\":\"S\"", "\"status\":\"X\""), "my.json"));
    assertTrue(e.getMessage().contains(".status: must be L, S or I, was 'X'"), e.getMessage());
    e = assertThrows(InvalidParametersException.class,
        () -> ParameterSets.parse(json.replaceFirst("\"1800.00\"", "\"2600.00\""), "my.json"));
    assertEquals("my.json: periods[0]: upperLimit must be above lowerLimit", e.getMessage());
  }

  @Test
  void overlappingPeriodsAreRefused() {
    String json = OFFICIAL.toJson().replaceFirst("\"to\":\"2021-12-31\"", "\"to\":\"2022-01-31\"");
    InvalidParametersException e = assertThrows(InvalidParametersException.class, () -> ParameterSets.parse(json, "x.json"));
    assertTrue(e.getMessage().contains("periods overlap"), e.getMessage());
  }

  /** A draft for the year after the data: the last period and DmfA rules extended, and the year's rules. */
  @Test
  void aCallerCanLoadAnotherSetFromAFile(@TempDir Path dir) throws Exception {
    int last = YearsUnderTest.lastOfficialYear();
    int next = last + 1;
    Path file = dir.resolve("p" + next + ".json");
    String json = OFFICIAL.toJson()
        .replace("\"id\":\"official\"", "\"id\":\"draft-" + next + "\"")
        .replace("\"to\":\"" + last + "-12-31\"", "\"to\":\"" + next + "-12-31\"")
        .replace("\"referenceYears\":[", "\"referenceYears\":[{\"year\":" + next + ","
            + "\"fixedIncrease\":{\"value\":\"50.00\",\"status\":\"I\",\"source\":\"assumed\"},"
            + "\"minimumPayableFullTime\":{\"value\":\"50.00\",\"status\":\"I\",\"source\":\"assumed\"},"
            + "\"minimumPayablePartTime\":{\"value\":\"10.00\",\"status\":\"I\",\"source\":\"assumed\"}},");
    Files.writeString(file, json);
    ParameterSet set = ParameterSets.load(file);
    assertEquals("draft-" + next, set.id());
    assertTrue(set.covers(next));
    assertFalse(OFFICIAL.covers(next));
  }

  @Test
  void overridesChangeOneValueAndNameBadKeys() {
    ParameterSet reform = ParameterSets.withOverrides(OFFICIAL, "reform",
        Map.of("periods[2024-07-01].upperLimit", "3199.99", "referenceYears[2024].fixedIncrease", "75.00"), "reform.yaml");
    assertEquals(319_999, reform.periodFor(YearQuarter.of(2024, 1)).upperLimit().value());
    assertEquals(7_500, reform.yearRules(2024).fixedIncrease().value());
    assertTrue(reform.yearRules(2024).fixedIncrease().source().startsWith("override by reform.yaml"));
    assertEquals(309_999, OFFICIAL.periodFor(YearQuarter.of(2024, 1)).upperLimit().value(), "official untouched");

    String outside = YearsUnderTest.yearAfter(OFFICIAL) + "-01-01";
    InvalidParametersException e = assertThrows(InvalidParametersException.class, () -> ParameterSets.withOverrides(
        OFFICIAL, "r", Map.of("periods[" + outside + "].upperLimit", "1"), "reform.yaml"));
    assertEquals("reform.yaml: periods[" + outside + "].upperLimit: '" + outside
        + "' is outside every periods entry of the parameter set", e.getMessage());
    e = assertThrows(InvalidParametersException.class, () -> ParameterSets.withOverrides(
        OFFICIAL, "r", Map.of("periods[2024-01-01].upperLimt", "1"), "reform.yaml"));
    assertTrue(e.getMessage().contains("unknown parameter name 'upperLimt'"), e.getMessage());
    e = assertThrows(InvalidParametersException.class, () -> ParameterSets.withOverrides(
        OFFICIAL, "r", Map.of("interpretation.rounding", "SOMETIMES"), "reform.yaml"));
    assertTrue(e.getMessage().contains("'SOMETIMES' is not one of [ANNUAL_ONCE, PER_QUARTER]"), e.getMessage());
  }
}
