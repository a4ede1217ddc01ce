package be.jobbonus.scenarios.reform;

import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The project's synthetic DmfA population ({@link SyntheticPopulation}, the one {@code jobbonus
 * simulate} computes) as a {@link Population}: worker {@code i} depends only on the seed and i, its
 * occupation lines are derived under each parameter set compared.
 *
 * @param population the generator
 * @param workers how many of its workers, the first ones
 */
public record DmfaPopulation(SyntheticPopulation population, long workers) implements Population {

  public DmfaPopulation {
    Objects.requireNonNull(population, "population");
    if (workers < 0 || workers > SyntheticPopulation.maxWorkers()) {
      throw new IllegalArgumentException("workers must be 0-" + SyntheticPopulation.maxWorkers());
    }
  }

  /**
   * The first {@code workers} workers of {@code population}.
   *
   * @throws IllegalArgumentException when {@code workers} is negative or above the generator's maximum
   */
  public static DmfaPopulation of(SyntheticPopulation population, long workers) {
    return new DmfaPopulation(population, workers);
  }

  @Override
  public int referenceYear() {
    return population.year();
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "synthetic DmfA population, %,d workers, seed %d", workers, population.seed());
  }

  @Override
  public String evidence() {
    return "A synthetic test population (docs/population.md): the mix of docs/dmfa.md, section 12, not calibrated on any"
        + " published figure. Its amounts test the rules and the reform's mechanics; its totals are not a forecast.";
  }

  @Override
  public Stream<PersonYear> members() {
    return LongStream.range(0, workers).mapToObj(i -> {
      SyntheticWorker w = population.worker(i);
      return PersonYear.ofDmfa(w.person(), w.lines());
    });
  }

  @Override
  public String toString() {
    return "DmfaPopulation[" + description() + "]";
  }
}
