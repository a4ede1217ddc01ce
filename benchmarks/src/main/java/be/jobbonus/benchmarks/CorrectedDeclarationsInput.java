package be.jobbonus.benchmarks;

import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import java.nio.file.Path;

/**
 * Writes a synthetic population's DmfA XML declarations as {@code simulate --write DIR --format xml}
 * does, with corrections ({@code DmfAUpdate}) beside a fraction of them ({@link
 * PopulationFiles#writeDeclarations(SyntheticPopulation, long, Path, int, double)}): the input of a
 * run "where 5 % of the declarations have a correction" (benchmarks/end-to-end.sh).
 *
 * <p>{@code java -cp benchmarks.jar be.jobbonus.benchmarks.CorrectedDeclarationsInput DIR WORKERS YEAR SEED
 * FRACTION}
 */
public final class CorrectedDeclarationsInput {

  /** Workers per employer, as {@code simulate --format xml} groups them. */
  static final int PER_EMPLOYER = 20;

  private CorrectedDeclarationsInput() {}

  public static void main(String[] args) {
    if (args.length != 5) {
      System.err.println("usage: CorrectedDeclarationsInput DIR WORKERS YEAR SEED FRACTION");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long workers = Long.parseLong(args[1]);
    int year = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    double fraction = Double.parseDouble(args[4]);
    long lines = PopulationFiles.writeDeclarations(SyntheticPopulation.of(seed, year), workers, dir, PER_EMPLOYER,
        fraction);
    System.out.println(dir + ": " + lines + " occupations of " + workers + " workers, " + args[4]
        + " of the declarations corrected");
  }
}
