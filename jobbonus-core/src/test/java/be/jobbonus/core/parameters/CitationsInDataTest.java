package be.jobbonus.core.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.calculation.ReasonCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * every article the library cites is data (the parameter set's citations, the
 * protocol's rules data), with its status; no string literal in the main sources of any module
 * cites an article, a decree or a BVR.
 */
class CitationsInDataTest {

  static final ParameterSet OFFICIAL = ParameterSets.official();

  /** A string literal (escapes allowed) holding a citation-like pattern. */
  static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  static final Pattern CITATION = Pattern.compile("art\\. |§|[Dd]ecree|BVR|[Dd]ecreet|besluit");

  @Test
  void noArticleCitationIsAStringLiteralInMainSources() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path main = module.resolve("src/main/java");
        if (!Files.isDirectory(main)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(main)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
              String line = lines.get(i).strip();
              if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                continue;
              }
              Matcher m = LITERAL.matcher(line);
              while (m.find()) {
                if (CITATION.matcher(m.group()).find()) {
                  found.add(root.relativize(f) + ":" + (i + 1) + ": " + m.group());
                }
              }
            }
          }
        }
      }
    }
    assertTrue(found.isEmpty(), "citations written in code: " + String.join("\n", found));
  }

  @Test
  void everyReasonCitesFromTheData() {
    for (ReasonCode c : ReasonCode.values()) {
      Parameter<String> cited = OFFICIAL.citations().get(c.citationKey());
      assertEquals(cited.value(), c.article());
      assertEquals(cited, c.citation());
    }
  }

  /** docs/law.md: the minimum payable's article was not found; art. 5 §5 is the 2022 +50. */
  @Test
  void minimumPayableDoesNotCiteTheFixedIncreaseParagraph() {
    Parameter<String> min = OFFICIAL.citations().get("minimumPayable");
    assertFalse(min.value().contains("§5"), min.value());
    assertEquals(Status.I, min.status());
  }

  /** The 2021 +100 most likely from the decree of 21 October 2022 (uncertain: I); 2022 is art. 5 §5. */
  @Test
  void fixedIncreaseCitesPerYear() {
    Parameter<String> y2021 = OFFICIAL.citations().fixedIncrease(2021);
    assertTrue(y2021.value().contains("21 October 2022"), y2021.value());
    assertFalse(y2021.value().contains("§5"), y2021.value());
    assertEquals(Status.I, y2021.status());
    assertTrue(OFFICIAL.citations().fixedIncrease(2022).value().contains("art. 5 §5"));
    for (int year = 2023; year <= 2025; year++) {
      assertTrue(OFFICIAL.citations().fixedIncrease(year).value().contains("art. 5 §6"), "" + year);
    }
  }

  @Test
  void everyCitationHasStatusAndSource() {
    for (String key : Citations.KEYS) {
      Parameter<String> c = OFFICIAL.citations().get(key);
      assertFalse(c.source().isBlank(), key);
    }
  }

  /** Item 4: the status marks agree with docs/calculation.md and docs/dmfa.md §4.3. */
  @Test
  void statusMarksAgreeWithTheSpec() {
    assertEquals(Status.S, OFFICIAL.yearRules(2022).fixedIncrease().status());
    assertEquals(Status.I, OFFICIAL.periodFor(be.jobbonus.core.YearQuarter.of(2023, 1)).maxAmount().status());
    assertEquals(Status.I, OFFICIAL.dmfaRulesFor(be.jobbonus.core.YearQuarter.of(2024, 1)).terminationIndemnityCounts().status());
  }

  /** Item 3: the teaching-staff rule's worker codes and joint committees are parameters. */
  @Test
  void teachingStaffListsAreParameters() {
    DmfaRules r = OFFICIAL.dmfaRulesFor(be.jobbonus.core.YearQuarter.of(2024, 1));
    assertEquals(Status.I, r.teachingStaffWorkerCodes().status());
    assertEquals(Status.I, r.teachingStaffJointCommittees().status());
    ParameterSet withCommittees = ParameterSets.withOverrides(OFFICIAL, "pc",
        java.util.Map.of("dmfa[2024-01-01].teachingStaffJointCommittees", "152,225"), "test");
    assertEquals(java.util.Set.of(152, 225),
        withCommittees.dmfaRulesFor(be.jobbonus.core.YearQuarter.of(2024, 1)).teachingStaffJointCommittees().value());
  }

  @Test
  void unknownOrMissingCitationIsRefusedWithItsPath() {
    String json = OFFICIAL.toJson().replace("\"minimumPayable\":", "\"minimumPayabel\":");
    InvalidParametersException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidParametersException.class,
        () -> ParameterSets.parse(json, "p.json"));
    assertTrue(e.getMessage().contains("citations.minimumPayabel"), e.getMessage());
  }
}
