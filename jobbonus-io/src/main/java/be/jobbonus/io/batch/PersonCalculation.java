package be.jobbonus.io.batch;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.DataRecord;
import be.jobbonus.io.Reject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One person's records to an {@link Outcome}. A person is computed only from complete data: when
 * one of their records is refused, all of them are (the others with a reason pointing at it), so
 * that no amount is computed from part of a person's lines. Thread-safe.
 */
public final class PersonCalculation {

  private final JobbonusCalculator calculator;
  private final DmfaDerivation derivation;
  private final int year;
  private final String dataFile;

  /**
   * @param dataFile the per-quarter file's name, for rejects
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover the year
   */
  public PersonCalculation(ParameterSet parameters, int year, String dataFile) {
    this.dataFile = Objects.requireNonNull(dataFile);
    this.calculator = JobbonusCalculator.of(parameters);
    this.derivation = DmfaDerivation.of(parameters);
    this.year = year;
    parameters.requireYear(year);
  }

  public int year() {
    return year;
  }

  public JobbonusCalculator calculator() {
    return calculator;
  }

  public DmfaDerivation derivation() {
    return derivation;
  }

  /** A person with quarter summaries ({@code quarters.csv}). */
  public Outcome ofQuarters(Person person, List<DataRecord<QuarterInput>> records) {
    List<Reject> problems = problems(records);
    if (problems.isEmpty()) {
      Map<YearQuarter, Long> seen = new HashMap<>();
      for (DataRecord<QuarterInput> r : records) {
        Long before = seen.putIfAbsent(r.value().quarter(), r.line());
        if (before != null) {
          problems.add(new Reject(dataFile, r.line(), "quarter", person.insz().masked(),
              r.value().quarter() + " is given twice for this person (lines " + before + " and " + r.line()
                  + "); give one line per quarter with all employers added up"));
        }
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.rejected(withOthers(records, problems, person));
    }
    List<QuarterInput> inputs = new ArrayList<>(records.size());
    for (DataRecord<QuarterInput> r : records) {
      inputs.add(r.value());
    }
    return calculate(person, inputs, null, records);
  }

  /** A person with DmfA occupation lines ({@code dmfa.jsonl}). */
  public Outcome ofDmfa(Person person, List<DataRecord<OccupationLine>> records) {
    List<Reject> problems = problems(records);
    for (DataRecord<OccupationLine> r : records) {
      if (r.ok()) {
        try {
          derivation.check(r.value());
        } catch (InvalidOccupationLineException e) {
          problems.add(new Reject(dataFile, r.line(), e.field(), person.insz().masked(), e.reason()));
        }
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.rejected(withOthers(records, problems, person));
    }
    List<OccupationLine> lines = new ArrayList<>(records.size());
    for (DataRecord<OccupationLine> r : records) {
      lines.add(r.value());
    }
    Derivation d;
    try {
      d = derivation.derive(lines);
    } catch (InvalidOccupationLineException e) {
      List<Reject> all = new ArrayList<>();
      for (DataRecord<OccupationLine> r : records) {
        all.add(new Reject(dataFile, r.line(), e.field(), person.insz().masked(), e.reason()));
      }
      return Outcome.rejected(all);
    }
    return calculate(person, d.inputs(), d, records);
  }

  /** A person without records in the per-quarter file: no quarter with work. */
  public Outcome withoutRecords(Person person) {
    return Outcome.computed(calculator.calculate(person, year, List.of()), null, List.of());
  }

  private Outcome calculate(Person person, List<QuarterInput> inputs, Derivation d, List<? extends DataRecord<?>> records) {
    try {
      List<Long> lines = new ArrayList<>(records.size());
      for (DataRecord<?> r : records) {
        lines.add(r.line());
      }
      return Outcome.computed(calculator.calculate(person, year, inputs), d, lines);
    } catch (IllegalArgumentException e) {
      List<Reject> all = new ArrayList<>();
      for (DataRecord<?> r : records) {
        all.add(new Reject(dataFile, r.line(), "insz", person.insz().masked(), "cannot compute: " + e.getMessage()));
      }
      return Outcome.rejected(all);
    }
  }

  private static List<Reject> problems(List<? extends DataRecord<?>> records) {
    List<Reject> out = new ArrayList<>();
    for (DataRecord<?> r : records) {
      if (!r.ok()) {
        out.add(r.reject());
      }
    }
    return out;
  }

  /** 3, 5 and 7. */
  public static String join(List<Long> lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      b.append(i == 0 ? "" : i == lines.size() - 1 ? " and " : ", ").append(lines.get(i));
    }
    return b.toString();
  }

  /** The problems, then every other record of the person with a reason pointing at them. */
  private List<Reject> withOthers(List<? extends DataRecord<?>> records, List<Reject> problems, Person person) {
    Map<Long, Reject> byLine = new HashMap<>();
    for (Reject p : problems) {
      byLine.putIfAbsent(p.line(), p);
    }
    List<Long> bad = new ArrayList<>(byLine.keySet());
    bad.sort(null);
    List<Reject> out = new ArrayList<>(records.size());
    String file = dataFile;
    for (DataRecord<?> r : records) {
      Reject own = byLine.get(r.line());
      out.add(Objects.requireNonNullElseGet(own, () -> new Reject(file, r.line(), "insz", person.insz().masked(),
          "not computed because line" + (bad.size() > 1 ? "s " : " ") + join(bad) + " of the same person in " + file
              + " " + (bad.size() > 1 ? "were" : "was") + " rejected; fix " + (bad.size() > 1 ? "them" : "it") + " and rerun")));
    }
    return out;
  }
}
