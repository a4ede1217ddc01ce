package be.jobbonus.core.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs tasks on a few threads and hands their results to one consumer in the order the tasks
 * came, on the calling thread, so that what the consumer builds does not depend on the number of
 * threads: the XML file run's chunks of persons, a simulated population's chunks, a reform's
 * batches of members. The tasks are taken from the iterator on the calling thread (a file is read
 * once, in order). At most {@code 2 × threads} tasks are in flight, so the memory stays bounded
 * however many tasks there are. With one thread every task runs on the calling thread.
 *
 * <p>A reader that pushes its records into a consumer (a file pipeline's callback) is read ahead
 * on one thread of its own by {@link #readAhead}, whose stream the calling thread pulls, for
 * instance to cut the records into the tasks of {@link #run}: a population read from files.
 */
public final class InOrder {

  /** Ends a read-ahead's hand-over. */
  private static final Object END = new Object();

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
      run(pool, 2 * threads, tasks, inOrder);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@link #run(int, Iterator, Consumer)} on the caller's {@code pool} (left running), with at most
   * {@code inFlight} tasks submitted and not yet handed on: for a caller that runs many short
   * batches on threads it keeps, as a benchmark of the kernel does.
   *
   * @throws RuntimeException or {@link Error} the first failure of a task, in task order
   */
  public static <T> void run(ExecutorService pool, int inFlight, Iterator<Callable<T>> tasks, Consumer<T> inOrder) {
    Objects.requireNonNull(pool, "pool");
    if (inFlight < 1) {
      throw new IllegalArgumentException("inFlight must be at least 1");
    }
    ArrayDeque<Future<T>> submitted = new ArrayDeque<>();
    try {
      while (tasks.hasNext()) {
        if (submitted.size() == inFlight) {
          inOrder.accept(take(submitted.removeFirst()));
        }
        submitted.addLast(pool.submit(tasks.next()));
      }
      while (!submitted.isEmpty()) {
        inOrder.accept(take(submitted.removeFirst()));
      }
    } finally {
      for (Future<T> f : submitted) { // after a failure: the tasks not handed on are not wanted
        f.cancel(true);
      }
    }
  }

  /**
   * Runs {@code producer} on a thread of its own, ahead of the caller, and returns what it hands
   * on, in the order handed on, as a stream for one pass on the calling thread. At most {@code
   * capacity} records wait, so the memory stays bounded however much is produced. A failure of the
   * producer is thrown by the stream after the records handed on before it. Closing the stream
   * stops the producer at its next hand-over (by interrupting it); a stream neither read to its end
   * nor closed leaves the producer, a daemon thread, waiting.
   *
   * @param producer hands each record (never {@code null}) to the consumer it is given
   */
  public static <T> Stream<T> readAhead(int capacity, Consumer<Consumer<T>> producer) {
    Objects.requireNonNull(producer, "producer");
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(capacity);
    AtomicBoolean closed = new AtomicBoolean();
    Thread thread = new Thread(() -> {
      Object last = END;
      try {
        producer.accept(record -> put(queue, Objects.requireNonNull(record, "record")));
      } catch (RuntimeException | Error e) {
        last = new Failed(e); // after a close: how the producer stopped, which nobody reads
      }
      try {
        if (!closed.get()) {
          queue.put(last);
        }
      } catch (InterruptedException e) {
        // closed meanwhile: nobody reads
      }
    }, "jobbonus-read-ahead");
    thread.setDaemon(true);
    thread.start();
    Iterator<T> records = new Iterator<>() {
      private Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = take(queue);
        }
        if (next instanceof Failed f && f.failure instanceof RuntimeException e) {
          throw e;
        }
        if (next instanceof Failed f && f.failure instanceof Error e) {
          throw e;
        }
        return next != END;
      }

      @Override
      @SuppressWarnings("unchecked")
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T record = (T) next;
        next = null;
        return record;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED
        | Spliterator.NONNULL), false).onClose(() -> {
          closed.set(true);
          thread.interrupt();
        });
  }

  /** How a read-ahead's producer failed, handed on in its place. */
  private record Failed(Throwable failure) {}

  private static void put(BlockingQueue<Object> queue, Object o) {
    try {
      queue.put(o);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Object take(BlockingQueue<Object> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
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
