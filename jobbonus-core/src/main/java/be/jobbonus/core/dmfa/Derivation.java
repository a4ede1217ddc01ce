package be.jobbonus.core.dmfa;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.Citations;
import be.jobbonus.core.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person's quarters derived from DmfA occupation lines, in quarter order, each with its trace.
 * Contains wages: personal data.
 */
public final class Derivation {

  private final List<QuarterDerivation> quarters;
  private final Parameter<String> citation;
  private final String excludedCategory;

  Derivation(List<QuarterDerivation> quarters, Parameter<String> citation, String excludedCategory) {
    this.quarters = List.copyOf(quarters);
    this.citation = citation;
    this.excludedCategory = excludedCategory;
  }

  /**
   * When every line is of a category the decree excludes, as the declaration shows it
   * (docs/dmfa.md §14), that category's name — the first in the table's order among the lines;
   * empty when a line is of none, or there is no line. {@code JobbonusCalculator.calculate(person,
   * year, derivation)} reports it as the person's category reason.
   */
  public Optional<String> excludedCategory() {
    return Optional.ofNullable(excludedCategory);
  }

  /** Per quarter, in order. */
  public List<QuarterDerivation> quarters() {
    return quarters;
  }

  /** The inputs for {@code JobbonusCalculator.calculate}, in quarter order. */
  public List<QuarterInput> inputs() {
    List<QuarterInput> out = new ArrayList<>(quarters.size());
    for (QuarterDerivation q : quarters) {
      out.add(q.input());
    }
    return out;
  }

  public Optional<QuarterDerivation> quarter(YearQuarter q) {
    return quarters.stream().filter(d -> d.quarter().equals(q)).findFirst();
  }

  /** The derivation as text, one block per quarter. */
  public String toText() {
    return toText(i -> "line " + (i + 1));
  }

  /** The derivation as text, each occupation line named by {@code label} (given its index). */
  public String toText(java.util.function.IntFunction<String> label) {
    StringBuilder b = new StringBuilder("Derivation from DmfA occupation lines  [")
        .append(Citations.shown(citation)).append("]\n");
    for (QuarterDerivation q : quarters) {
      b.append('\n').append("Quarter ").append(q.quarter()).append('\n');
      for (String line : q.toLines(label)) {
        b.append("   ").append(line).append('\n');
      }
    }
    return b.toString();
  }

  /** Masked: the quarters only. */
  @Override
  public String toString() {
    return "Derivation" + quarters;
  }
}
