package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick readers of {@code persons.csv} and {@code quarters.csv} lines ({@link PersonsCsv.Plain},
 * {@link QuartersCsv#scan}) accept only lines the full readers accept, with the same values: drawn
 * lines, well formed and then damaged one character at a time (a space, a quote, a comma, a digit,
 * a letter, a non-ASCII letter, a control character, a character removed).
 */
class PlainLinesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  private static final String EDITS = " \",.#q0159-aZé\t\r\\";
  /** Names as the national register has them, and a few it would not: a C1 control, a lone surrogate. */
  private static final String[] LAST_NAMES = {"Van den Broeck", "Peeters", "Dupré", "Çelik", "Ødegård", "Nguyễn",
      "Müller-Lüdenscheid", "李", "😀", "O'Brien", "a\u0085b", "x\ud800y", "\u00a0", "Ab\u200bc"};
  private static final String[] STATUUTS = {"EMPLOYEE", "CIVIL_SERVANT", "APPRENTICE", "employee", "STUDENT"};
  private static final String[] REGIONS = {"FLEMISH_REGION", "BRUSSELS_REGION", "WALLOON_REGION", "ABROAD", "Flanders"};

  @Test
  void aPersonsLineReadQuicklyIsTheOneParseReads() {
    int[] counts = new int[3]; // scanned, parsed only, refused
    for (boolean postal : new boolean[] {false, true}) {
      String header = "insz,last_name,first_name,birth_date,statuut,residence" + (postal ? ",postal_code" : "");
      int[] pos = Csv.header(new RawLine(1, header, null), "persons.csv", PersonsCsv.HEADER, PersonsCsv.OPTIONAL);
      qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
        Random r = new Random(seed);
        String line = damaged(personLine(r, postal), r);
        PersonsCsv.Plain plain = new PersonsCsv.Plain(TODAY);
        plain.columns(pos);
        byte[] b = damagedBytes(("x" + line).getBytes(StandardCharsets.UTF_8), r); // not at the array's start
        boolean scanned = plain.scan(b, 1, b.length);
        Object parsed = PersonsCsv.parse(LineSource.decode(b, 1, b.length - 1, 2), "persons.csv", pos, TODAY);
        if (!scanned) {
          counts[parsed instanceof Person ? 1 : 2]++;
          return;
        }
        counts[0]++;
        assertTrue(parsed instanceof Person, "scanned, but parse refuses: " + parsed);
        Person p = (Person) parsed;
        assertEquals(Long.parseLong(p.insz().digits()), plain.insz);
        assertEquals(p.lastName(), new String(b, plain.from[1], plain.to[1] - plain.from[1], StandardCharsets.UTF_8));
        assertEquals(p.firstName(), new String(b, plain.from[2], plain.to[2] - plain.from[2], StandardCharsets.UTF_8));
        assertEquals(p.statuut().ordinal(), plain.statuut);
        assertEquals(p.residence().ordinal(), plain.residence);
        assertEquals(p.postalCode().orElse(0), plain.postalCode);
        assertEquals(p.birthDate().orElseThrow().toEpochDay(), plain.birth);
        assertEquals(!p.birthDate().equals(p.insz().birthDate()), plain.birthGiven);
      });
    }
    assertTrue(counts[0] > 3_000 && counts[1] > 100 && counts[2] > 3_000, "each kind of line drawn: "
        + counts[0] + " scanned, " + counts[1] + " accepted by parse only, " + counts[2] + " refused");
  }

  @Test
  void aQuartersLineReadQuicklyIsTheOneParseReads() {
    int[] counts = new int[3];
    qt().withExamples(40_000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      String line = damaged(quarterLine(r), r);
      QuartersCsv reader = new QuartersCsv("quarters.csv", 2024);
      reader.header(new RawLine(1, "insz,quarter,wage_cents,work_fraction,regime", null));
      byte[] b = damagedBytes(("x" + line).getBytes(StandardCharsets.UTF_8), r);
      boolean scanned = reader.scan(b, 1, b.length);
      DataRecord<QuarterInput> parsed = reader.parse(LineSource.decode(b, 1, b.length - 1, 2));
      if (!scanned) {
        counts[parsed.reject() == null ? 1 : 2]++;
        return;
      }
      counts[0]++;
      assertNull(parsed.reject(), () -> "scanned, but parse refuses: " + parsed.reject());
      assertEquals(Long.parseLong(parsed.insz()), reader.scannedKey());
      QuarterInput q = parsed.value();
      assertEquals(2024, q.quarter().year());
      assertEquals(q.quarter().quarter(), reader.scannedQuarter());
      assertEquals(q.wageCents(), reader.scannedWage());
      assertEquals(q.workFractionTenThousandths(), reader.scannedFraction());
      assertEquals(q.regime(), reader.scannedRegime());
    });
    assertTrue(counts[0] > 5_000 && counts[1] > 100 && counts[2] > 5_000, "each kind of line drawn: "
        + counts[0] + " scanned, " + counts[1] + " accepted by parse only, " + counts[2] + " refused");
  }

  @Test
  void aHeaderInAnotherOrderIsReadByParseOnly() {
    QuartersCsv reader = new QuartersCsv("quarters.csv", 2024);
    reader.header(new RawLine(1, "quarter,insz,wage_cents,work_fraction,regime", null));
    byte[] b = "2024Q1,85073003328,100000,1,FULL_TIME".getBytes(StandardCharsets.US_ASCII);
    assertFalse(reader.scan(b, 0, b.length));
    assertNull(reader.parse(LineSource.decode(b, 0, b.length, 2)).reject());
    PersonsCsv.Plain plain = new PersonsCsv.Plain(TODAY);
    plain.columns(Csv.header(new RawLine(1, "last_name,insz,first_name,birth_date,statuut,residence", null),
        "persons.csv", PersonsCsv.HEADER, PersonsCsv.OPTIONAL));
    byte[] p = "Peeters,85073003328,An,,EMPLOYEE,FLEMISH_REGION".getBytes(StandardCharsets.US_ASCII);
    assertFalse(plain.scan(p, 0, p.length));
  }

  /** A well-formed line, often with a field a little off (the full reader's cases). */
  private static String personLine(Random r, boolean postal) {
    LocalDate born = LocalDate.ofEpochDay(LocalDate.of(1920, 1, 1).toEpochDay() + r.nextInt(40_000));
    String insz = insz(r, born);
    String birth = switch (r.nextInt(6)) {
      case 0 -> "";
      case 1 -> born.plusDays(r.nextInt(3)).toString(); // a bis number may give another date
      case 2 -> "1899-12-31";
      default -> born.toString();
    };
    String last = r.nextInt(20) == 0 ? "" : r.nextInt(30) == 0 ? "V".repeat(199 + r.nextInt(3))
        : r.nextInt(30) == 0 ? "é".repeat(199 + r.nextInt(3)) : LAST_NAMES[r.nextInt(LAST_NAMES.length)];
    String first = r.nextInt(10) == 0 ? "" : "An";
    String line = insz + "," + last + "," + first + "," + birth + "," + STATUUTS[r.nextInt(r.nextInt(4) == 0 ? 5 : 2)]
        + "," + REGIONS[r.nextInt(r.nextInt(4) == 0 ? 5 : 2)];
    if (postal) {
      line += "," + switch (r.nextInt(5)) {
        case 0 -> "";
        case 1 -> "1000";
        case 2 -> "0999";
        default -> "9000";
      };
    }
    return line;
  }

  private static String quarterLine(Random r) {
    String insz = insz(r, LocalDate.ofEpochDay(LocalDate.of(1940, 1, 1).toEpochDay() + r.nextInt(25_000)));
    String quarter = (r.nextInt(10) == 0 ? "2023" : "2024") + (r.nextInt(10) == 0 ? "q" : "Q") + (r.nextInt(6));
    String wage = switch (r.nextInt(6)) {
      case 0 -> "0";
      case 1 -> "1000000000";
      case 2 -> "1000000001";
      case 3 -> "00" + r.nextInt(1000);
      default -> Integer.toString(r.nextInt(2_000_000));
    };
    String fraction = switch (r.nextInt(8)) {
      case 0 -> "0";
      case 1 -> "1";
      case 2 -> "1.0000";
      case 3 -> "1.0001";
      case 4 -> "0.12345";
      case 5 -> "0.5000";
      default -> "0." + r.nextInt(10_000);
    };
    String regime = r.nextInt(10) == 0 ? "HALF_TIME" : r.nextBoolean() ? "FULL_TIME" : "PART_TIME";
    return insz + "," + quarter + "," + wage + "," + fraction + "," + regime;
  }

  /** One character changed, added or removed at a random place, or none (a third of the lines). */
  private static String damaged(String line, Random r) {
    int what = r.nextInt(6);
    if (what < 2 || line.isEmpty()) {
      return line;
    }
    int at = r.nextInt(line.length());
    char c = EDITS.charAt(r.nextInt(EDITS.length()));
    return switch (what) {
      case 2 -> line.substring(0, at) + c + line.substring(at + 1);
      case 3 -> line.substring(0, at) + c + line.substring(at);
      case 4 -> line.substring(0, at) + line.substring(at + 1);
      default -> r.nextBoolean() ? " " + line : line + (r.nextBoolean() ? "\r" : ",");
    };
  }

  /** Sometimes (one line in ten) one byte after the first made one that UTF-8 does not allow there, or a lead byte. */
  private static byte[] damagedBytes(byte[] b, Random r) {
    if (b.length > 1 && r.nextInt(10) == 0) {
      byte[] bad = {(byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xE2, (byte) 0xF0, (byte) 0xC0, (byte) 0xED};
      b[1 + r.nextInt(b.length - 1)] = bad[r.nextInt(bad.length)];
    }
    return b;
  }

  /** A valid INSZ for this birth date (sometimes a bis number, sometimes without month and day). */
  private static String insz(Random r, LocalDate born) {
    int month = r.nextInt(8) == 0 ? 0 : born.getMonthValue() + (r.nextInt(10) == 0 ? 20 : 0);
    int day = month == 0 ? 0 : born.getDayOfMonth();
    long first9 = (born.getYear() % 100) * 10_000_000L + month * 100_000L + day * 1_000L + 1 + r.nextInt(997);
    long check = 97 - ((born.getYear() >= 2000 ? 2_000_000_000L : 0) + first9) % 97;
    return String.format("%09d%02d", first9, check);
  }
}
