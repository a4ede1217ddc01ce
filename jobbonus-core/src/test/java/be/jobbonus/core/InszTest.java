package be.jobbonus.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InszTest {

  /** Builds a valid INSZ: birth date (or unknown parts), serial, bis offset 0/20/40. */
  static String make(int year, int month, int day, int serial, int bisOffset) {
    String first9 = String.format("%02d%02d%02d%03d", year % 100, month + bisOffset, day, serial);
    long n = Long.parseLong(first9) + (year >= 2000 ? 2_000_000_000L : 0);
    long check = 97 - n % 97;
    return first9 + String.format("%02d", check);
  }

  @ParameterizedTest
  @ValueSource(strings = {"77101500172", "78101500193", "67011500190", "88022999990", "88222999936", "85073003328"})
  void acceptsPublishedValidNumbers(String s) {
    assertTrue(Insz.isValid(s));
  }

  @ParameterizedTest
  @ValueSource(strings = {"08222999935", "20070199952", "85073003329", "8507300332", "850730033280", "8507300332A", "00000000000"})
  void refusesPublishedInvalidNumbers(String s) {
    assertFalse(Insz.isValid(s));
  }

  @Test
  void decodesBirthDateAndCentury() {
    Insz old = Insz.parse(make(1985, 7, 30, 33, 0));
    assertEquals(Optional.of(LocalDate.of(1985, 7, 30)), old.birthDate());
    Insz young = Insz.parse(make(2003, 2, 1, 12, 0));
    assertEquals(2003, young.birthYear());
    assertEquals(Optional.of(LocalDate.of(2003, 2, 1)), young.birthDate());
    Insz bis = Insz.parse(make(1990, 5, 6, 1, 40));
    assertTrue(bis.isBisNumber());
    assertEquals(Optional.of(LocalDate.of(1990, 5, 6)), bis.birthDate());
    Insz unknownMonth = Insz.parse(make(1970, 0, 0, 1, 20));
    assertEquals(Optional.empty(), unknownMonth.birthDate());
    assertEquals(1970, unknownMonth.birthYear());
  }

  @Test
  void messagesSayWhatIsWrongWithoutTheNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Insz.parse("85073003329"));
    assertTrue(e.getMessage().contains("check digits"), e.getMessage());
    assertFalse(e.getMessage().contains("850730"), "must not leak the number");
    e = assertThrows(IllegalArgumentException.class, () -> Insz.parse("8507300332"));
    assertTrue(e.getMessage().contains("11 digits"));
    e = assertThrows(IllegalArgumentException.class, () -> Insz.parse(make(1985, 13, 1, 1, 0)));
    assertTrue(e.getMessage().contains("month"));
    e = assertThrows(IllegalArgumentException.class, () -> Insz.parse(make(1985, 2, 30, 1, 0)));
    assertTrue(e.getMessage().contains("date that does not exist"));
  }

  @Test
  void toStringIsMasked() {
    Insz i = Insz.parse("85073003328");
    assertEquals("850730*****", i.toString());
    assertFalse(i.toString().contains("03328"));
  }

  @Test
  void roundTripsEveryValidNumber() {
    qt().forAll(birthDates(), integers().between(1, 997), integers().between(0, 2))
        .checkAssert((date, serial, bis) -> {
          String s = make(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), serial, bis * 20);
          Insz insz = Insz.parse(s);
          assertEquals(s, insz.digits());
          assertEquals(date.getYear(), insz.birthYear());
          assertEquals(insz, Insz.parse(insz.digits()));
          assertEquals(Optional.of(date), insz.birthDate());
        });
  }

  /**
   * Every single-digit corruption is refused, except the one family the mod-97-with-century
   * scheme cannot see: the second digit moved by 6 while the century flips (see {@link
   * #theBlindSpotIsReal()}).
   */
  @Test
  void rejectsEverySingleDigitCorruption() {
    qt().forAll(birthDates(), integers().between(1, 997), integers().between(0, 10), integers().between(1, 9))
        .checkAssert((date, serial, pos, delta) -> {
          String s = make(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), serial, 0);
          char[] c = s.toCharArray();
          int digit = c[pos] - '0';
          c[pos] = (char) ('0' + (digit + delta) % 10);
          String corrupted = new String(c);
          boolean knownBlindSpot = pos == 1 && Math.abs((c[pos] - '0') - digit) == 6;
          if (!knownBlindSpot) {
            assertFalse(Insz.isValid(corrupted), "accepted corruption at position " + pos);
          }
        });
  }

  static org.quicktheories.core.Gen<LocalDate> birthDates() {
    return integers()
        .between((int) LocalDate.of(1920, 1, 1).toEpochDay(), (int) LocalDate.of(2025, 12, 31).toEpochDay())
        .map(d -> LocalDate.ofEpochDay(d));
  }

  @Test
  void theBlindSpotIsReal() {
    String s2001 = make(2001, 3, 3, 10, 0); // 01.. -> 07.. (+6 on digit 2) reads as a valid 1907 number
    String flipped = s2001.charAt(0) + "7" + s2001.substring(2);
    assertTrue(Insz.isValid(flipped), "documented blind spot of the scheme");
    assertEquals(1907, Insz.parse(flipped).birthYear());
    String s1989 = make(1989, 3, 3, 10, 0);
    String to2083 = s1989.charAt(0) + "3" + s1989.substring(2); // -6 on digit 2: valid as 2083
    assertTrue(Insz.isValid(to2083));
    assertThrows(IllegalArgumentException.class, () -> Insz.parse(to2083, LocalDate.of(2026, 11, 29)));
  }

  @Test
  void theNumberCheckIsTheTextCheck() {
    java.util.Random random = new java.util.Random(3);
    int valid = 0;
    for (int i = 0; i < 300_000; i++) {
      long v;
      if (i % 2 == 0) {
        v = (long) (random.nextDouble() * 1e11);
      } else { // a well-formed number: a date (sometimes impossible or partial), a serial, right check digits
        int yy = random.nextInt(100);
        int mm = random.nextInt(14) + (random.nextInt(4) == 0 ? 20 * (1 + random.nextInt(2)) : 0);
        int dd = random.nextInt(33);
        long first9 = yy * 10_000_000L + mm * 100_000L + dd * 1_000L + random.nextInt(1000);
        boolean from2000 = random.nextBoolean();
        long check = 97 - ((from2000 ? 2_000_000_000L : 0) + first9) % 97;
        v = first9 * 100 + check;
        int base = mm % 20;
        if (mm < 60 && base >= 1 && base <= 12 && dd >= 1 && dd <= 31) { // the date rule against java.time
          boolean exists;
          try {
            LocalDate.of((from2000 ? 2000 : 1900) + yy, base, dd);
            exists = true;
          } catch (java.time.DateTimeException e) {
            exists = false;
          }
          assertEquals(exists, Insz.isValid(v), "date rule");
        }
      }
      String digits = String.format("%011d", v);
      boolean expected = Insz.isValid(digits);
      valid += expected ? 1 : 0;
      assertEquals(expected, Insz.isValid(v), digits.substring(0, 6) + "*****");
      if (expected) { // the number's birth date and bis mark are the text's
        Insz parsed = Insz.parse(digits);
        assertEquals(parsed.birthDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE), Insz.birthEpochDay(v));
        assertEquals(parsed.isBisNumber(), Insz.isBisNumber(v));
      } else {
        assertEquals(Long.MIN_VALUE, Insz.birthEpochDay(v));
      }
    }
    assertTrue(valid > 100_000, "valid numbers are well represented: " + valid);
    assertFalse(Insz.isValid(0L));
    assertFalse(Insz.isValid(-1L));
    assertFalse(Insz.isValid(100_000_000_000L));
    assertTrue(Insz.isValid(85_073_003_328L));
  }
}
