package be.jobbonus.core.dmfa;

import be.jobbonus.core.Insz;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.DmfaAccumulator;
import be.jobbonus.core.batch.DmfaExclusions;
import be.jobbonus.core.parameters.Citations;
import be.jobbonus.core.parameters.ParameterSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derives a person's quarter inputs from DmfA occupation lines, as docs/calculation.md §4 reads BVR 1
 * July 2022 art. 2 §2-§3/1 (an interpretation: every code set and date is parameter data, {@link
 * ParameterSet#dmfaRulesFor}), with the explanation of each quarter. Immutable and thread-safe.
 *
 * <p>The lines as objects on the one derivation, {@link DmfaAccumulator} (the rule is written
 * there): each line's fields become its primitives, and the {@link Derivation} is built from the
 * accumulator's {@link DmfaAccumulator.Trace}.
 */
public final class DmfaDerivation {

  /** Beyond this many years, accumulators are made per call instead of kept. */
  private static final int KEPT_YEARS = 32;

  private final ParameterSet parameters;
  /** Per year, an accumulator whose rule tables the copies share. */
  private final ConcurrentHashMap<Integer, DmfaAccumulator> years = new ConcurrentHashMap<>();

  private DmfaDerivation(ParameterSet parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  public static DmfaDerivation of(ParameterSet parameters) {
    return new DmfaDerivation(parameters);
  }

  public ParameterSet parameters() {
    return parameters;
  }

  /**
   * Checks that the line can be used with the rules of its quarter: a line with counted services
   * needs days per week (full-time) or the reference person's hours S and declared hours
   * (part-time), never a division by zero.
   *
   * @throws InvalidOccupationLineException naming the field
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when no rules cover the quarter
   */
  public void check(OccupationLine line) {
    DmfaAccumulator a = accumulator(line.quarter().year());
    if (!a.addLine(line)) {
      throw a.refusal();
    }
  }

  /**
   * Derives the quarters of one person.
   *
   * @param lines the person's lines, any employers and quarters, any order
   * @return per quarter present in {@code lines}, in quarter order
   * @throws InvalidOccupationLineException when a line fails {@link #check} (the first in order),
   *     or a quarter's wage exceeds {@link QuarterInput#MAX_WAGE_CENTS}
   * @throws IllegalArgumentException when the lines belong to more than one INSZ
   */
  public Derivation derive(List<OccupationLine> lines) {
    Objects.requireNonNull(lines, "lines");
    Insz insz = null;
    TreeMap<Integer, YearTrace> byYear = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      OccupationLine l = Objects.requireNonNull(lines.get(i), "lines[" + i + "]");
      if (insz == null) {
        insz = l.insz();
      } else if (!insz.equals(l.insz())) {
        throw new IllegalArgumentException("lines of more than one person given (INSZ " + insz.masked()
            + " and " + l.insz().masked() + ")");
      }
      YearTrace y = byYear.computeIfAbsent(l.quarter().year(), YearTrace::new);
      y.begin(i, l);
      if (!y.accumulator.addLine(l)) {
        throw y.accumulator.refusal();
      }
    }
    List<QuarterDerivation> out = new ArrayList<>();
    boolean onlyExcluded = !byYear.isEmpty();
    int category = 0;
    for (YearTrace y : byYear.values()) {
      if (!y.accumulator.finish()) {
        throw y.accumulator.refusal();
      }
      y.quarters(out);
      int c = y.accumulator.excludedCategory();
      onlyExcluded &= c != 0;
      category = category == 0 || c != 0 && c < category ? c : category;
    }
    return new Derivation(out, parameters.citations().get("dmfaDerivation"),
        onlyExcluded ? DmfaExclusions.official().category(category).id() : null);
  }

  private DmfaAccumulator accumulator(int year) {
    DmfaAccumulator kept = years.get(year);
    if (kept == null) {
      kept = DmfaAccumulator.ofLines(parameters, year);
      if (years.size() < KEPT_YEARS) {
        years.putIfAbsent(year, kept);
      }
    }
    return kept.copy();
  }

  /**
   * Why a line of category {@code c} is excluded, for the explanation: the marker that matched with
   * the line's value, its status and source, the article and IP-declared-category.
   */
  private String exclusionRule(DmfaExclusions.Category c, OccupationLine l) {
    DmfaExclusions.Marker m = null;
    for (DmfaExclusions.Marker x : c.markers()) {
      int v = value(x.field(), l);
      if (m == null && v >= 0 && x.matches(v, l.quarter())) {
        m = x;
      }
    }
    if (m == null) {
      throw new IllegalStateException("no marker of " + c.id() + " matches the line");
    }
    return "category " + c.id() + " (" + Citations.shown(parameters.citations().get(c.citationKey())) + "): "
        + name(m.field()) + " " + value(m.field(), l) + " (zone " + m.zone() + ") is one of its codes in "
        + l.quarter() + " [" + m.status() + ": " + m.source() + "]; IP-declared-category "
        + parameters.interpretation().excludedCategories().value() + " [" + parameters.interpretation()
            .excludedCategories().status() + "]: neither its days nor its wage count";
  }

  private static int value(DmfaExclusions.Field f, OccupationLine l) {
    return switch (f) {
      case WORKER_CODE -> l.workerCode();
      case EMPLOYER_CLASS -> l.employerClass();
      case APPRENTICESHIP -> l.apprenticeship();
    };
  }

  private static String name(DmfaExclusions.Field f) {
    return switch (f) {
      case WORKER_CODE -> "worker code";
      case EMPLOYER_CLASS -> "employer class";
      case APPRENTICESHIP -> "apprentice type";
    };
  }

  /** One year's accumulator with a trace that collects its {@link LineTrace}s and sums. */
  private final class YearTrace implements DmfaAccumulator.Trace {
    final int year;
    final DmfaAccumulator accumulator;
    private final List<List<LineTrace>> lines = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    private final Fraction[] sums = new Fraction[4];
    /** The excluded categories of its lines (indices). */
    final java.util.TreeSet<Integer> excludedCategories = new java.util.TreeSet<>();
    private int index;
    private OccupationLine line;
    private List<Service> counted;
    private List<Service> otherServices;
    private List<Remuneration> wage;
    private List<Remuneration> otherRemunerations;

    YearTrace(int year) {
      this.year = year;
      this.accumulator = accumulator(year);
      accumulator.traceTo(this);
      accumulator.reset();
    }

    void begin(int i, OccupationLine l) {
      index = i;
      line = l;
      counted = new ArrayList<>(l.services().size());
      otherServices = new ArrayList<>(0);
      wage = new ArrayList<>(l.remunerations().size());
      otherRemunerations = new ArrayList<>(0);
    }

    @Override
    public void service(int i, boolean isCounted) {
      (isCounted ? counted : otherServices).add(line.services().get(i));
    }

    @Override
    public void remuneration(int i, boolean isWage) {
      (isWage ? wage : otherRemunerations).add(line.remunerations().get(i));
    }

    @Override
    public void line(int quarterOfYear, boolean counts, long wageCents, long numerator, long denominator,
        boolean teachingStaff, int excludedCategory) {
      String category = null;
      String rule = null;
      if (excludedCategory != 0) {
        DmfaExclusions.Category c = DmfaExclusions.official().category(excludedCategory);
        category = c.id();
        rule = exclusionRule(c, line);
        excludedCategories.add(excludedCategory);
      }
      lines.get(quarterOfYear - 1).add(new LineTrace(index, line,
          excludedCategory != 0 ? LineTrace.Status.EXCLUDED_CATEGORY
              : counts ? LineTrace.Status.COUNTED : LineTrace.Status.TERMINATION_INDEMNITY_NOT_COUNTED, counted,
          otherServices, wage, otherRemunerations, wageCents, numerator, denominator, teachingStaff, category, rule));
    }

    @Override
    public void quarter(int quarterOfYear, BigInteger numerator, BigInteger denominator) {
      sums[quarterOfYear - 1] = new Fraction(numerator, denominator);
    }

    /** After a successful finish: the quarters present, in order. */
    void quarters(List<QuarterDerivation> out) {
      for (int q = 1; q <= 4; q++) {
        if (!accumulator.present(q)) {
          continue;
        }
        YearQuarter yq = YearQuarter.of(year, q);
        QuarterInput input = QuarterInput.of(yq, accumulator.wageCents(q),
            BigDecimal.valueOf(accumulator.workFractionTenThousandths(q), QuarterInput.MAX_WORK_FRACTION_SCALE),
            accumulator.fullTime(q) ? Regime.FULL_TIME : Regime.PART_TIME);
        out.add(new QuarterDerivation(yq, parameters.dmfaRulesFor(yq), lines.get(q - 1), sums[q - 1],
            parameters.interpretation().workFractionScale(), input, parameters.citations().get("teachingStaff")));
      }
    }
  }
}
