package be.jobbonus.benchmarks;

import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** (1) The batch kernel over a whole population, one thread and all cores; one op = the whole batch. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class KernelBenchmark {

  @Param({"10000", "1000000"})
  public int persons;

  BatchKernel kernel;
  Workload workload;
  BatchOutput out;
  ExecutorService pool;
  int cores;

  @Setup(Level.Trial)
  public void setUp() {
    kernel = BatchKernel.of(ParameterSets.official(), 2024);
    workload = Workload.generate(kernel, persons, 42, false);
    out = BatchOutput.forInput(workload.batch);
    cores = Runtime.getRuntime().availableProcessors();
    pool = Executors.newFixedThreadPool(cores);
    System.out.println("\nrecords=" + workload.batch.recordCount() + " persons=" + persons + " cores=" + cores);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  @Benchmark
  public BatchOutput kernelSingleThread() {
    kernel.compute(workload.batch, out);
    return out;
  }

  @Benchmark
  public BatchOutput kernelAllCores() {
    kernel.compute(workload.batch, out, pool, cores);
    return out;
  }
}
