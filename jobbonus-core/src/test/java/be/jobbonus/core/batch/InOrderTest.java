package be.jobbonus.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link InOrder}: results in task order on any number of threads; the first failure stops the run.
 * A producer read ahead: its records in order, its failure after them, stopped by a close.
 */
class InOrderTest {

  private static List<Callable<Integer>> tasks(int n) {
    return IntStream.range(0, n).<Callable<Integer>>mapToObj(i -> () -> {
      Thread.sleep((n - i) % 3); // later tasks often finish first
      return i;
    }).toList();
  }

  @Test
  void resultsComeInTaskOrder() {
    for (int threads = 1; threads <= 4; threads++) {
      List<Integer> got = new ArrayList<>();
      InOrder.run(threads, tasks(50).iterator(), got::add);
      assertEquals(IntStream.range(0, 50).boxed().toList(), got, threads + " threads");
    }
  }

  @Test
  void aFailureIsThrownAfterTheResultsBeforeIt() {
    for (int threads = 1; threads <= 3; threads++) {
      int n = threads;
      List<Callable<Integer>> tasks = new ArrayList<>(tasks(20));
      tasks.set(7, () -> {
        throw new IllegalArgumentException("task 7");
      });
      List<Integer> got = new ArrayList<>();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> InOrder.run(n, tasks.iterator(), got::add));
      assertEquals("task 7", e.getMessage());
      assertEquals(IntStream.range(0, 7).boxed().toList(), got);
    }
  }

  @Test
  void readAheadHandsOnEveryRecordInOrderWithABoundedWait() {
    int capacity = 64;
    for (int n : new int[] {0, 1, capacity - 1, capacity, 100 * capacity + 7}) {
      AtomicInteger made = new AtomicInteger();
      AtomicInteger taken = new AtomicInteger();
      AtomicInteger mostAhead = new AtomicInteger();
      try (Stream<Integer> s = InOrder.readAhead(capacity, out -> {
        for (int i = 0; i < n; i++) {
          mostAhead.accumulateAndGet(made.incrementAndGet() - taken.get(), Math::max);
          out.accept(i);
        }
      })) {
        List<Integer> got = new ArrayList<>();
        s.forEach(i -> {
          taken.incrementAndGet();
          got.add(i);
        });
        assertEquals(IntStream.range(0, n).boxed().toList(), got, n + " records");
      }
      // those waiting, one being handed on and one taken but not yet counted
      assertTrue(mostAhead.get() <= capacity + 2, "ahead by " + mostAhead.get());
    }
  }

  @Test
  void aFailureOfTheProducerIsThrownAfterTheRecordsBeforeIt() {
    int n = 1000;
    Stream<Integer> s = InOrder.readAhead(10, out -> {
      for (int i = 0; i < n; i++) {
        out.accept(i);
      }
      throw new IllegalArgumentException("line " + n);
    });
    Iterator<Integer> it = s.iterator();
    for (int i = 0; i < n; i++) {
      assertEquals(i, it.next());
    }
    assertEquals("line " + n, assertThrows(IllegalArgumentException.class, it::hasNext).getMessage());
    assertEquals("line " + n, assertThrows(IllegalArgumentException.class, it::hasNext).getMessage());
  }

  @Test
  void closingTheStreamStopsTheProducer() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Stream<Integer> s = InOrder.readAhead(1, out -> {
      try {
        for (int i = 0; ; i++) {
          out.accept(i); // endless: only the close stops it
        }
      } finally {
        stopped.countDown();
      }
    });
    assertEquals(List.of(0, 1, 2), s.limit(3).toList());
    assertEquals(1, stopped.getCount(), "still producing, waiting to hand on");
    s.close();
    assertTrue(stopped.await(10, TimeUnit.SECONDS), "the producer stopped");
  }
}
