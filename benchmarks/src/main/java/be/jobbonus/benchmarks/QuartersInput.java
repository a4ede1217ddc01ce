package be.jobbonus.benchmarks;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the {@code quarters.csv} of a synthetic population (grouped by INSZ, in worker order):
 * each worker's quarters as the one derivation gives them from their DmfA lines, so that {@code
 * calculate --quarters} with it and the population's {@code persons.csv} pays what {@code
 * calculate --dmfa} pays. For the end-to-end benchmark script (benchmarks/end-to-end.sh), beside
 * {@code jobbonus simulate --write}, which writes the same workers' {@code persons.csv}.
 *
 * <p>{@code java -cp benchmarks.jar be.jobbonus.benchmarks.QuartersInput DIR WORKERS YEAR SEED}
 */
public final class QuartersInput {

  private QuartersInput() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: QuartersInput DIR WORKERS YEAR SEED");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long workers = Long.parseLong(args[1]);
    int year = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    Files.createDirectories(dir);
    SyntheticPopulation population = SyntheticPopulation.of(seed, year);
    DmfaDerivation derivation = DmfaDerivation.of(ParameterSets.official());
    Path target = dir.resolve("quarters.csv");
    Path partial = dir.resolve("quarters.csv.partial");
    long lines = 0;
    try (BufferedWriter out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8), 1 << 16)) {
      out.write("insz,quarter,wage_cents,work_fraction,regime\n");
      for (long i = 0; i < workers; i++) {
        SyntheticWorker w = population.worker(i);
        String insz = w.person().insz().digits();
        for (QuarterInput q : derivation.derive(w.lines()).inputs()) {
          out.write(insz + "," + q.quarter() + "," + q.wageCents() + "," + q.workFraction().toPlainString() + ","
              + q.regime() + "\n");
          lines++;
        }
      }
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println(target + ": " + lines + " quarter lines of " + workers + " workers");
  }
}
