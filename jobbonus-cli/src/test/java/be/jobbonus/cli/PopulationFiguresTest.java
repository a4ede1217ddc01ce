package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.fixtures.flanders.FlandersPopulation;
import be.jobbonus.scenarios.population.FlandersCalibration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The figures of docs/population.md are those of the recorded full-size runs in
 * docs/population-results/, and those runs are of today's model and engine.
 *
 * <p>Every wage earner of the Flanders model (2,650,000) for five years takes minutes, too long for
 * a build. So the full-size runs are recorded ({@code simulate-YEAR.txt}, {@code summary-YEAR.json},
 * {@code reform-2024.txt}: what {@code ./jobbonus simulate --population flanders} printed and wrote)
 * and this test checks (1) every figure the page takes from them against the records, and (2) that
 * the records are still what the code computes: {@code calibration-every-100th.txt}, the same years
 * on every 100th worker (a few seconds), is recorded with them and recomputed here. When the model,
 * the parameters, the derivation or the engine change, (2) fails: rerun the commands that
 * docs/population.md gives under "Recorded runs" and update the page to the new records; (1) then
 * says which figures moved.
 */
class PopulationFiguresTest {

  private static final int[] YEARS = {2021, 2022, 2023, 2024, 2025};

  private static final Pattern LINE = Pattern.compile("(?m)^(\\d{4})  persons ([\\d,]+)  paid ([\\d,]+) \\(([\\d.]+) %\\)"
      + "  budget ([\\d,.]+) euro  average ([\\d,.]+) euro  at maximum ([\\d,]+) \\(");
  private static final Pattern SEGMENT = Pattern.compile("(?m)^  (\\w+) +([\\d,]+) +([\\d,]+) +([\\d.]+) % +(\\S+)$");
  private static final Pattern BAND = Pattern.compile("(?m)^ +(\\d+) - +(\\d+) +([\\d,]+) +([\\d.]+) %$");
  private static final Pattern PROVINCE = Pattern.compile("(?m)^  ([A-Z][\\w-]+) +([\\d,]+) +([\\d,]+) +([\\d.]+) % +([\\d.]+) %"
      + " +(\\S+) +([\\d,]+)$");
  private static final Pattern UNMET = Pattern.compile("(?m)^  ([A-Z_]+) +([\\d,]+)  \\[");
  private static final Pattern ENGINE = Pattern.compile("(?m)^Persons: +([\\d,]+) \\(from ([\\d,]+) DmfA lines\\)");

  private final Path root = DocPage.repositoryRoot();
  private final Path results = root.resolve("docs/population-results");
  private final List<String> problems = new ArrayList<>();

  @Test
  void theRecordedRunsAreOfTheModelAndTheEngineOfToday() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      FlandersCalibration.main(new String[] {"--years", "2021-2025", "--scale", "100", "--threads", "2", "--seed", "7", "--detail"});
    } finally {
      System.setOut(out);
    }
    assertEquals(withoutTimes(record("calibration-every-100th.txt")), withoutTimes(printed.toString(StandardCharsets.UTF_8)),
        "the Flanders model, the parameters or the engine changed since the full-size runs in docs/population-results/"
            + " were recorded: rerun them as docs/population.md says under 'Recorded runs', then update the page");
    FlandersPopulation pop = FlandersPopulation.load();
    String model = "Flanders population model " + pop.model().id() + " " + pop.model().version();
    for (int year : YEARS) {
      String first = record("simulate-" + year + ".txt").lines().findFirst().orElse("");
      assertTrue(first.startsWith(model + ": ") && first.contains("reference year " + year + ", seed 7, "),
          "simulate-" + year + ".txt is not a run of " + model + " for " + year + ", seed 7: " + first);
    }
    assertTrue(record("reform-2024.txt").contains("population: " + model + ", "), "reform-2024.txt is not a run of " + model);
  }

  @Test
  void theFiguresOfThePageAreThoseOfTheRecordedRuns() throws IOException {
    DocPage page = DocPage.read(root, "docs/population.md");
    String flat = page.text().replaceAll("\\s+", " ");
    Map<Integer, MatchResult> line = new LinkedHashMap<>();
    for (int year : YEARS) {
      Matcher m = LINE.matcher(record("simulate-" + year + ".txt"));
      assertTrue(m.find(), "simulate-" + year + ".txt: no summary line");
      line.put(year, m.toMatchResult());
    }

    // the summary JSON shown
    String json = record("summary-2022.json").strip();
    same("the --summary example", json, find(flat, "`(\\{\"referenceYear\":2022,[^`]*)`", 1));

    // All years
    for (List<String> row : table(page, "| year | persons | persons paid | budget (euro)")) {
      MatchResult m = line.get(Integer.parseInt(row.get(0)));
      String where = "All years, " + row.get(0);
      same(where + ", persons", m.group(2), row.get(1));
      same(where + ", persons paid", m.group(3) + " (" + m.group(4) + " %)", row.get(2));
      same(where + ", budget", m.group(5), row.get(3));
      same(where + ", average paid", m.group(6), row.get(4));
      same(where + ", paid the maximum", m.group(7), row.get(5));
    }

    // Model vs published
    for (List<String> row : table(page, "| year | figure | published | model | model vs published")) {
      MatchResult m = line.get(Integer.parseInt(row.get(0)));
      String where = "Model vs published, " + row.get(0) + " " + row.get(1);
      String model;
      if (row.get(1).equals("persons paid")) {
        model = m.group(3);
      } else if (row.get(1).startsWith("average paid")) {
        model = m.group(6);
      } else if (row.get(1).startsWith("paid the maximum")) {
        same(where, m.group(7), row.get(3));
        continue;
      } else {
        problems.add(where + ": a figure this test does not know; add it here");
        continue;
      }
      same(where + ", model", model, row.get(3));
      String published = find(row.get(2), "^([\\d,.]+)", 1);
      same(where + ", model vs published", deviation(model, published), row.get(4));
    }

    // Per segment, 2021 and 2022
    Map<String, MatchResult> s2021 = rows(SEGMENT, record("simulate-2021.txt"));
    Map<String, MatchResult> s2022 = rows(SEGMENT, record("simulate-2022.txt"));
    List<List<String>> segments = table(page, "| segment | persons | paid 2021 | average 2021 | paid 2022 | average 2022");
    same("Per segment, the segments", String.join(", ", s2022.keySet()), String.join(", ", segments.stream().map(r -> r.get(0)).toList()));
    for (List<String> row : segments) {
      MatchResult a = s2021.get(row.get(0));
      MatchResult b = s2022.get(row.get(0));
      if (a == null || b == null) {
        continue;
      }
      String where = "Per segment, " + row.get(0);
      same(where + ", persons (2021)", a.group(2), row.get(1));
      same(where + ", persons (2022)", b.group(2), row.get(1));
      same(where + ", paid 2021", a.group(3) + " (" + a.group(4) + " %)", row.get(2));
      same(where + ", average 2021", a.group(5), row.get(3));
      same(where + ", paid 2022", b.group(3) + " (" + b.group(4) + " %)", row.get(4));
      same(where + ", average 2022", b.group(5), row.get(5));
    }

    // By province of residence, 2021 and 2022
    Map<String, MatchResult> p2021 = rows(PROVINCE, record("simulate-2021.txt"));
    Map<String, MatchResult> p2022 = rows(PROVINCE, record("simulate-2022.txt"));
    List<List<String>> provinces = table(page, "| province | persons | paid 2021 | of all paid 2021 | paid 2022 | of all paid 2022");
    same("By province, the provinces", String.join(", ", p2022.keySet()),
        String.join(", ", provinces.stream().map(r -> r.get(0)).toList()));
    for (List<String> row : provinces) {
      MatchResult a = p2021.get(row.get(0));
      MatchResult b = p2022.get(row.get(0));
      if (a == null || b == null) {
        continue;
      }
      String where = "By province, " + row.get(0);
      same(where + ", persons", b.group(2), row.get(1));
      same(where + ", paid 2021", a.group(3) + " (" + a.group(4) + " %)", row.get(2));
      same(where + ", of all paid 2021", a.group(5) + " %", row.get(3));
      same(where + ", paid 2022", b.group(3) + " (" + b.group(4) + " %)", row.get(4));
      same(where + ", of all paid 2022", b.group(5) + " %", row.get(5));
      same(where + ", average 2022", b.group(6), row.get(6));
      same(where + ", at maximum 2022", b.group(7), row.get(7));
    }

    // Amounts paid, 2022
    String s = record("simulate-2022.txt");
    Map<String, MatchResult> bands = rows(BAND, s);
    for (List<String> row : table(page, "| total paid (euro) | persons paid | share")) {
      String where = "Amounts paid 2022, " + row.get(0);
      Matcher and = Pattern.compile("^(\\d+) and more$").matcher(row.get(0));
      if (and.matches()) {
        long from = Long.parseLong(and.group(1));
        long n = 0;
        for (MatchResult b : bands.values()) {
          n += Long.parseLong(b.group(1)) >= from ? count(b.group(3)) : 0;
        }
        n += count(find(s, "(?m)^  800 and more +([\\d,]+)", 1));
        same(where, String.format(Locale.ROOT, "%,d", n), row.get(1));
        continue;
      }
      MatchResult b = bands.get(row.get(0).replace(" ", ""));
      if (b == null) {
        problems.add(where + ": no such band in simulate-2022.txt");
        continue;
      }
      same(where + ", persons paid", b.group(3), row.get(1));
      same(where + ", share", b.group(4) + " %", row.get(2));
    }

    // Persons per unmet condition, 2022
    Map<String, MatchResult> unmet = rows(UNMET, s);
    Matcher u = Pattern.compile("Persons per unmet condition, 2022 \\([^)]*\\): category ([\\d,]+); residence ([\\d,]+)[^;]*; pension age"
        + " ([\\d,]+); wage above the upper limit in a quarter ([\\d,]+); no performance ([\\d,]+); below the minimum payable"
        + " ([\\d,]+)\\. Refused by the derivation: ([\\d,]+)\\.").matcher(flat);
    if (!u.find()) {
      problems.add("the sentence 'Persons per unmet condition, 2022 …' is not found as this test reads it");
    } else {
      String[] codes = {"CATEGORY", "RESIDENCE", "PENSION_AGE", "WAGE_ABOVE_UPPER_LIMIT", "NO_PERFORMANCE", "BELOW_MINIMUM_PAYABLE"};
      for (int i = 0; i < codes.length; i++) {
        same("Persons per unmet condition 2022, " + codes[i], unmet.get(codes[i]).group(2), u.group(i + 1));
      }
      Matcher e = ENGINE.matcher(s);
      assertTrue(e.find(), "simulate-2022.txt: no engine summary");
      same("Refused by the derivation, 2022", String.format(Locale.ROOT, "%,d", count(line.get(2022).group(2)) - count(e.group(1))),
          u.group(7));
    }

    // The Flanders population, official and reform, 2024
    String reform = record("reform-2024.txt");
    Matcher paid = Pattern.compile("(?m)^persons paid +(\\S+) +(\\S+) +(\\S+)$").matcher(reform);
    Matcher budget = Pattern.compile("(?m)^budget \\(total paid, euro\\) +(\\S+) +(\\S+) +(\\S+)$").matcher(reform);
    assertTrue(paid.find() && budget.find(), "reform-2024.txt: no persons paid or budget row");
    same("the reform run's result", "official " + paid.group(1) + " paid, " + budget.group(1) + " euro; reform " + paid.group(2)
        + " paid, " + budget.group(2) + " euro (" + budget.group(3) + ")", find(flat, "Result: (official [^)]*\\))", 1));
    Matcher e2024 = ENGINE.matcher(record("simulate-2024.txt"));
    assertTrue(e2024.find(), "simulate-2024.txt: no engine summary");
    same("the reform run's workers", e2024.group(1) + " workers (" + new BigDecimal(count(e2024.group(2))).movePointLeft(6)
        .setScale(1, RoundingMode.HALF_UP) + " million DmfA lines)", find(flat, "generates the ([\\d,]+ workers \\([^)]*\\))", 1));

    // The size the API comment gives
    same("the API example", String.format(Locale.ROOT, "%,d workers", FlandersPopulation.load().size()),
        find(flat, "FlandersPopulation\\.load\\(\\); +// ([\\d,]+ workers)", 1));

    assertTrue(problems.isEmpty(), "docs/population.md differs from the recorded runs in docs/population-results/:\n"
        + String.join("\n", problems));
  }

  // ---------------------------------------------------------------------------------------------

  private String record(String name) throws IOException {
    return Files.readString(results.resolve(name), StandardCharsets.UTF_8);
  }

  private static String withoutTimes(String text) {
    return text.replaceAll(" +\\[[\\d.]+ s]", "");
  }

  private void same(String what, String recorded, String shown) {
    if (!recorded.equals(shown)) {
      problems.add(what + ": the page shows " + shown + ", the record " + recorded);
    }
  }

  private String find(String text, String regex, int group) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      problems.add("not found in the page as this test reads it: " + regex);
      return "(not found)";
    }
    return m.group(group);
  }

  /** The rows of the Markdown table whose header line starts so, as trimmed cells. */
  private List<List<String>> table(DocPage page, String header) {
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(header)) {
        for (int k = i + 2; k < lines.size() && lines.get(k).startsWith("|"); k++) {
          String l = lines.get(k).strip();
          List<String> cells = new ArrayList<>();
          for (String c : l.substring(1, l.length() - 1).split("\\|", -1)) {
            cells.add(c.strip());
          }
          rows.add(cells);
        }
        return rows;
      }
    }
    problems.add("no table with the header " + header + " …");
    return rows;
  }

  /** The matches of a record's rows, by their first group without spaces. */
  private static Map<String, MatchResult> rows(Pattern p, String text) {
    Map<String, MatchResult> out = new LinkedHashMap<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.put(p == BAND ? m.group(1) + "-" + m.group(2) : m.group(1), m.toMatchResult());
    }
    return out;
  }

  private static long count(String grouped) {
    return Long.parseLong(grouped.replace(",", "").replace(".", ""));
  }

  /** (model - published) / published in percent, one decimal, half-up, with its sign: "+1.5 %". */
  private static String deviation(String model, String published) {
    BigDecimal m = new BigDecimal(model.replace(",", ""));
    BigDecimal p = new BigDecimal(published.replace(",", ""));
    BigDecimal d = m.subtract(p).multiply(BigDecimal.valueOf(100)).divide(p, 1, RoundingMode.HALF_UP);
    return (d.signum() > 0 ? "+" : "") + d.toPlainString() + " %";
  }
}
