package be.jobbonus.scenarios;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.parameters.ParameterSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One case of a scenario file, read and checked: the person, the reference year's quarters, the
 * parameters (official, or with the file's overrides: a reform) and what is expected.
 *
 * <p>{@link #toString()} names the file, line and case, never the wages.
 */
public final class Scenario {

  private final Path file;
  private final int line;
  private final String name;
  private final String notes;
  private final int referenceYear;
  private final Person person;
  private final List<QuarterInput> quarters;
  private final Map<String, String> overrides;
  private final ParameterSet parameters;
  private final Expectation expectation;
  private final String derivation;

  Scenario(Path file, int line, String name, String notes, int referenceYear, Person person,
      List<QuarterInput> quarters, Map<String, String> overrides, ParameterSet parameters,
      Expectation expectation, String derivation) {
    this.file = Objects.requireNonNull(file);
    this.line = line;
    this.name = Objects.requireNonNull(name);
    this.notes = Objects.requireNonNull(notes);
    this.referenceYear = referenceYear;
    this.person = Objects.requireNonNull(person);
    this.quarters = List.copyOf(quarters);
    this.overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    this.parameters = Objects.requireNonNull(parameters);
    this.expectation = Objects.requireNonNull(expectation);
    this.derivation = Objects.requireNonNull(derivation);
  }

  /** How the quarters were derived from the case's DmfA lines, step by step; empty without DmfA lines. */
  public String derivation() {
    return derivation;
  }

  /** The file the case was read from. */
  public Path file() {
    return file;
  }

  /** The line where the case starts. */
  public int line() {
    return line;
  }

  public String name() {
    return name;
  }

  /** The author's notes or source (may be empty). */
  public String notes() {
    return notes;
  }

  public int referenceYear() {
    return referenceYear;
  }

  public Person person() {
    return person;
  }

  /** The quarters given, in file order. */
  public List<QuarterInput> quarters() {
    return quarters;
  }

  /** The parameter overrides applied (file's, then case's), in file order; empty for the official rules. */
  public Map<String, String> overrides() {
    return overrides;
  }

  /** The parameter set the case is computed with. */
  public ParameterSet parameters() {
    return parameters;
  }

  public Expectation expectation() {
    return expectation;
  }

  /** {@code file:line name}. */
  @Override
  public String toString() {
    return file + ":" + line + " " + name;
  }
}
