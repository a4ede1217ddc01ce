package be.jobbonus.core.parameters;

import java.util.Objects;

/**
 * The interpretation points (IP-…) of docs/calculation.md: readings of the law where its text was not
 * available, each a documented, changeable setting.
 *
 * @param degressiveLineEnd IP-degressive-line: where the straight line from (OG, Jmax) ends
 * @param rounding IP-rounding: when amounts are rounded to the cent
 * @param workFractionScale IP-work-fraction: decimals of a DmfA-derived work fraction (half-up)
 * @param fullTimeMinimum IP-full-time: when the full-time minimum payable applies
 * @param pensionAge IP-pension-age: which quarters count around the pension age
 * @param multipleEmployers IP-multiple-employers: how several employers combine
 * @param excludedCategories IP-declared-category: whether an excluded category the DmfA shows
 *     excludes, beside persons.csv's statuut
 */
public record Interpretation(
    Parameter<DegressiveLineEnd> degressiveLineEnd,
    Parameter<Rounding> rounding,
    Parameter<Integer> workFractionScale,
    Parameter<FullTimeMinimum> fullTimeMinimum,
    Parameter<PensionAgeReading> pensionAge,
    Parameter<MultipleEmployers> multipleEmployers,
    Parameter<ExcludedCategories> excludedCategories) {

  /**
   * The six points of version 0.2.0, with IP-declared-category at its default ({@link
   * ExcludedCategories#STATUUT_OR_DECLARATION}, status I).
   */
  public Interpretation(Parameter<DegressiveLineEnd> degressiveLineEnd, Parameter<Rounding> rounding,
      Parameter<Integer> workFractionScale, Parameter<FullTimeMinimum> fullTimeMinimum,
      Parameter<PensionAgeReading> pensionAge, Parameter<MultipleEmployers> multipleEmployers) {
    this(degressiveLineEnd, rounding, workFractionScale, fullTimeMinimum, pensionAge, multipleEmployers,
        ExcludedCategories.DEFAULT);
  }

  public Interpretation {
    Objects.requireNonNull(degressiveLineEnd, "degressiveLineEnd");
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(workFractionScale, "workFractionScale");
    Objects.requireNonNull(fullTimeMinimum, "fullTimeMinimum");
    Objects.requireNonNull(pensionAge, "pensionAge");
    Objects.requireNonNull(multipleEmployers, "multipleEmployers");
    Objects.requireNonNull(excludedCategories, "excludedCategories");
    if (workFractionScale.value() < 0 || workFractionScale.value() > 4) {
      throw new IllegalArgumentException("workFractionScale must be 0-4");
    }
  }

  /** IP-degressive-line. */
  public enum DegressiveLineEnd {
    /** Line to (BG + 0.01, Jmin): reproduces the published 434.29 and 268.57 (default). */
    UPPER_LIMIT_PLUS_ONE_CENT,
    /** Line to (BG, Jmin). */
    UPPER_LIMIT
  }

  /** IP-rounding. */
  public enum Rounding {
    /** No intermediate rounding; the annual base is rounded once, half-up (default). */
    ANNUAL_ONCE,
    /** Each quarter's amount is rounded half-up to the cent, then summed. */
    PER_QUARTER
  }

  /** IP-full-time. */
  public enum FullTimeMinimum {
    /**
     * Every quarter with performance (µ > 0, before the pension age) was in a full-time regime,
     * whether or not it yields an amount (default; docs/calculation.md §3).
     */
    EVERY_PERFORMED_QUARTER_FULL_TIME,
    /** Every quarter with performance was full-time and had a work fraction of 1. */
    EVERY_PERFORMED_QUARTER_COMPLETE,
    /**
     * Only the quarters that count (yield an amount) decide: the library's reading before version 0.2.0, kept as
     * a named alternative; a part-time quarter above the upper limit does not make the year
     * part-time.
     */
    EVERY_COUNTED_QUARTER_FULL_TIME
  }

  /** IP-pension-age. */
  public enum PensionAgeReading {
    /** A quarter counts when the pension age is not reached on its first day (default). */
    NOT_REACHED_ON_FIRST_DAY_OF_QUARTER
  }

  /** IP-multiple-employers. */
  public enum MultipleEmployers {
    /** Wages and work fractions of all employers are added up per quarter (default). */
    SUM_ALL_EMPLOYERS
  }

  /**
   * IP-declared-category (docs/calculation.md §2, §7): when persons.csv's statuut and the DmfA
   * declaration disagree about an excluded category.
   */
  public enum ExcludedCategories {
    /**
     * An exclusion shown by either excludes (default): a line of an excluded category in the
     * declaration (docs/dmfa.md §14) counts for nothing whatever the statuut, and a person with only
     * such lines gets the category's reason; an excluded statuut excludes the person whatever their
     * lines show.
     */
    STATUUT_OR_DECLARATION,
    /** Only persons.csv's statuut decides: the declaration's markers are not read (the library before this point). */
    STATUUT_ONLY;

    /** The default, for a parameter file written before this point existed. */
    static final Parameter<ExcludedCategories> DEFAULT = new Parameter<>(STATUUT_OR_DECLARATION, Status.I,
        "IP-declared-category: default (the parameter file does not set interpretation.excludedCategories)");
  }
}
