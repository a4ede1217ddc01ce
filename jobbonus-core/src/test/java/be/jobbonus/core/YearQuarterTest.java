package be.jobbonus.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearQuarterTest {
  @Test
  void parsesBothForms() {
    assertEquals(YearQuarter.of(2024, 1), YearQuarter.parse("2024Q1"));
    assertEquals(YearQuarter.of(2022, 3), YearQuarter.parse("20223"));
    assertEquals("2024Q4", YearQuarter.of(2024, 4).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024Q5", "2024Q0", "2024-1", "24Q1", "", "abcdQ1", "2024Q12"})
  void refusesUnknownQuarters(String s) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearQuarter.parse(s));
    assertTrue(e.getMessage().contains("quarter"), e.getMessage());
  }

  @Test
  void datesAndArithmetic() {
    YearQuarter q = YearQuarter.of(2024, 1);
    assertEquals(LocalDate.of(2024, 1, 1), q.firstDay());
    assertEquals(LocalDate.of(2024, 3, 31), q.lastDay());
    assertEquals(YearQuarter.of(2025, 1), YearQuarter.of(2024, 4).plusQuarters(1));
    assertEquals(YearQuarter.of(2023, 4), q.plusQuarters(-1));
    assertEquals(q, YearQuarter.from(LocalDate.of(2024, 2, 29)));
    assertTrue(q.contains(LocalDate.of(2024, 3, 31)));
  }
}
