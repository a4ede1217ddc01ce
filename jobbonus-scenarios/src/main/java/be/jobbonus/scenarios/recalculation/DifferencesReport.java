package be.jobbonus.scenarios.recalculation;

import be.jobbonus.core.Euro;
import be.jobbonus.io.CalculateRun.Change;
import be.jobbonus.io.CalculateRun.Differences;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.scenarios.internal.Png;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The analysts' report of a recalculation ({@code recalculate --report DIR}): persons and the sum
 * of the differences per kind of change, extra payments against recoveries, and the persons whose
 * previous result stands, as Markdown ({@value #REPORT}) and a bar chart ({@value #CHART}). The
 * totals come from the run's own counts ({@link Differences}), not from reading the differences
 * file again; no person is named. Each file is written whole or not at all.
 */
public final class DifferencesReport {

  /** The report's text file in DIR. */
  public static final String REPORT = "recalculation.md";
  /** The report's chart in DIR. */
  public static final String CHART = "recalculation.png";

  private DifferencesReport() {}

  /** Writes {@value #REPORT} and {@value #CHART} to {@code dir} (created if needed). */
  public static void write(Differences d, int year, String parameterSet, Path dir) {
    Objects.requireNonNull(d, "d");
    byte[] text = markdown(d, year, parameterSet).getBytes(StandardCharsets.UTF_8);
    byte[] png = Png.of(chart(d, year), 900, 500);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    OutputFile.write(dir.resolve(REPORT), false, text);
    OutputFile.write(dir.resolve(CHART), false, png);
  }

  /** The report's text. */
  public static String markdown(Differences d, int year, String parameterSet) {
    StringBuilder s = new StringBuilder();
    s.append("# Recalculation of reference year ").append(year).append(" (parameters ").append(parameterSet)
        .append('-').append(year).append(")\n\n");
    s.append("| change | persons | difference (euro) |\n|---|---:|---:|\n");
    for (Change k : Change.values()) {
      s.append("| ").append(k).append(" | ").append(d.changed().get(k)).append(" | ")
          .append(Euro.format(d.differenceCents().get(k))).append(" |\n");
    }
    s.append("| **listed** | **").append(d.listed()).append("** | **")
        .append(Euro.format(d.extraPaymentCents() - d.recoveryCents())).append("** |\n\n");
    s.append("- Extra payments (EXTRA_PAYMENT and NEWLY_ENTITLED): ").append(Euro.format(d.extraPaymentCents()))
        .append(" euro\n");
    s.append("- Recoveries (RECOVERY and NO_LONGER_ENTITLED): ").append(Euro.format(d.recoveryCents()))
        .append(" euro\n");
    s.append("- Persons in the previous results: ").append(d.previousPersons()).append("; unchanged: ")
        .append(d.unchanged()).append("; not recomputed (records refused or no longer in the persons file, the"
            + " previous result stands): ").append(d.notRecomputed()).append('\n');
    s.append("- Persons computed now and not in the previous results, not payable (not listed): ")
        .append(d.newNotPayable()).append('\n');
    s.append("- Persons computed now: ").append(d.run().personsInResults()).append("; records rejected: ")
        .append(d.run().rejected()).append("\n\n");
    s.append("Each difference is the new total minus the previous total, both as the calculator rounded them;"
        + " no difference is rounded again or left out for being small.\n\n");
    s.append("![differences by kind](").append(CHART).append(")\n");
    return s.toString();
  }

  private static JFreeChart chart(Differences d, int year) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Change k : Change.values()) {
      // euro for drawing only: the exact cents are in the text
      data.addValue(BigDecimal.valueOf(d.differenceCents().get(k), 2), "difference (euro)",
          k + " (" + d.changed().get(k) + ")");
    }
    JFreeChart chart = ChartFactory.createBarChart("Recalculation " + year + ": differences by kind (persons)",
        "kind of change", "sum of differences (euro)", data, PlotOrientation.VERTICAL, false, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setSeriesPaint(0, new Color(0x33, 0x66, 0x99));
    return chart;
  }

}
