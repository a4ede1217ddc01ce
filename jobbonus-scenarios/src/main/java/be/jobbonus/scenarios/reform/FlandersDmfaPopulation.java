package be.jobbonus.scenarios.reform;

import be.jobbonus.fixtures.flanders.FlandersPopulation;
import be.jobbonus.fixtures.flanders.FlandersWorkers;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.internal.FlandersEvidence;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The calibrated Flanders population ({@link FlandersPopulation}: every wage earner, full size) of
 * one reference year as a {@link Population}; worker {@code i} depends only on the seed, the year
 * and i, its occupation lines are derived under each parameter set compared.
 *
 * @param workers the year's workers of the model
 */
public record FlandersDmfaPopulation(FlandersWorkers workers) implements Population {

  /** Every worker of {@code population} in {@code year}, drawn with {@code seed}. */
  public static FlandersDmfaPopulation of(FlandersPopulation population, int year, long seed) {
    Objects.requireNonNull(population, "population");
    return new FlandersDmfaPopulation(population.workers(year, seed));
  }

  @Override
  public int referenceYear() {
    return workers.year();
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "Flanders population model %s %s, %,d wage earners (full size), seed %d",
        workers.population().model().id(), workers.population().model().version(), workers.size(), workers.seed());
  }

  /**
   * The model's sources and its calibration error on the years with published figures, measured
   * now on a 1/{@value #EVIDENCE_SCALE} sample with the official parameters (sampling error about
   * ±1 %; the full-size figures are in docs/population.md).
   */
  @Override
  public String evidence() {
    StringBuilder b = new StringBuilder();
    b.append("The calibrated Flanders population model (docs/population.md): every wage earner of the Flemish")
        .append(" Region, described by ").append(workers.population().model().figures().size())
        .append(" figures, each with its source and status (L, S or I). A model, not the real declarations:")
        .append(" what it does not know is listed in docs/population.md.\n\n");
    b.append("Every published figure the model uses against the model (official parameters, every ").append(EVIDENCE_SCALE)
        .append("th worker, seed ").append(workers.seed()).append("), with the tolerance it is calibrated to:\n\n");
    b.append(FlandersEvidence.toMarkdown(FlandersEvidence.measure(workers.population(), ParameterSets.official(),
        workers.seed(), EVIDENCE_SCALE, Runtime.getRuntime().availableProcessors())));
    return b.toString();
  }

  /** The sample the report's calibration evidence is measured on: every n-th worker. */
  public static final int EVIDENCE_SCALE = 20;

  @Override
  public Stream<PersonYear> members() {
    java.util.List<String> ids = workers.population().model().segments().stream().map(s -> s.id()).toList();
    return LongStream.range(0, workers.size()).mapToObj(i -> {
      SyntheticWorker w = workers.worker(i);
      return PersonYear.ofDmfa(w.person(), w.lines()).withSegment(ids.get(workers.segmentIndexOf(i)));
    });
  }

  @Override
  public String toString() {
    return "FlandersDmfaPopulation[" + description() + "]";
  }
}
