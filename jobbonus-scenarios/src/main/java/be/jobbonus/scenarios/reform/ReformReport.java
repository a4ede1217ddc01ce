package be.jobbonus.scenarios.reform;

import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.WageBands;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.fixtures.synthetic.WageBands;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.scenarios.Reform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reform report: a table for the terminal ({@link #toText()}) and a Markdown report with PNG
 * charts ({@link #write(Path)}). Every figure says how it is computed. No clock, no random, no hash
 * order: the same population and files give byte-identical files.
 */
public final class ReformReport {

  /** File names written by {@link #write(Path)}. */
  public static final String REPORT = "report.md";
  public static final String CURVE_PNG = "amount-curve.png";
  public static final String DISTRIBUTION_PNG = "amount-distribution.png";
  public static final String DIFFERENCE_PNG = "budget-difference-by-wage-band.png";
  /** Written only when the members have a province of residence (their postal codes). */
  public static final String PROVINCE_PNG = "winners-losers-by-province.png";

  private final ReformComparison c;

  private ReformReport(ReformComparison c) {
    this.c = c;
  }

  public static ReformReport of(ReformComparison comparison) {
    return new ReformReport(comparison);
  }

  static String money(long cents) {
    return WageBands.money(cents);
  }

  static String signed(long cents) {
    return (cents > 0 ? "+" : "") + money(cents);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String signedCount(long n) {
    return (n > 0 ? "+" : "") + count(n);
  }

  /** SHA-256 of the reform's changes as written (key=value lines, in file order). */
  String fingerprint() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : c.reform().overrides().entrySet()) {
      b.append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The changes that cannot affect the reference year: a period that contains no day of it, or
   * another reference year's rules.
   */
  List<String> changesOutsideTheYear() {
    List<String> out = new ArrayList<>();
    int year = c.referenceYear();
    for (String key : c.reform().overrides().keySet()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(periods|dmfa)\\[([0-9-]+)\\]\\..*").matcher(key);
      java.util.regex.Matcher y = java.util.regex.Pattern.compile("^referenceYears\\[([0-9]+)\\]\\..*").matcher(key);
      if (m.matches()) {
        java.time.LocalDate d = java.time.LocalDate.parse(m.group(2));
        boolean hits = false;
        for (var p : c.reform().baseline().periods()) {
          if (p.contains(d)) {
            hits = !p.to().isBefore(java.time.LocalDate.of(year, 1, 1)) && !p.from().isAfter(java.time.LocalDate.of(year, 12, 31));
          }
        }
        if (m.group(1).equals("periods") && !hits) {
          out.add(key);
        }
      } else if (y.matches() && Integer.parseInt(y.group(1)) != year) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * Typical cases: a person working full-time all year at each monthly wage from 1,500.00 to
   * 4,000.00 by 250.00, computed under both rules.
   */
  List<String[]> typicalRows() {
    int year = c.referenceYear();
    be.jobbonus.core.calculation.JobbonusCalculator base =
        be.jobbonus.core.calculation.JobbonusCalculator.of(c.reform().baseline());
    be.jobbonus.core.calculation.JobbonusCalculator ref =
        be.jobbonus.core.calculation.JobbonusCalculator.of(c.reform().reformed());
    java.time.LocalDate birth = java.time.LocalDate.of(1990, 1, 1);
    be.jobbonus.core.Person someone = be.jobbonus.core.Person.of(SyntheticPopulation.insz(birth, 1), "", "",
        be.jobbonus.core.Statuut.EMPLOYEE, be.jobbonus.core.Region.FLEMISH_REGION).withBirthDate(birth);
    List<String[]> rows = new ArrayList<>();
    for (long monthly = 150_000; monthly <= 400_000; monthly += 25_000) {
      List<be.jobbonus.core.QuarterInput> qs = new ArrayList<>();
      for (int q = 1; q <= 4; q++) {
        qs.add(be.jobbonus.core.QuarterInput.of(be.jobbonus.core.YearQuarter.of(year, q), 3 * monthly,
            java.math.BigDecimal.ONE, be.jobbonus.core.Regime.FULL_TIME));
      }
      JobbonusResult b = base.calculate(someone, year, qs);
      JobbonusResult r = ref.calculate(someone, year, qs);
      rows.add(new String[] {money(monthly), money(b.totalCents()), money(r.totalCents()),
          signed(r.totalCents() - b.totalCents())});
    }
    return rows;
  }

  /** Rows of the summary table: label, official, reform, difference. */
  List<String[]> summaryRows() {
    ReformComparison.Side b = c.baseline();
    ReformComparison.Side r = c.reformed();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"persons paid", count(b.beneficiaries()), count(r.beneficiaries()),
        signedCount(r.beneficiaries() - b.beneficiaries())});
    rows.add(new String[] {"budget (total paid, euro)", money(b.budgetCents()), money(r.budgetCents()),
        signed(c.budgetDifferenceCents())});
    rows.add(new String[] {"  of which base amounts", money(b.baseCents()), money(r.baseCents()),
        signed(r.baseCents() - b.baseCents())});
    rows.add(new String[] {"  of which fixed increases", money(b.fixedIncreaseCents()), money(r.fixedIncreaseCents()),
        signed(r.fixedIncreaseCents() - b.fixedIncreaseCents())});
    rows.add(new String[] {"average amount per person paid", money(b.averageCents()), money(r.averageCents()),
        signed(r.averageCents() - b.averageCents())});
    rows.add(new String[] {"eligible but below the minimum payable", count(b.belowMinimum()), count(r.belowMinimum()),
        signedCount(r.belowMinimum() - b.belowMinimum())});
    return rows;
  }

  List<String[]> bandRows() {
    List<String[]> rows = new ArrayList<>();
    List<String> labels = c.wageBands().labels();
    List<ReformComparison.Band> bands = c.bands();
    for (int i = 0; i < labels.size(); i++) {
      ReformComparison.Band band = bands.get(i);
      rows.add(new String[] {labels.get(i), count(band.persons()), count(band.baselineBeneficiaries()),
          money(band.baselineBudgetCents()), count(band.reformBeneficiaries()), money(band.reformBudgetCents()),
          signed(band.differenceCents()), count(band.winners()), count(band.losers())});
    }
    return rows;
  }

  /** Rows of a group table (a province, a segment): as the wage bands, plus the average change per person. */
  static String[] groupRow(String label, ReformComparison.Band band) {
    return new String[] {label, count(band.persons()), count(band.baselineBeneficiaries()),
        money(band.baselineBudgetCents()), count(band.reformBeneficiaries()), money(band.reformBudgetCents()),
        signed(band.differenceCents()), count(band.winners()), money(band.gainCents()), count(band.losers()),
        money(band.lossCents()), signed(avg(band.differenceCents(), band.persons()))};
  }

  List<String[]> provinceRows() {
    List<String[]> rows = new ArrayList<>();
    c.byProvince().forEach((p, band) -> rows.add(groupRow(p.dutchName(), band)));
    return rows;
  }

  List<String[]> segmentRows() {
    List<String[]> rows = new ArrayList<>();
    c.bySegment().forEach((sg, band) -> rows.add(groupRow(sg, band)));
    return rows;
  }

  static String[] groupHead(String first) {
    return new String[] {first, "persons", "paid (official)", "budget (official)", "paid (reform)", "budget (reform)",
        "difference", "winners", "gained", "losers", "lost", "per person"};
  }

  List<String[]> changeRows() {
    List<String[]> rows = new ArrayList<>();
    long[] n = c.personsByChange();
    long computed = c.persons() - c.refused();
    for (int i = 0; i < n.length; i++) {
      rows.add(new String[] {ReformComparison.CHANGE_LABELS.get(i), count(n[i]), percent(n[i], computed)});
    }
    return rows;
  }

  /** {@code part / whole} as a percentage with one decimal, half-up, exact integer arithmetic. */
  static String percent(long part, long whole) {
    if (whole == 0) {
      return "-";
    }
    long tenths = Math.floorDiv(2 * 1000 * part + whole, 2 * whole);
    return tenths / 10 + "." + tenths % 10 + " %";
  }

  static final String[] CHANGE_HEAD = {"change of the amount paid (euro)", "persons", "share"};

  static final String[] SUMMARY_HEAD = {"", "official", "reform", "difference"};
  static final String[] BAND_HEAD = {"monthly wage (FTE, euro)", "persons", "paid (official)", "budget (official)",
      "paid (reform)", "budget (reform)", "difference", "winners", "losers"};

  /** The terminal table. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("Reform: ").append(c.reform().name()).append('\n');
    b.append("Reference year ").append(c.referenceYear()).append(", population: ").append(c.populationDescription())
        .append(", ").append(count(c.persons())).append(" persons computed")
        .append(c.refused() > 0 ? ", " + count(c.refused()) + " refused" : "").append('\n');
    for (String key : changesOutsideTheYear()) {
      b.append("Note: the change ").append(key).append(" does not concern reference year ").append(c.referenceYear())
          .append('\n');
    }
    b.append('\n');
    table(b, SUMMARY_HEAD, summaryRows(), false);
    b.append('\n');
    b.append("Winners: ").append(count(c.winners())).append(" persons gain ").append(money(c.totalGainCents()))
        .append(" in all").append(c.winners() > 0 ? ", on average " + money(avg(c.totalGainCents(), c.winners())) : "")
        .append(c.largestGain().map(e -> ", at most " + money(e.differenceCents())).orElse("")).append('\n');
    b.append("Losers:  ").append(count(c.losers())).append(" persons lose ").append(money(c.totalLossCents()))
        .append(" in all").append(c.losers() > 0 ? ", on average " + money(avg(c.totalLossCents(), c.losers())) : "")
        .append(c.largestLoss().map(e -> ", at most " + money(-e.differenceCents())).orElse("")).append('\n');
    b.append("Newly paid: ").append(count(c.newlyPaid())).append("; no longer paid: ").append(count(c.noLongerPaid()))
        .append('\n');
    b.append('\n');
    table(b, CHANGE_HEAD, changeRows(), false);
    b.append('\n');
    table(b, BAND_HEAD, bandRows(), false);
    if (!c.byProvince().isEmpty()) {
      b.append('\n');
      table(b, groupHead("province (residence)"), provinceRows(), false);
    }
    if (!c.bySegment().isEmpty()) {
      b.append('\n');
      table(b, groupHead("segment"), segmentRows(), false);
    }
    return b.toString();
  }

  static long avg(long cents, long n) {
    return n == 0 ? 0 : Math.floorDiv(2 * cents + n, 2 * n);
  }

  private static void table(StringBuilder b, String[] head, List<String[]> rows, boolean markdown) {
    int[] w = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      w[i] = head[i].length();
      for (String[] r : rows) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    if (markdown) {
      b.append('|');
      for (String h : head) {
        b.append(' ').append(h).append(" |");
      }
      b.append("\n|");
      for (int i = 0; i < head.length; i++) {
        b.append(i == 0 ? "---|" : "---:|");
      }
      b.append('\n');
      for (String[] r : rows) {
        b.append('|');
        for (String cell : r) {
          b.append(' ').append(cell).append(" |");
        }
        b.append('\n');
      }
      return;
    }
    line(b, head, w);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append("-".repeat(w[i])).append(i < w.length - 1 ? "  " : "");
    }
    b.append(rule).append('\n');
    for (String[] r : rows) {
      line(b, r, w);
    }
  }

  private static void line(StringBuilder b, String[] cells, int[] w) {
    for (int i = 0; i < cells.length; i++) {
      String s = cells[i];
      String pad = " ".repeat(w[i] - s.length());
      b.append(i == 0 ? s + pad : pad + s);
      if (i < cells.length - 1) {
        b.append("  ");
      }
    }
    b.append('\n');
  }

  /** The Markdown report; the charts are linked by their file names. */
  public String toMarkdown() {
    Reform reform = c.reform();
    StringBuilder b = new StringBuilder();
    b.append("# Reform report: ").append(reform.name()).append("\n\n");
    if (!reform.description().isEmpty()) {
      b.append(reform.description()).append("\n\n");
    }
    b.append("- Reference year: ").append(c.referenceYear()).append('\n');
    b.append("- Population: ").append(c.populationDescription()).append("; ").append(count(c.persons()))
        .append(" persons computed").append(c.refused() > 0 ? ", " + count(c.refused()) + " refused by the calculation"
            : ", none refused").append('\n');
    b.append("- Official parameters: set '").append(reform.baseline().id()).append("' version ")
        .append(reform.baseline().version()).append('\n');
    b.append("- Reform parameters: set '").append(reform.reformed().id()).append("', changes fingerprint ")
        .append(fingerprint()).append(" (SHA-256 of the changes as written)\n");
    b.append("- Every person is computed under the official and the reform parameters (once when there is no reform)")
        .append(" by the engine in exact integer arithmetic, the annual base rounded once to the cent; the examples")
        .append(" are explained by the same engine step by step; all sums below are exact sums of cents.\n\n");
    if (!c.populationEvidence().isEmpty()) {
      b.append("## What this report stands on\n\n");
      b.append(c.populationDescription()).append(": ").append(count(c.persons())).append(" persons.\n\n");
      b.append(c.populationEvidence().strip()).append("\n\n");
    }

    b.append("## Parameter changes\n\n");
    List<Reform.Change> changes = reform.changes();
    if (changes.isEmpty()) {
      b.append("None: the reform is the official rules, so every difference below must be zero.\n\n");
    } else {
      List<String[]> rows = new ArrayList<>();
      for (Reform.Change ch : changes) {
        rows.add(new String[] {"`" + ch.key() + "`", ch.before(), ch.after()});
      }
      table(b, new String[] {"parameter", "official", "reform"}, rows, true);
      b.append('\n');
      for (String key : changesOutsideTheYear()) {
        b.append("Note: `").append(key).append("` does not concern reference year ").append(c.referenceYear())
            .append(": it cannot change these results.\n\n");
      }
    }

    b.append("## Summary\n\n");
    table(b, SUMMARY_HEAD, summaryRows(), true);
    b.append('\n');
    b.append("How these are computed:\n\n")
        .append("- *persons paid*: persons whose result is payable (eligible and base at least the minimum payable).\n")
        .append("- *budget*: the sum of every person's total (base + fixed increase when payable, else 0).\n")
        .append("- *average amount*: budget / persons paid, rounded half-up to the cent (")
        .append(money(c.baseline().budgetCents())).append(" / ").append(count(c.baseline().beneficiaries()))
        .append(" officially; ").append(money(c.reformed().budgetCents())).append(" / ")
        .append(count(c.reformed().beneficiaries())).append(" under the reform).\n")
        .append("- *difference*: reform minus official.\n\n");

    b.append("## Winners and losers\n\n");
    List<String[]> wl = new ArrayList<>();
    wl.add(new String[] {"winners (paid more)", count(c.winners()), money(c.totalGainCents()),
        money(avg(c.totalGainCents(), c.winners())),
        c.largestGain().map(e -> money(e.differenceCents())).orElse("-")});
    wl.add(new String[] {"losers (paid less)", count(c.losers()), money(c.totalLossCents()),
        money(avg(c.totalLossCents(), c.losers())),
        c.largestLoss().map(e -> money(-e.differenceCents())).orElse("-")});
    table(b, new String[] {"", "persons", "in all (euro)", "on average (euro)", "at most (euro)"}, wl, true);
    b.append('\n');
    b.append("Newly paid: ").append(count(c.newlyPaid())).append("; no longer paid: ").append(count(c.noLongerPaid()))
        .append(". Check: gains - losses = ").append(money(c.totalGainCents())).append(" - ")
        .append(money(c.totalLossCents())).append(" = ").append(signed(c.totalGainCents() - c.totalLossCents()))
        .append(", the budget difference.\n\n");
    table(b, CHANGE_HEAD, changeRows(), true);
    b.append("\nShare: of the persons computed, half-up to 0.1 %.\n\n");

    b.append("## Typical cases\n\n");
    b.append("A person working full-time all year (work fraction 1 in every quarter) at a monthly wage of:\n\n");
    table(b, new String[] {"monthly wage (euro)", "total official", "total reform", "difference"}, typicalRows(), true);
    b.append('\n');

    b.append("## By wage band\n\n");
    b.append("The band is the person's full-time-equivalent monthly wage of the year: the wages of the quarters")
        .append(" with work divided by 3 times the sum of their work fractions.\n\n");
    table(b, BAND_HEAD, bandRows(), true);
    b.append('\n');

    if (!c.byProvince().isEmpty()) {
      b.append("## By province\n\n");
      b.append("The province of residence follows from the postal code (docs/formats.md); persons without one, or")
          .append(" with one outside the Flemish Region, are in no row. *gained* / *lost*: the winners' gains and the")
          .append(" losers' losses in euro; *per person*: the difference divided by the persons of the province.\n\n");
      table(b, groupHead("province (residence)"), provinceRows(), true);
      b.append('\n');
      b.append("![Winners and losers by province](").append(PROVINCE_PNG).append(")\n\n");
      b.append("Persons who gain and persons who lose in each province; the label gives the province's budget")
          .append(" difference.\n\n");
    }
    if (!c.bySegment().isEmpty()) {
      b.append("## By segment\n\n");
      b.append("The segment of the population model (docs/population.md), by name.\n\n");
      table(b, groupHead("segment"), segmentRows(), true);
      b.append('\n');
    }

    b.append("## Charts\n\n");
    b.append("![Amount curve](").append(CURVE_PNG).append(")\n\n");
    b.append("The annual full-time amount A(S) of each amount period of the reference year, computed point by")
        .append(" point by the reference calculator (every 10.00 euro and at the limits); dashed: the reform.\n\n");
    b.append("![Distribution of amounts](").append(DISTRIBUTION_PNG).append(")\n\n");
    b.append("Persons paid by total amount, in bins of 50 euro (upper end included).\n\n");
    b.append("![Budget difference](").append(DIFFERENCE_PNG).append(")\n\n");
    b.append("Reform budget minus official budget in each wage band; the bars add up to ")
        .append(signed(c.budgetDifferenceCents())).append(".\n\n");

    b.append("## Examples, explained step by step\n\n");
    b.append("The largest gain and the largest loss (ties: the smallest INSZ). Synthetic persons; the INSZ is masked.\n\n");
    c.largestGain().ifPresent(e -> example(b, "Largest gain", e));
    c.largestLoss().ifPresent(e -> example(b, "Largest loss", e));
    if (c.largestGain().isEmpty() && c.largestLoss().isEmpty()) {
      b.append("Nobody gains or loses.\n\n");
    }
    if (c.refused() > 0) {
      b.append("## Refused by the calculation\n\n");
      for (String s : c.refusals()) {
        b.append("- ").append(s).append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static void example(StringBuilder b, String title, ReformComparison.Example e) {
    b.append("### ").append(title).append(": ").append(signed(e.differenceCents())).append(" (")
        .append(money(e.baseline().totalCents())).append(" officially, ").append(money(e.reform().totalCents()))
        .append(" under the reform)\n\n");
    explain(b, "Official", e.baseline());
    explain(b, "Reform", e.reform());
  }

  private static void explain(StringBuilder b, String title, JobbonusResult r) {
    b.append(title).append(":\n\n```\n").append(r.explain().toText()).append("```\n\n");
  }

  /**
   * Writes {@value #REPORT} and the three charts into {@code dir} (created if needed).
   *
   * @return the files written, in a fixed order
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Path> write(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + dir + ": " + e.getMessage(), e);
    }
    // every file is made first, then each is written whole or not at all (be.jobbonus.io.internal.OutputFile)
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(REPORT, toMarkdown().getBytes(StandardCharsets.UTF_8));
    files.put(CURVE_PNG, Charts.png(Charts.amountCurves(c)));
    files.put(DISTRIBUTION_PNG, Charts.png(Charts.amountDistribution(c)));
    files.put(DIFFERENCE_PNG, Charts.png(Charts.budgetDifference(c)));
    if (!c.byProvince().isEmpty()) {
      files.put(PROVINCE_PNG, Charts.png(Charts.winnersLosersByProvince(c)));
    }
    List<Path> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      OutputFile.write(p, false, f.getValue());
      out.add(p);
    }
    return out;
  }

  @Override
  public String toString() {
    return "ReformReport[" + c + "]";
  }
}
