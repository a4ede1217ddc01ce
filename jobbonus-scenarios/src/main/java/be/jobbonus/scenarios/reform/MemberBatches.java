package be.jobbonus.scenarios.reform;

import be.jobbonus.fixtures.synthetic.PopulationRun;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Cuts a stream of members into batches of {@link PopulationRun#CHUNK} in stream order, computes
 * the batches on a pool of threads and merges their results in batch order, so the result does not
 * depend on the number of threads. The members are read on the calling thread (a file is read
 * once, in order); at most a window of batches is held at once.
 */
final class MemberBatches {

  private MemberBatches() {}

  static <T, A> A run(Iterator<T> members, int threads, Function<List<T>, A> batch, BinaryOperator<A> merge,
      Supplier<A> empty, LongConsumer progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    A total = empty.get();
    long done = 0;
    if (threads == 1) {
      while (members.hasNext()) {
        List<T> b = next(members);
        total = merge.apply(total, batch.apply(b));
        done += b.size();
        progress.accept(done);
      }
      return total;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "reform-run");
      t.setDaemon(true);
      return t;
    });
    try {
      int window = threads * 4;
      List<Future<A>> pending = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      while (members.hasNext() || !pending.isEmpty()) {
        while (members.hasNext() && pending.size() < window) {
          List<T> b = next(members);
          sizes.add(b.size());
          pending.add(pool.submit(() -> batch.apply(b)));
        }
        total = merge.apply(total, pending.remove(0).get());
        done += sizes.remove(0);
        progress.accept(done);
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<T> next(Iterator<T> members) {
    List<T> b = new ArrayList<>(PopulationRun.CHUNK);
    while (b.size() < PopulationRun.CHUNK && members.hasNext()) {
      b.add(members.next());
    }
    return b;
  }
}
