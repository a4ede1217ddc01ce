package be.jobbonus.io.internal;

import be.jobbonus.core.Person;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.CalculateRun.Member;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a file run does with each person it can compute, chosen once when it starts: compute and
 * write them ({@link Compute}), explain the one person asked for ({@link Explain}), or hand them
 * on uncomputed ({@link Collect}).
 */
sealed interface Mode permits Mode.Compute, Mode.Explain, Mode.Collect {

  /** {@code calculate}: each person computed and written, a chunk at a time. */
  record Compute(ResultChunk results) implements Mode {}

  /** {@code explain}: the one person's outcome, computed with their explanation, to {@code outcome}. */
  record Explain(ParameterSet parameters, int year, Consumer<Outcome> outcome) implements Mode {

    /** The person computed from their lines as objects, with the derivation's trace. */
    void accept(Person person, GroupLines g, InputKind kind) {
      List<Long> numbers = new ArrayList<>(g.count());
      List<String> places = new ArrayList<>(g.count());
      for (int k = 0; k < g.count(); k++) {
        numbers.add(g.number(k));
        places.add(g.fileName(k) + " line " + g.number(k) + g.version(k));
      }
      JobbonusCalculator calculator = JobbonusCalculator.of(parameters);
      if (kind == InputKind.QUARTERS) {
        outcome.accept(Outcome.computed(calculator.calculate(person, year, g.quarters()), null, numbers, places));
        return;
      }
      Derivation d = DmfaDerivation.of(parameters).derive(lines(g));
      outcome.accept(Outcome.computed(calculator.calculate(person, year, d), d, numbers, places));
    }

    /** A person without lines, computed without work. */
    Outcome withoutLines(Person person, InputKind kind) {
      Derivation d = kind != InputKind.QUARTERS ? DmfaDerivation.of(parameters).derive(List.of()) : null;
      return Outcome.computed(JobbonusCalculator.of(parameters).calculate(person, year, List.of()), d, List.of(),
          List.of());
    }
  }

  /** {@code members}: each usable person's work as read, to {@code members}. */
  record Collect(Consumer<Member> members) implements Mode {

    void accept(Person person, GroupLines g, InputKind kind) {
      members.accept(kind == InputKind.QUARTERS ? new Member(person, List.of(), List.copyOf(g.quarters()))
          : new Member(person, lines(g), List.of()));
    }
  }

  /** The group's lines as objects (their fields were kept). */
  private static List<OccupationLine> lines(GroupLines g) {
    List<OccupationLine> objects = new ArrayList<>(g.count());
    for (int k = 0; k < g.count(); k++) {
      objects.add(DmfaJsonl.toLine(g.fields(k)));
    }
    return objects;
  }
}
