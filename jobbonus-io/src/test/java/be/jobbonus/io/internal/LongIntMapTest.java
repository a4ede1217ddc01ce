package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

  /** Many keys (the map grows several times), clustered and scattered, some twice: as a HashMap does. */
  @Test
  void answersAsAHashMapWhileItGrowsAndAfterClear() {
    Random random = new Random(7);
    LongIntMap map = new LongIntMap(4);
    for (int round = 0; round < 3; round++) {
      Map<Long, Integer> expected = new HashMap<>();
      int n = round == 1 ? 200_000 : 5_000; // round 1 grows beyond 1 << 16 slots: clear starts small again
      for (int i = 0; i < n; i++) {
        long key = i % 3 == 0 ? 1 + random.nextInt(n) : 1 + (random.nextLong() >>> 1) % 99_999_999_999L;
        Integer old = expected.putIfAbsent(key, i);
        assertEquals(old == null ? LongIntMap.ABSENT : old, map.putIfAbsent(key, i));
      }
      assertEquals(expected.size(), map.size());
      for (Map.Entry<Long, Integer> e : expected.entrySet()) {
        assertEquals(e.getValue(), map.get(e.getKey()));
      }
      for (int i = 0; i < 10_000; i++) {
        long key = 1 + (random.nextLong() >>> 1) % 99_999_999_999L;
        assertEquals(expected.getOrDefault(key, LongIntMap.ABSENT), map.get(key));
      }
      assertEquals(LongIntMap.ABSENT, map.get(0));
      map.clear();
      assertEquals(0, map.size());
      for (long key : expected.keySet()) {
        assertEquals(LongIntMap.ABSENT, map.get(key));
      }
    }
  }

  @Test
  void refusesKeyZeroAndNegativeValues() {
    LongIntMap map = new LongIntMap(16);
    assertThrows(IllegalArgumentException.class, () -> map.putIfAbsent(0, 1));
    assertThrows(IllegalArgumentException.class, () -> map.putIfAbsent(5, -1));
    assertEquals(0, map.size());
  }
}
