package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts of the persons reader give what Jackson CSV and java.time give. */
class CsvSplitTest {

  @Test
  void plainSplitAgreesWithJacksonCsv() {
    String alphabet = "ab ,,\t;'#\\éx1";
    Random random = new Random(42);
    int plain = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(12);
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = b.toString();
      String[] fast = Csv.splitPlain(line);
      if (fast != null) {
        plain++;
        assertArrayEquals(Csv.splitJackson(line), fast, () -> "[" + line + "]");
      }
    }
    assertTrue(plain > 50_000, "the plain split takes most lines");
    assertArrayEquals(Csv.splitJackson("85073003328,Peeters,Jan,1985-07-30,EMPLOYEE,FLEMISH_REGION"),
        Csv.splitPlain("85073003328,Peeters,Jan,1985-07-30,EMPLOYEE,FLEMISH_REGION"));
  }

  @Test
  void birthDatesAreReadAsLocalDateParseReadsThem() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      String text;
      if (i % 10 == 0) {
        text = "+" + random.nextInt(100000) + "-01-0" + random.nextInt(10);
      } else {
        text = String.format("%04d-%02d-%02d", random.nextInt(3000), random.nextInt(15), random.nextInt(34));
        if (i % 7 == 0) {
          text = text.replace('-', '/');
        }
      }
      Object expected;
      try {
        expected = java.time.LocalDate.parse(text);
      } catch (java.time.DateTimeException e) {
        expected = "refused";
      }
      Object actual;
      try {
        actual = PersonsCsv.date(text);
      } catch (java.time.DateTimeException e) {
        actual = "refused";
      }
      org.junit.jupiter.api.Assertions.assertEquals(expected, actual, text);
    }
  }
}
