package be.jobbonus.scenarios.reform;

import be.jobbonus.core.Person;
import be.jobbonus.fixtures.synthetic.Worker;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import java.util.List;
import java.util.Objects;

/**
 * One member of a population: a person and the work of the reference year, either as the
 * calculation's own quarter inputs or as DmfA occupation lines. Lines are derived under each
 * parameter set compared, so that a reform of the DmfA rules (counted codes, the work-fraction
 * rounding) shows its effect. {@link #toString()} is masked.
 */
public final class PersonYear implements Worker {

  private final Person person;
  private final List<QuarterInput> quarters; // when given as quarters
  private final List<OccupationLine> lines; // when given as DmfA lines
  private final String segment; // nullable

  private PersonYear(Person person, List<QuarterInput> quarters, List<OccupationLine> lines, String segment) {
    this.person = Objects.requireNonNull(person, "person");
    this.quarters = quarters == null ? null : List.copyOf(quarters);
    this.lines = lines == null ? null : List.copyOf(lines);
    this.segment = segment;
  }

  /** A member given by its quarter inputs. */
  public static PersonYear of(Person person, List<QuarterInput> quarters) {
    return new PersonYear(person, Objects.requireNonNull(quarters, "quarters"), null, null);
  }

  /** A member given by its DmfA occupation lines (all of this person). */
  public static PersonYear ofDmfa(Person person, List<OccupationLine> lines) {
    return new PersonYear(person, null, Objects.requireNonNull(lines, "lines"), null);
  }

  /**
   * This member in a segment of its population model (as the Flanders model's {@code
   * serviceVouchers}), for the report's breakdown by segment.
   */
  public PersonYear withSegment(String name) {
    return new PersonYear(person, quarters, lines, Objects.requireNonNull(name, "segment"));
  }

  /** The member's segment in its population model, when it has one. */
  public java.util.Optional<String> segment() {
    return java.util.Optional.ofNullable(segment);
  }

  @Override
  public Person person() {
    return person;
  }

  /** The DmfA lines, as the simulation derives them (empty when given as quarters). */
  @Override
  public List<OccupationLine> lines() {
    return lines == null ? List.of() : lines;
  }

  /** The quarter inputs when given as such, else null ({@link Worker}). */
  @Override
  public List<QuarterInput> quarters() {
    return quarters;
  }

  /**
   * The quarter inputs under {@code parameters}: as given, or derived from the DmfA lines with the
   * set's DmfA rules (docs/calculation.md §4).
   *
   * @throws be.jobbonus.core.dmfa.InvalidOccupationLineException when a line cannot be used
   */
  public List<QuarterInput> quarters(ParameterSet parameters) {
    if (quarters != null) {
      return quarters;
    }
    return DmfaDerivation.of(parameters).derive(lines).inputs();
  }

  @Override
  public String toString() {
    return "PersonYear[" + person + ", " + (lines != null ? lines.size() + " DmfA lines" : quarters.size() + " quarters")
        + "]";
  }
}
