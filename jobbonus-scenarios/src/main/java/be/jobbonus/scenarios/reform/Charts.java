package be.jobbonus.scenarios.reform;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.scenarios.internal.Png;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's charts, rendered headless to PNG without metadata, so that the same figures give
 * the same bytes. Coordinates are converted to {@code double} for drawing only; every amount
 * drawn is computed exactly first (the amount curve by the reference calculator itself).
 */
final class Charts {

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  static final int WIDTH = 900;
  static final int HEIGHT = 500;

  private Charts() {}

  /** PNG bytes of a chart ({@link Png}). */
  static byte[] png(JFreeChart chart) {
    return Png.of(chart, WIDTH, HEIGHT);
  }

  /** A point of an amount curve: S and A(S), both in cents. */
  record Point(long s, long a) {}

  /**
   * A(S) of the period that contains {@code quarter}, sampled every {@code step} cents from 0 to
   * {@code max} and at the period's edges, computed by the reference calculator (µ = 1, full-time).
   */
  static List<Point> curve(ParameterSet set, YearQuarter quarter, long max, long step) {
    Period p = set.periodFor(quarter);
    TreeSet<Long> xs = new TreeSet<>();
    for (long s = 0; s <= max; s += step) {
      xs.add(s);
    }
    long og = p.lowerLimit().value();
    long bg = p.upperLimit().value();
    xs.add(og);
    xs.add(og + 1);
    xs.add(bg);
    xs.add(bg + 1);
    JobbonusCalculator calc = JobbonusCalculator.of(set);
    Person someone = Person.of(SyntheticPopulation.insz(LocalDate.of(1990, 1, 1), 1), "", "", Statuut.EMPLOYEE,
        Region.FLEMISH_REGION).withBirthDate(LocalDate.of(1990, 1, 1));
    List<Point> out = new ArrayList<>();
    for (long s : xs) {
      long wage = Math.multiplyExact(s, 3L);
      if (wage > QuarterInput.MAX_WAGE_CENTS) {
        break;
      }
      QuarterInput q = QuarterInput.of(quarter, wage, BigDecimal.ONE, Regime.FULL_TIME);
      long a = calc.calculate(someone, quarter.year(), List.of(q)).quarters().get(0).annualAmountCents();
      out.add(new Point(s, a));
    }
    return out;
  }

  /** The quarters of the year that start a new amount period (2022: Q1 and Q3). */
  static List<YearQuarter> periodStarts(ParameterSet set, int year) {
    List<YearQuarter> out = new ArrayList<>();
    Period last = null;
    for (int q = 1; q <= 4; q++) {
      YearQuarter yq = YearQuarter.of(year, q);
      Period p = set.periodFor(yq);
      if (!p.equals(last)) {
        out.add(yq);
        last = p;
      }
    }
    return out;
  }

  static JFreeChart amountCurves(ReformComparison c) {
    int year = c.referenceYear();
    ParameterSet base = c.reform().baseline();
    ParameterSet ref = c.reform().reformed();
    long max = 0;
    for (int q = 1; q <= 4; q++) {
      max = Math.max(max, base.periodFor(YearQuarter.of(year, q)).upperLimit().value());
      max = Math.max(max, ref.periodFor(YearQuarter.of(year, q)).upperLimit().value());
    }
    max = (max / 50_000 + 2) * 50_000;
    XYSeriesCollection data = new XYSeriesCollection();
    boolean changed = !base.toJson().equals(ref.toJson());
    for (YearQuarter start : periodStarts(base, year)) {
      data.addSeries(series("official, work from " + base.periodFor(start).from(), curve(base, start, max, 1_000)));
    }
    if (changed) {
      for (YearQuarter start : periodStarts(ref, year)) {
        data.addSeries(series("reform, work from " + ref.periodFor(start).from(), curve(ref, start, max, 1_000)));
      }
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        "Annual full-time amount A(S), reference year " + year,
        "reference monthly wage S (euro)", "A(S) (euro a year)", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    int n = data.getSeriesCount();
    int official = periodStarts(base, year).size();
    for (int i = 0; i < n; i++) {
      boolean isReform = i >= official;
      r.setSeriesStroke(i, isReform
          ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f)
          : new BasicStroke(2.5f));
      r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    }
    plot.setRenderer(r);
    return chart;
  }

  private static final Color[] PALETTE = {
    new Color(0x1f, 0x77, 0xb4), new Color(0x2c, 0xa0, 0x2c), new Color(0xd6, 0x27, 0x28),
    new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b)
  };

  private static XYSeries series(String key, List<Point> points) {
    XYSeries s = new XYSeries(key, false, true);
    for (Point p : points) {
      s.add(p.s() / 100.0, p.a() / 100.0); // drawing only
    }
    return s;
  }

  static List<String> amountBinLabels() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ReformComparison.AMOUNT_BINS; i++) {
      long lo = i * ReformComparison.AMOUNT_BIN_CENTS / 100;
      long hi = (i + 1) * ReformComparison.AMOUNT_BIN_CENTS / 100;
      out.add(i == ReformComparison.AMOUNT_BINS - 1 ? "> " + lo : lo + "-" + hi);
    }
    return out;
  }

  static JFreeChart amountDistribution(ReformComparison c) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = amountBinLabels();
    long[] b = c.baseline().amountBins();
    long[] r = c.reformed().amountBins();
    for (int i = 0; i < labels.size(); i++) {
      data.addValue(b[i], "official", labels.get(i));
      data.addValue(r[i], "reform", labels.get(i));
    }
    JFreeChart chart = ChartFactory.createBarChart("Persons paid by amount paid (euro), reference year "
        + c.referenceYear(), "amount paid (euro, upper end included)", "persons", data,
        PlotOrientation.VERTICAL, true, false, false);
    style(chart.getCategoryPlot());
    return chart;
  }

  static JFreeChart budgetDifference(ReformComparison c) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = c.wageBands().labels();
    List<ReformComparison.Band> bands = c.bands();
    for (int i = 0; i < labels.size(); i++) {
      data.addValue(bands.get(i).differenceCents() / 100.0, "reform minus official", labels.get(i)); // drawing only
    }
    JFreeChart chart = ChartFactory.createBarChart("Budget difference by wage band (reform minus official), total "
        + ReformReport.signed(c.budgetDifferenceCents()), "monthly wage, full-time equivalent (euro)",
        "reform minus official (euro)", data, PlotOrientation.VERTICAL, true, false, false);
    style(chart.getCategoryPlot());
    return chart;
  }

  /**
   * Per province of residence: persons who gain and persons who lose, side by side, each province
   * labelled with its budget difference; horizontal bars, so that the provinces read at a glance.
   */
  static JFreeChart winnersLosersByProvince(ReformComparison c) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    c.byProvince().forEach((p, band) -> {
      String label = p.dutchName() + " (" + ReformReport.signed(band.differenceCents()) + ")";
      data.addValue(band.winners(), "winners (paid more)", label); // drawing only
      data.addValue(band.losers(), "losers (paid less)", label);
    });
    JFreeChart chart = ChartFactory.createBarChart("Winners and losers by province of residence, reference year "
        + c.referenceYear() + " (budget difference, euro)", "province", "persons", data,
        PlotOrientation.HORIZONTAL, true, false, false);
    style(chart.getCategoryPlot());
    chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
    return chart;
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getRenderer().setSeriesPaint(0, PALETTE[0]);
    plot.getRenderer().setSeriesPaint(1, PALETTE[2]);
    ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer())
        .setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).setShadowVisible(false);
    plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
  }
}
