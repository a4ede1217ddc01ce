package be.jobbonus.benchmarks;

import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import be.jobbonus.notice.Notices;
import be.jobbonus.rules.message.VlabelMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The beneficiary's notice on one core: notices per second, HTML and PDF, each op one payable
 * person's notice made from their VLABEL message (rendering only: the files' writing is the safe
 * outputs' cost, measured with the other file runs). The messages are those of the synthetic
 * population's first 1,000 payable persons of 2024, taken in turn.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar NoticeBenchmark} (ops/s = notices per
 * second on one core).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class NoticeBenchmark {

  List<VlabelMessage> messages;
  Notices notices;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    SyntheticPopulation population = SyntheticPopulation.of(42, 2024);
    JobbonusCalculator calc = JobbonusCalculator.official();
    messages = new ArrayList<>();
    for (long i = 0; messages.size() < 1000; i++) {
      SyntheticWorker w = population.worker(i);
      JobbonusResult r = calc.calculateFromDmfa(w.person(), 2024, w.lines());
      if (r.payable()) {
        messages.add(VlabelMessage.from(r));
      }
    }
    notices = Notices.dutch().dated(LocalDate.of(2025, 11, 3));
  }

  private VlabelMessage nextMessage() {
    VlabelMessage m = messages.get(next);
    next = next + 1 == messages.size() ? 0 : next + 1;
    return m;
  }

  @Benchmark
  public String html() {
    return notices.html(nextMessage());
  }

  @Benchmark
  public byte[] pdf() {
    return notices.pdf(nextMessage());
  }
}
