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
 *
 * @param file the file the case was read from
 * @param line the line where the case starts
 * @param name the case's name
 * @param notes the author's notes or source (may be empty)
 * @param referenceYear the reference year
 * @param person the person
 * @param quarters the quarters given, in file order
 * @param overrides the parameter overrides applied (file's, then case's), in file order; empty for the official rules
 * @param parameters the parameter set the case is computed with
 * @param expectation what is expected
 * @param derivation how the quarters were derived from the case's DmfA lines, step by step; empty without DmfA lines
 */
public record Scenario(Path file, int line, String name, String notes, int referenceYear, Person person,
    List<QuarterInput> quarters, Map<String, String> overrides, ParameterSet parameters, Expectation expectation,
    String derivation) {

  public Scenario {
    Objects.requireNonNull(file);
    Objects.requireNonNull(name);
    Objects.requireNonNull(notes);
    Objects.requireNonNull(person);
    quarters = List.copyOf(quarters);
    overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    Objects.requireNonNull(parameters);
    Objects.requireNonNull(expectation);
    Objects.requireNonNull(derivation);
  }

  /** {@code file:line name}. */
  @Override
  public String toString() {
    return file + ":" + line + " " + name;
  }
}
