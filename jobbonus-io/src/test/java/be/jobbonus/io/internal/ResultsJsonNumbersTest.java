package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The results writer's numbers are what {@link Long#toString} writes, at every length. */
class ResultsJsonNumbersTest {

  private static String written(long v) {
    byte[] out = new byte[24];
    int end = ResultsJson.decimal(out, 2, v);
    return new String(out, 2, end - 2, StandardCharsets.US_ASCII);
  }

  @Test
  void everyLengthAndEdge() {
    long[] edges = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 9999, 10_000, 123_456, Integer.MAX_VALUE - 1L,
        Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 99_999_999_999L, 100_000_000_000L, Long.MAX_VALUE};
    for (long v : edges) {
      assertEquals(Long.toString(v), written(v));
    }
    for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
      assertEquals(Long.toString(p - 1), written(p - 1));
      assertEquals(Long.toString(p), written(p));
    }
  }

  @Test
  void fixedWidthKeepsLeadingZeros() {
    long[] insz = {0, 7, 612300011L, 6123000117L, 85073003328L, 99_999_999_999L, Integer.MAX_VALUE + 1L};
    for (long v : insz) {
      byte[] out = new byte[13];
      ResultsJson.digits(out, 1, 12, v);
      assertEquals(String.format(java.util.Locale.ROOT, "%011d", v), new String(out, 1, 11, StandardCharsets.US_ASCII));
    }
  }

  @Test
  void randomValues() {
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      long v = (random.nextLong() >>> 1) >>> random.nextInt(63);
      assertEquals(Long.toString(v), written(v));
    }
  }
}
