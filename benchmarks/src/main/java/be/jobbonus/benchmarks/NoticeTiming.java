package be.jobbonus.benchmarks;

import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import be.jobbonus.notice.NoticeFormat;
import be.jobbonus.notice.Notices;
import be.jobbonus.rules.message.VlabelMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The notices on one thread, timed by the clock and by CPU time, which other jobs on a busy machine
 * disturb far less than the clock: notices per second of the rendering thread's CPU ("per core"),
 * and per second of the whole process's CPU (with the JIT compiler and the garbage collector: the
 * cautious figure). Each notice is a different payable person of the synthetic population of 2024
 * (the same persons as {@link NoticeBenchmark}, more of them), made from their VLABEL message;
 * writing the files is not included. A first round of each format warms the JIT and is not
 * counted.
 *
 * <p>{@code java -Xmx1g -cp benchmarks.jar be.jobbonus.benchmarks.NoticeTiming [pdf] [html] [lang] [rounds]}
 * (defaults: 2,000 PDF and 20,000 HTML notices, Dutch, 3 rounds).
 */
public final class NoticeTiming {

  private NoticeTiming() {}

  public static void main(String[] args) {
    int pdf = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int html = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Locale lang = Locale.forLanguageTag(args.length > 2 ? args[2] : "nl");
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    List<VlabelMessage> messages = payable(Math.max(pdf, html));
    Notices notices = Notices.of(lang).dated(LocalDate.of(2025, 11, 3));
    System.out.printf(Locale.ROOT, "%,d payable persons of the synthetic population of 2024; %s; %d cores seen%n",
        messages.size(), notices, Runtime.getRuntime().availableProcessors());
    time(notices, NoticeFormat.HTML, messages.subList(0, Math.min(html, 2_000)), "warm-up");
    time(notices, NoticeFormat.PDF, messages.subList(0, Math.min(pdf, 200)), "warm-up");
    for (int r = 1; r <= rounds; r++) {
      time(notices, NoticeFormat.HTML, messages.subList(0, html), "round " + r);
      time(notices, NoticeFormat.PDF, messages.subList(0, pdf), "round " + r);
    }
  }

  static List<VlabelMessage> payable(int n) {
    SyntheticPopulation population = SyntheticPopulation.of(42, 2024);
    JobbonusCalculator calc = JobbonusCalculator.official();
    List<VlabelMessage> out = new ArrayList<>(n);
    for (long i = 0; out.size() < n; i++) {
      SyntheticWorker w = population.worker(i);
      JobbonusResult r = calc.calculateFromDmfa(w.person(), 2024, w.lines());
      if (r.payable()) {
        out.add(VlabelMessage.from(r));
      }
    }
    return out;
  }

  static void time(Notices notices, NoticeFormat format, List<VlabelMessage> messages, String label) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long p0 = os.getProcessCpuTime();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long bytes = 0;
    for (VlabelMessage m : messages) {
      bytes += notices.render(m, format).length;
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    double process = (os.getProcessCpuTime() - p0) / 1e9;
    int n = messages.size();
    System.out.printf(Locale.ROOT,
        "%-8s %-4s %,7d notices: %,9.0f /s thread CPU (%.2f s), %,9.0f /s process CPU (%.2f s), %,9.0f /s clock"
            + " (%.2f s, load %.1f); %,d bytes each%n",
        label, format.name().toLowerCase(Locale.ROOT), n, n / cpu, cpu, n / process, process, n / wall, wall,
        os.getSystemLoadAverage(), bytes / n);
  }
}
