package be.jobbonus.core.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a few threads and hands their results to one consumer in the order the tasks
 * came, on the calling thread, so that what the consumer builds does not depend on the number of
 * threads: the XML file run's chunks of persons, a simulated population's chunks, a reform's
 * batches of members. The tasks are taken from the iterator on the calling thread (a file is read
 * once, in order). At most {@code 2 × threads} tasks are in flight, so the memory stays bounded
 * however many tasks there are. With one thread every task runs on the calling thread.
 */
public final class InOrder {

  private InOrder() {}

  /**
   * @throws RuntimeException or {@link Error} the first failure of a task, in task order (no
   *     later result is handed on)
   */
  public static <T> void run(int threads, Iterator<Callable<T>> tasks, Consumer<T> inOrder) {
    if (threads <= 1) {
      while (tasks.hasNext()) {
        inOrder.accept(call(tasks.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jobbonus-in-order");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
      while (tasks.hasNext()) {
        if (inFlight.size() == 2 * threads) {
          inOrder.accept(take(inFlight.removeFirst()));
        }
        inFlight.addLast(pool.submit(tasks.next()));
      }
      while (!inFlight.isEmpty()) {
        inOrder.accept(take(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T take(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
