package be.jobbonus.benchmarks;

import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (1)-(4) side by side on the same people, one thread each: the kernel, the reference calculator,
 * the Moneta version and the DMN engine. One op = the whole sample. The peers are checked against
 * the reference first ({@link PeerAgreement}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerBenchmark {

  @Param({"2000"})
  public int persons;

  Workload workload;
  BatchKernel kernel;
  BatchOutput out;
  JobbonusCalculator reference;
  MonetaJobbonus moneta;
  DmnJobbonus dmn;

  @Setup(Level.Trial)
  public void setUp() {
    ParameterSet set = ParameterSets.official();
    kernel = BatchKernel.of(set, 2024);
    workload = Workload.generate(kernel, persons, 42, true);
    out = BatchOutput.forInput(workload.batch);
    reference = JobbonusCalculator.of(set);
    moneta = new MonetaJobbonus(set);
    dmn = new DmnJobbonus(set);
    System.out.println("\nrecords=" + workload.batch.recordCount() + " persons=" + persons);
  }

  @Benchmark
  public BatchOutput kernel() {
    kernel.compute(workload.batch, out);
    return out;
  }

  @Benchmark
  public long reference() {
    long sum = 0;
    for (Workload.Row r : workload.rows) {
      sum += reference.calculate(r.person(), workload.year, r.quarters()).totalCents();
    }
    return sum;
  }

  @Benchmark
  public long moneta() {
    long sum = 0;
    for (Workload.Row r : workload.rows) {
      sum += moneta.calculate(r.person(), workload.year, r.quarters()).totalCents();
    }
    return sum;
  }

  @Benchmark
  public long dmn() {
    long sum = 0;
    for (Workload.Row r : workload.rows) {
      sum += dmn.calculate(r.person(), workload.year, r.quarters()).totalCents();
    }
    return sum;
  }
}
