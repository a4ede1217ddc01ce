package be.jobbonus.core.parameters;

import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A complete, validated set of jobbonus parameters: the dated amount periods, the per-year rules,
 * the beneficiary categories, the pension-age table, the residence reference date, the DmfA
 * derivation rules and the interpretation points. Immutable and thread-safe.
 *
 * <p>Obtain one from {@link ParameterSets}. A quarter or reference year the set does not cover is
 * refused with {@link UnknownReferenceYearException}.
 */
public final class ParameterSet {

  private final String id;
  private final String version;
  private final String description;
  private final ImmutableList<Period> periods;
  private final ImmutableSortedMap<Integer, YearRules> years;
  private final Parameter<Set<Statuut>> eligibleCategories;
  private final ImmutableList<PensionAgeRule> pensionAge;
  private final Parameter<Integer> residenceYearsAfterReferenceYear;
  private final Parameter<MonthDay> residenceMonthDay;
  private final Interpretation interpretation;
  private final ImmutableList<DmfaRules> dmfa;
  private final Citations citations;
  private final String json; // canonical source text, for overrides

  ParameterSet(
      String id,
      String version,
      String description,
      List<Period> periods,
      Map<Integer, YearRules> years,
      Parameter<Set<Statuut>> eligibleCategories,
      List<PensionAgeRule> pensionAge,
      Parameter<Integer> residenceYearsAfterReferenceYear,
      Parameter<MonthDay> residenceMonthDay,
      Interpretation interpretation,
      List<DmfaRules> dmfa,
      Citations citations,
      String json) {
    this.id = Objects.requireNonNull(id);
    this.version = Objects.requireNonNull(version);
    this.description = Objects.requireNonNull(description);
    this.periods = ImmutableList.sortedCopyOf((a, b) -> a.from().compareTo(b.from()), periods);
    this.years = ImmutableSortedMap.copyOf(years);
    this.eligibleCategories = Objects.requireNonNull(eligibleCategories);
    this.pensionAge = ImmutableList.copyOf(pensionAge);
    this.residenceYearsAfterReferenceYear = Objects.requireNonNull(residenceYearsAfterReferenceYear);
    this.residenceMonthDay = Objects.requireNonNull(residenceMonthDay);
    this.interpretation = Objects.requireNonNull(interpretation);
    this.dmfa = ImmutableList.sortedCopyOf((a, b) -> a.from().compareTo(b.from()), dmfa);
    this.citations = Objects.requireNonNull(citations);
    this.json = Objects.requireNonNull(json);
  }

  /** Short name of the set, as in {@code official}; results carry {@code id-year}. */
  public String id() {
    return id;
  }

  /** Version of the data (a date or a release name). */
  public String version() {
    return version;
  }

  public String description() {
    return description;
  }

  /** The dated amount periods, in date order, without overlap. */
  public List<Period> periods() {
    return periods;
  }

  /** The per-reference-year rules, by year. */
  public Map<Integer, YearRules> yearRules() {
    return years;
  }

  /** The beneficiary categories (decree art. 3). */
  public Parameter<Set<Statuut>> eligibleCategories() {
    return eligibleCategories;
  }

  /** The statutory pension age table, by birth date. */
  public List<PensionAgeRule> pensionAgeTable() {
    return pensionAge;
  }

  /** IP-residence-date: the residence reference date is this many years after the reference year. */
  public Parameter<Integer> residenceYearsAfterReferenceYear() {
    return residenceYearsAfterReferenceYear;
  }

  /** The day of the year of the residence reference date (1 January). */
  public Parameter<MonthDay> residenceMonthDay() {
    return residenceMonthDay;
  }

  public Interpretation interpretation() {
    return interpretation;
  }

  /** The articles the library cites, with status and source. */
  public Citations citations() {
    return citations;
  }

  /** The DmfA derivation rules, in date order. */
  public List<DmfaRules> dmfaRules() {
    return dmfa;
  }

  /** The reference years this set can compute: those with year rules and a period for every quarter. */
  public Set<Integer> referenceYears() {
    return years.keySet().stream().filter(this::covers).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Whether {@code year} can be computed with this set. */
  public boolean covers(int year) {
    if (!years.containsKey(year)) {
      return false;
    }
    for (int q = 1; q <= 4; q++) {
      LocalDate first = YearQuarter.of(year, q).firstDay();
      if (periods.stream().noneMatch(p -> p.contains(first))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that {@code year} can be computed.
   *
   * @throws UnknownReferenceYearException saying which years are covered
   */
  public void requireYear(int year) {
    if (!covers(year)) {
      throw new UnknownReferenceYearException(
          year,
          "no parameters for reference year " + year + " in parameter set '" + id
              + "' (it covers " + referenceYears() + "); supply a parameter set for that year");
    }
  }

  /** The rules of reference year {@code year}. */
  public YearRules yearRules(int year) {
    requireYear(year);
    return years.get(year);
  }

  /** The amount period that contains the first day of {@code quarter}. */
  public Period periodFor(YearQuarter quarter) {
    return periods.stream()
        .filter(p -> p.contains(quarter.firstDay()))
        .findFirst()
        .orElseThrow(() -> new UnknownReferenceYearException(
            quarter.year(), "no amount period in parameter set '" + id + "' contains quarter " + quarter));
  }

  /** The DmfA rules for the quarter (by its first day). */
  public DmfaRules dmfaRulesFor(YearQuarter quarter) {
    return dmfa.stream()
        .filter(r -> r.contains(quarter.firstDay()))
        .findFirst()
        .orElseThrow(() -> new UnknownReferenceYearException(
            quarter.year(), "no DmfA rules in parameter set '" + id + "' for quarter " + quarter));
  }

  /** The residence reference date for reference year {@code year} (decree art. 4). */
  public LocalDate residenceReferenceDate(int year) {
    return residenceMonthDay.value().atYear(year + residenceYearsAfterReferenceYear.value());
  }

  /** The pension-age row for a birth date. */
  public PensionAgeRule pensionAgeRuleFor(LocalDate birthDate) {
    for (int i = 0; i < pensionAge.size(); i++) { // by index: once per person of a run, no iterator
      PensionAgeRule r = pensionAge.get(i);
      if (r.covers(birthDate)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "the pension-age table of parameter set '" + id + "' has no row for this birth date");
  }

  /** The day the statutory pension age is reached (decree art. 4). */
  public LocalDate pensionAgeDate(LocalDate birthDate) {
    return pensionAgeRuleFor(birthDate).reachedOn(birthDate);
  }

  /** The canonical JSON this set was read from (for overrides and provenance). */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return "ParameterSet[" + id + " " + version + ", years " + referenceYears() + "]";
  }
}
