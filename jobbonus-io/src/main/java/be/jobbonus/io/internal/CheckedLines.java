package be.jobbonus.io.internal;

import be.jobbonus.core.batch.InOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The lines of a results file checked by {@link ResultLine#parse} on every core and handed on in
 * the file's order: what notify and recalculate do with a results file before they trust one of
 * its lines. The check of a line depends on that line alone (and on the parameter sets, which do
 * not change), so lines are checked in chunks of {@value #CHUNK} on the threads of {@link
 * InOrder}; whatever depends on the order — a person given twice, the first line refused — is
 * decided by the consumer, on the calling thread, as if the lines had been checked one by one.
 * The lines are read on the calling thread; at most {@code 2 × threads} chunks are in memory.
 */
final class CheckedLines {

  /** Lines per task: large enough that handing a chunk over costs little against its checks. */
  static final int CHUNK = 512;

  /** One line of a results file and the verdict of its check. */
  static final class Line {
    /** The line's number in the file (1 for the first). */
    final long number;
    /** Where the line's text starts in the file (its byte-order mark passed over), and its bytes (without line end). */
    final long offset;
    final int length;
    /** The text, or {@code null} when the bytes are no text ({@link #problem} says why). */
    final String text;
    ResultLine result;
    ResultLine.Problem problem;

    Line(long number, long offset, int length, String text, ResultLine.Problem problem) {
      this.number = number;
      this.offset = offset;
      this.length = length;
      this.text = text;
      this.problem = problem;
    }
  }

  /** The lines to check, read on the calling thread; blank lines are passed over by the source. */
  interface Source {
    /** The next non-blank line, or {@code null} at the end. */
    Line next() throws IOException;
  }

  private CheckedLines() {}

  /**
   * Checks every line of {@code lines} against {@code check} on {@code threads} threads and hands
   * each to {@code inOrder}, with its {@link Line#result} or its {@link Line#problem}, in the
   * order of the file.
   *
   * @throws UncheckedIOException when the source cannot be read
   */
  static void check(Source lines, ResultCheck check, int threads, Consumer<Line> inOrder) {
    Iterator<Callable<List<Line>>> tasks = new Iterator<>() {
      private List<Line> next = read();

      private List<Line> read() {
        List<Line> chunk = new ArrayList<>(CHUNK);
        try {
          Line l;
          while (chunk.size() < CHUNK && (l = lines.next()) != null) {
            chunk.add(l);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return chunk.isEmpty() ? null : chunk;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Callable<List<Line>> next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        List<Line> chunk = next;
        next = chunk.size() < CHUNK ? null : read();
        return () -> {
          for (Line l : chunk) {
            if (l.text != null) {
              try {
                l.result = ResultLine.parse(l.text, check);
              } catch (ResultLine.Problem p) {
                l.problem = p;
              }
            }
          }
          return chunk;
        };
      }
    };
    InOrder.run(threads, tasks, chunk -> chunk.forEach(inOrder));
  }
}
