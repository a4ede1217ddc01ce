package be.jobbonus.io.internal;

import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.batch.DmfaAccumulator;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.PensionAgeRule;
import java.time.LocalDate;

/**
 * The engine's end of a file run: the persons to compute gathered into a chunk of columns
 * ({@link BatchInput.Builder#person}, the one way a person becomes columns), computed by the
 * {@link BatchKernel} a chunk at a time and written by the run's {@link ResultsWriter} ({@link
 * ResultsJson} or {@link ResultsCsv}) in the order they came; the computed persons counted in a {@link Tally}. Not thread-safe; one per thread.
 */
final class ResultChunk {

  static final int PERSONS = 4096;

  private final ParameterSet parameters;
  private final BatchKernel kernel;
  private final Persons people;
  private final ResultsWriter writer;
  private final Tally tally;
  /** Persons computed at once: at most {@link #PERSONS}. */
  private final int size;
  private final BatchInput.Builder chunk;
  private final short[] pensionAge;
  private final int[] who;
  private final BatchOutput out;

  /** @param persons how many persons are expected (a run's chunk of persons, if smaller than {@link #PERSONS}) */
  ResultChunk(ParameterSet parameters, BatchKernel kernel, Persons people, ResultsWriter writer, Tally tally,
      int persons) {
    this.size = Math.max(1, Math.min(PERSONS, persons));
    this.chunk = BatchInput.builder(size);
    this.pensionAge = new short[size];
    this.who = new int[size];
    this.out = BatchOutput.of(size, size * 4);
    this.parameters = parameters;
    this.kernel = kernel;
    this.people = people;
    this.writer = writer;
    this.tally = tally;
  }

  ResultsWriter writer() {
    return writer;
  }

  Tally tally() {
    return tally;
  }

  /** Person {@code i} of the persons file with the quarters derived from their occupations. */
  void add(int i, DmfaAccumulator derived) {
    person(i).quarters(derived);
  }

  /**
   * Person {@code i} of the persons file with the quarters of their usable {@code quarters.csv}
   * lines (of the reference year, none twice: {@link GroupRefusals#usable}), in the quarters' order.
   */
  void add(int i, GroupLines lines) {
    BatchInput.Builder b = person(i);
    int n = lines.quarterCount();
    for (int q = 1; q <= 4; q++) {
      for (int k = 0; k < n; k++) {
        if (lines.quarterOfYear(k) == q) {
          b.quarter(q, lines.wageCents(k), lines.workFraction(k), lines.regime(k));
        }
      }
    }
  }

  /** Person {@code i} of the persons file, without work. */
  void addWithoutWork(int i) {
    person(i);
  }

  private BatchInput.Builder person(int i) {
    if (chunk.personCount() == size) {
      flush();
    }
    LocalDate birth = people.birthDate(i); // the persons reader refuses a person without one
    PensionAgeRule rule = parameters.pensionAgeRuleFor(birth);
    int n = chunk.person(people.statuut(i), people.residence(i), kernel.firstQuarterAtPensionAge(birth, rule));
    who[n] = i;
    pensionAge[n] = (short) (int) rule.age().value();
    return chunk;
  }

  /** Computes and writes the persons gathered so far. */
  void flush() {
    int persons = chunk.personCount();
    if (persons == 0) {
      return;
    }
    BatchInput in = chunk.build();
    chunk.clear();
    kernel.compute(in, out);
    for (int p = 0; p < persons; p++) {
      writer.write(people, who[p], pensionAge[p], in, out, p);
      tally.personsInResults++;
      if (out.payable(p)) {
        tally.payable++;
        tally.totalCents += out.totalCents(p);
      }
      tally.place(people, who[p], out.payable(p), out.totalCents(p));
    }
  }
}
