package be.jobbonus.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link InOrder}: results in task order on any number of threads; the first failure stops the run. */
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
}
