package be.jobbonus.scenarios.reform;

import be.jobbonus.core.batch.InOrder;
import be.jobbonus.fixtures.synthetic.PopulationRun;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Cuts a stream of members into batches of {@link PopulationRun#CHUNK} in stream order, computes
 * the batches on a pool of threads and merges their results in batch order ({@link InOrder}), so
 * the result does not depend on the number of threads. The members are read on the calling thread
 * (a file is read once, in order); at most a window of batches is held at once.
 */
final class MemberBatches {

  private MemberBatches() {}

  static <T, A> A run(Iterator<T> members, int threads, Function<List<T>, A> batch, BinaryOperator<A> merge,
      Supplier<A> empty, LongConsumer progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    var sum = new Object() {
      A total = empty.get();
      long done;
    };
    Iterator<Callable<Sized<A>>> tasks = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return members.hasNext();
      }

      @Override
      public Callable<Sized<A>> next() {
        List<T> b = batchOf(members);
        return () -> new Sized<>(batch.apply(b), b.size());
      }
    };
    InOrder.run(threads, tasks, r -> {
      sum.total = merge.apply(sum.total, r.result());
      sum.done += r.size();
      progress.accept(sum.done);
    });
    return sum.total;
  }

  private record Sized<A>(A result, int size) {}

  private static <T> List<T> batchOf(Iterator<T> members) {
    List<T> b = new ArrayList<>(PopulationRun.CHUNK);
    while (b.size() < PopulationRun.CHUNK && members.hasNext()) {
      b.add(members.next());
    }
    return b;
  }
}
