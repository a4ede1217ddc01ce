package be.jobbonus.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading scenario files: the format, and bad files reported with line and field. */
class ScenarioFilesTest {

  static final Path F = Path.of("test.yaml");

  static String oneCase(String quarterLines, String expectLines) {
    return "cases:\n"
        + "  - name: a case\n"
        + "    year: 2024\n"
        + "    person:\n"
        + "      birth_date: 1985-07-30\n"
        + "    quarters:\n"
        + quarterLines
        + "    expect:\n"
        + expectLines;
  }

  static List<Scenario> parse(String yaml, Path file) {
    return CaseFile.parse(yaml, file, ParameterSets.official());
  }

  static ScenarioProblem onlyProblem(String yaml) {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> parse(yaml, F));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void readsMonthlyAndQuarterWagesExactly() {
    List<Scenario> cases = parse(oneCase(
        "      - quarter: 2024Q1\n"
            + "        monthly_wage: 2000.10\n"
            + "      - quarter: 2024Q2\n"
            + "        quarter_wage: \"6000.31\"\n"
            + "        work_fraction: 0.5\n",
        "      total: \"700.00\"\n"), F);
    Scenario s = cases.get(0);
    assertEquals(600_030, s.quarters().get(0).wageCents());
    assertEquals(Regime.FULL_TIME, s.quarters().get(0).regime());
    assertEquals(600_031, s.quarters().get(1).wageCents());
    assertEquals(Regime.PART_TIME, s.quarters().get(1).regime());
    assertEquals(70_000, s.expectation().total());
    assertEquals(2, s.line());
  }

  @Test
  void aMissingInszGetsAValidSyntheticOneWithTheBirthDate() {
    Scenario s = parse(oneCase("      - { quarter: 2024Q1, monthly_wage: \"1.00\" }\n",
        "      total: \"0.00\"\n"), F).get(0);
    assertTrue(Insz.isValid(s.person().insz().digits()));
    assertEquals(LocalDate.of(1985, 7, 30), s.person().insz().birthDate().orElseThrow());
    Insz y2k = SyntheticPopulation.insz(LocalDate.of(2004, 2, 29), 997);
    assertEquals(LocalDate.of(2004, 2, 29), y2k.birthDate().orElseThrow());
  }

  @Test
  void aWageThatIsNotANumberIsReportedWithItsLine() {
    ScenarioProblem p = onlyProblem(oneCase(
        "      - quarter: 2024Q1\n"
            + "        monthly_wage: \"2.000,00\"\n",
        "      total: \"700.00\"\n"));
    assertEquals(8, p.line());
    assertEquals("cases[0].quarters[0].monthly_wage", p.field());
    assertTrue(p.message().startsWith("is not a euro amount"), p.message());
    assertTrue(!p.message().contains("2.000,00"), "the amount is not repeated: " + p.message());
    assertTrue(p.toString().startsWith("test.yaml:8:"), p.toString());
  }

  @Test
  void aMisspelledFieldIsReportedWithASuggestion() {
    ScenarioProblem p = onlyProblem(oneCase(
        "      - quarter: 2024Q1\n"
            + "        monthly_wgae: \"2000.00\"\n"
            + "        monthly_wage: \"2000.00\"\n",
        "      total: \"700.00\"\n"));
    assertEquals(8, p.line());
    assertTrue(p.message().contains("unknown field 'monthly_wgae'; did you mean 'monthly_wage'?"), p.message());
  }

  @Test
  void anUnknownParameterNameIsReportedAtItsLine() {
    String yaml = "parameters:\n"
        + "  periods[2024-01-01].upperLimit: \"3500.00\"\n"
        + "  periods[2024-01-01].upperLimt: \"3500.00\"\n"
        + oneCase("      - { quarter: 2024Q1, monthly_wage: \"2000.00\" }\n", "      total: \"700.00\"\n");
    ScenarioProblem p = onlyProblem(yaml);
    assertEquals(3, p.line());
    assertEquals("parameters.periods[2024-01-01].upperLimt", p.field());
    assertTrue(p.message().contains("unknown parameter name 'upperLimt'"), p.message());
  }

  @Test
  void aDateOutsideEveryPeriodIsReportedAtItsLine() {
    List<Period> periods = ParameterSets.official().periods(); // in date order, from the data
    String outside = periods.get(periods.size() - 1).to().plusDays(1).toString();
    String yaml = oneCase("      - { quarter: 2024Q1, monthly_wage: \"2000.00\" }\n", "      total: \"700.00\"\n")
        .replace("    year: 2024\n", "    year: 2024\n    parameters:\n      periods[" + outside + "].upperLimit: \"1.00\"\n");
    ScenarioProblem p = onlyProblem(yaml);
    assertEquals(5, p.line());
    assertTrue(p.message().contains("'" + outside + "' is outside every periods entry"), p.message());
  }

  @Test
  void aYearWithoutParametersIsRefused() {
    int after = Collections.max(ParameterSets.official().referenceYears()) + 1; // from the data
    String yaml = oneCase("      - { quarter: " + after + "Q1, monthly_wage: \"2000.00\" }\n", "      total: \"700.00\"\n")
        .replace("year: 2024", "year: " + after);
    ScenarioProblem p = onlyProblem(yaml);
    assertEquals(3, p.line());
    assertTrue(p.message().contains("no parameters for reference year " + after), p.message());
  }

  @Test
  void aQuarterOutsideTheYearAndAnUnknownReasonAreBothReported() {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> parse(oneCase(
        "      - { quarter: 2023Q4, monthly_wage: \"2000.00\" }\n",
        "      total: \"0.00\"\n      reasons: [PENSION_AGES]\n"), F));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals(7, e.problems().get(0).line());
    assertTrue(e.problems().get(0).message().contains("outside the reference year 2024"));
    assertEquals(10, e.problems().get(1).line());
    assertTrue(e.problems().get(1).message().contains("did you mean PENSION_AGE?"), e.getMessage());
  }

  @Test
  void brokenYamlGivesALineNotAStackTrace() {
    ScenarioProblem p = onlyProblem("cases:\n  - name: x\n    year: 2024\n   person: [\n");
    assertTrue(p.line() >= 3 && p.line() <= 5, "line " + p.line());
    assertTrue(p.message().startsWith("not valid YAML"), p.message());
    assertFalse(p.message().contains("\tat "), p.message());
  }

  @Test
  void aFieldWrittenTwiceIsRefused() {
    ScenarioProblem p = onlyProblem(oneCase("      - { quarter: 2024Q1, monthly_wage: \"2000.00\" }\n",
        "      total: \"700.00\"\n      total: \"600.00\"\n"));
    assertEquals(10, p.line());
    assertTrue(p.message().contains("written twice"), p.message());
  }

  @Test
  void aMissingTotalIsRefused() {
    ScenarioProblem p = onlyProblem(oneCase("      - { quarter: 2024Q1, monthly_wage: \"2000.00\" }\n",
        "      base: \"650.00\"\n"));
    assertEquals("cases[0].expect.total", p.field());
  }

  @Test
  void dmfaLinesAreDerivedAndABadLineIsReportedAtItsField() {
    String ok = "cases:\n  - name: x\n    year: 2024\n    person: { birth_date: 1985-07-30 }\n    dmfa:\n"
        + "      - quarter: 2024Q1\n        contract: PART_TIME\n        services: [ { code: 1, days: 32.5, hours: 247 } ]\n"
        + "        remunerations: [ { code: 1, amount: \"3000.00\" } ]\n    expect: { total: \"212.50\" }\n";
    Scenario s = parse(ok, F).get(0);
    assertEquals(1, s.quarters().size());
    assertEquals(300_000, s.quarters().get(0).wageCents());
    assertEquals(5000, s.quarters().get(0).workFractionTenThousandths());
    assertEquals(Regime.PART_TIME, s.quarters().get(0).regime());
    assertTrue(s.derivation().contains("µ_line = H / (13 × S) = 247.00 / (13 × 38.00) = 0.5"), s.derivation());

    ScenarioProblem p = onlyProblem(ok.replace("contract: PART_TIME\n", "contract: FULL_TIME\n        days_per_week: 0\n"));
    assertEquals(8, p.line());
    assertEquals("cases[0].dmfa[0].days_per_week", p.field());

    ScenarioProblem hours = onlyProblem(ok.replace("hours: 247", "hours: 24h"));
    assertEquals(8, hours.line());
    assertEquals("cases[0].dmfa[0].services[0].hours", hours.field());
    assertTrue(hours.message().contains("is not a number of hours"), hours.message());
    assertTrue(!hours.message().contains("24h"), hours.message());
  }

  @Test
  void aTabIsReportedOnItsOwnLine() {
    ScenarioProblem p = onlyProblem("cases:\n  - name: x\n\tyear: 2024\n");
    assertEquals(3, p.line());
    assertTrue(p.message().contains("indent with spaces only"), p.message());
  }

  @Test
  void aBadWageAndABadWorkFractionAreBothReported() {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> parse(oneCase(
        "      - { quarter: 2024Q1, monthly_wage: \"1,800.00\", work_fraction: \"1.5\" }\n",
        "      total: \"0.00\"\n"), F));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("cases[0].quarters[0].monthly_wage", e.problems().get(0).field());
    assertEquals("cases[0].quarters[0].work_fraction", e.problems().get(1).field());
    assertTrue(e.problems().get(1).message().contains("between 0 and 1"), e.getMessage());
  }
}
