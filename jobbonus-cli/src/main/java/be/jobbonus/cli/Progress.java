package be.jobbonus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr (me.tongfei:progressbar), shown only when stderr is a terminal:
 * silent in pipes, files and CI, so that what they capture does not change. Counts only, no
 * personal data.
 */
final class Progress implements LongConsumer, AutoCloseable {

  /** Runs shorter than this many items show no progress. */
  static final long THRESHOLD = 500_000;

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** Progress of {@code total} items named {@code unit}; a silent one when stderr is not a terminal or the run is short. */
  static Progress of(String task, String unit, long total) {
    if (total < THRESHOLD || !stderrIsTerminal()) {
      return new Progress(null);
    }
    return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed().continuousUpdate().build());
  }

  /**
   * Whether stderr is a terminal: where the system tells (Linux: fd 2 is a tty, also when stdout
   * goes to a file), else whether there is an interactive console; never with {@code TERM=dumb}.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String fd2 = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return fd2.startsWith("/dev/pts/") || fd2.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Items done so far. */
  @Override
  public void accept(long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
