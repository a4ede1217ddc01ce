package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.io.InputFileException;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RejectSink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code persons.csv} ({@code insz,last_name,first_name,birth_date,statuut,residence}, and
 * optionally {@code postal_code}, docs/formats.md). The persons are held in memory (one small record each) so that the per-quarter
 * file can be streamed against them. A person whose INSZ appears on more than one line is refused
 * on every such line. A birth date that contradicts the one a national-register INSZ encodes (not a
 * bis number, not a number with day or month 00) is refused: the pension-age rule cannot be applied
 * to a date that may be wrong.
 */
public final class PersonsCsv {

  /** The header, in the promised order. */
  public static final List<String> HEADER = List.of("insz", "last_name", "first_name", "birth_date", "statuut", "residence");

  /**
   * The optional column: the postal code of the residence (four digits; empty when not known). A
   * file without it reads as before.
   */
  public static final List<String> OPTIONAL = List.of("postal_code");

  /** Rejects held by a reading that may have to be read again, beyond which it is read checked at once. */
  private static final int HELD = 10_000;

  /** The earliest plausible birth year a record may give. */
  private static final int EARLIEST_BIRTH_YEAR = 1900;

  private PersonsCsv() {}

  /** The header line. */
  public static String headerLine() {
    return String.join(",", HEADER);
  }

  /** One line of {@code persons.csv} (no terminator); names quoted when they need it. */
  public static String toCsv(Person p) {
    return p.insz().digits() + "," + quote(p.lastName()) + "," + quote(p.firstName()) + ","
        + p.birthDate().map(LocalDate::toString).orElse("") + "," + p.statuut() + "," + p.residence();
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * Reads the file. A person whose INSZ appears on several lines is refused on every such line
   * (and is not among the usable persons).
   *
   * @param fileName the name used in rejects and messages
   * @throws InputFileException when the file is empty or its header is wrong
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static Persons read(Path file, String fileName, RejectSink rejects) {
    // Lines read the quick way are added without looking their INSZ up (a look-up per person is a
    // cache miss, for a repeat that is rare); the persons are then checked for a repeat at once.
    // Only if there is one is the file read again, each INSZ looked up first; the rejects wait for
    // the verdict, so that they are given once (a file with many refused lines is read the checked
    // way from the first thousands of them on, so that they are not held).
    List<Reject> held = new ArrayList<>();
    Persons persons = read(file, fileName, held::add, held);
    if (persons != null) {
      held.forEach(rejects::reject);
      return persons;
    }
    return read(file, fileName, rejects, null);
  }

  /**
   * One reading of the file: checked (every INSZ looked up first) when {@code held} is {@code
   * null}; else {@code null} when an INSZ turned out to be on two lines read the quick way, or more
   * than {@link #HELD} rejects were held in {@code held} (then it must be read checked).
   */
  private static Persons read(Path file, String fileName, RejectSink rejects, List<Reject> held) {
    boolean checked = held == null;
    Persons persons = sized(file);
    if (checked) {
      persons.index(); // the first usable line of each INSZ, looked up by number while reading
    }
    Map<String, List<Long>> refusedLines = new HashMap<>(); // refused records with a readable INSZ
    Map<String, List<Long>> repeated = new HashMap<>(); // every line of an INSZ found on more than one line
    Map<String, String> refused = new HashMap<>();
    List<Map.Entry<String, Reject>> pending = new ArrayList<>();
    long read = 0;
    long rejected = 0;
    int[] pos = null;
    LocalDate today = LocalDate.now();
    Plain plain = new Plain(today);
    try (ByteLines src = ByteLines.open(file)) {
      while (src.next()) {
        if (!checked && held.size() > HELD) {
          return null;
        }
        long number = src.number();
        if (pos != null && !src.tooLong() && plain.scan(src.buffer(), src.start(), src.start() + src.length())
            && (!persons.indexed() || persons.find(plain.insz) < 0)) { // the usual line: a new person, read without objects
          read++;
          if (!refusedLines.isEmpty()) { // else nothing was seen of this INSZ before
            noteRepeat(DmfaJsonl.digits(plain.insz), number, -1, refusedLines, repeated);
          }
          persons.add(plain, src.buffer(), number);
          continue;
        }
        RawLine l = src.tooLong() ? LineSource.tooLong(number)
            : LineSource.decode(src.buffer(), src.start(), src.length(), number);
        if (pos == null) {
          pos = Csv.header(l, fileName, HEADER, OPTIONAL);
          plain.columns(pos);
          continue;
        }
        if (l.ok() && l.text().isBlank()) {
          continue;
        }
        read++;
        Object r = parse(l, fileName, pos, today);
        if (r instanceof Reject rej) {
          rejects.reject(rej);
          rejected++;
          String insz = l.ok() ? Csv.firstFieldInsz(l.text(), pos[0]) : null;
          if (insz != null) {
            int before = persons.find(Long.parseLong(insz));
            noteRepeat(insz, l.number(), before < 0 ? -1 : persons.line(before), refusedLines, repeated);
            refusedLines.computeIfAbsent(insz, k -> new ArrayList<>(1)).add(l.number());
            refused.putIfAbsent(insz, fileName + " line " + l.number() + " was rejected (" + rej.field() + ")");
          }
        } else {
          Person p = (Person) r;
          String insz = p.insz().digits();
          int before = persons.indexed() ? persons.find(Long.parseLong(insz)) : -1; // else checked after
          if (before < 0) {
            if (!refusedLines.isEmpty()) { // else nothing was seen of this INSZ before
              noteRepeat(insz, l.number(), -1, refusedLines, repeated);
            }
            persons.add(p, l.number());
          } else {
            noteRepeat(insz, l.number(), persons.line(before), refusedLines, repeated);
            pending.add(Map.entry(insz, new Reject(fileName, l.number(), "insz", p.insz().masked(), "duplicate")));
          }
        }
      }
    }
    if (pos == null) {
      throw new InputFileException(fileName + " is empty: the first line must be the header " + String.join(",", HEADER));
    }
    if (!checked && persons.repeats()) {
      return null;
    }
    List<Map.Entry<String, List<Long>>> repeats = new ArrayList<>(repeated.entrySet());
    repeats.sort(Map.Entry.comparingByValue(java.util.Comparator.comparing(lines -> lines.get(0)))); // by first line
    for (Map.Entry<String, List<Long>> e : repeats) {
      String reason = "the same INSZ appears on lines " + Lines.join(e.getValue()) + " of " + fileName
          + "; keep one record per person";
      int kept = persons.find(Long.parseLong(e.getKey()));
      if (kept >= 0) {
        persons.remove(kept);
        rejects.reject(new Reject(fileName, persons.line(kept), "insz", persons.masked(kept), reason));
        rejected++;
      }
      refused.put(e.getKey(), reason);
    }
    for (Map.Entry<String, Reject> p : pending) {
      rejects.reject(p.getValue().withReason("insz", refused.get(p.getKey())));
      rejected++;
    }
    persons.finish(refused, read, rejected);
    return persons;
  }

  /**
   * Records {@code line} in {@code repeated} when the INSZ was already seen on an earlier line.
   *
   * @param firstLine the line of the person already accepted with this INSZ, or -1
   */
  private static void noteRepeat(String insz, long line, long firstLine, Map<String, List<Long>> refusedLines,
      Map<String, List<Long>> repeated) {
    List<Long> lines = repeated.get(insz);
    if (lines != null) {
      lines.add(line);
      return;
    }
    List<Long> refusedBefore = refusedLines.get(insz);
    if (firstLine < 0 && refusedBefore == null) {
      return;
    }
    lines = new ArrayList<>(4);
    if (firstLine >= 0) {
      lines.add(firstLine);
    }
    if (refusedBefore != null) {
      lines.addAll(refusedBefore);
    }
    lines.sort(null);
    lines.add(line);
    repeated.put(insz, lines);
  }

  /**
   * {@link LocalDate#parse} (ISO, strict), with the usual YYYY-MM-DD read without the formatter.
   *
   * @throws java.time.DateTimeException when it is not a date that exists
   */
  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = 0;
      boolean digits = true;
      for (int i = 0; i < 10 && digits; i++) {
        if (i != 4 && i != 7) {
          digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
      }
      if (digits) {
        for (int i = 0; i < 4; i++) {
          y = y * 10 + text.charAt(i) - '0';
        }
        int m = (text.charAt(5) - '0') * 10 + text.charAt(6) - '0';
        int d = (text.charAt(8) - '0') * 10 + text.charAt(9) - '0';
        return LocalDate.of(y, m, d);
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * The person with the postal code of their residence, or a {@link Reject} when it is not a
   * four-digit Belgian postal code or lies in another region than the residence column says. The
   * reason names the regions, never the code or the INSZ in clear.
   */
  static Object postalCode(Person p, String text, String fileName, long line) {
    if (text.length() != 4 || text.charAt(0) < '1' || text.charAt(0) > '9' || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new Reject(fileName, line, "postal_code", p.insz().masked(),
          "must be a Belgian postal code of four digits (1000-9999), or empty when not known");
    }
    int code = Integer.parseInt(text);
    Region region = Region.ofPostalCode(code);
    if (region != p.residence()) {
      boolean belgian = p.residence() == Region.FLEMISH_REGION || p.residence() == Region.BRUSSELS_REGION
          || p.residence() == Region.WALLOON_REGION;
      return new Reject(fileName, line, "postal_code", p.insz().masked(), "lies in the " + regionName(region)
          + " but residence is " + p.residence() + (belgian ? "; correct the one that is wrong"
              : "; give the region the postal code lies in, or leave the postal code empty"));
    }
    return p.withPostalCode(code);
  }

  private static String regionName(Region r) {
    return switch (r) {
      case FLEMISH_REGION -> "Flemish Region";
      case BRUSSELS_REGION -> "Brussels-Capital Region";
      case WALLOON_REGION -> "Walloon Region";
      default -> r.toString();
    };
  }

  /** A {@link Person} or a {@link Reject}. */
  public static Object parse(RawLine l, String fileName, int[] pos, LocalDate today) {
    if (!l.ok()) {
      return new Reject(fileName, l.number(), "line", "", l.problem());
    }
    String[] f = Csv.split(l.text());
    if (f == null) {
      return new Reject(fileName, l.number(), "line", "", "not valid CSV (check the quotes)");
    }
    boolean withPostalCode = pos.length > HEADER.size() && pos[HEADER.size()] >= 0;
    int columns = HEADER.size() + (withPostalCode ? 1 : 0);
    if (f.length != columns) {
      return new Reject(fileName, l.number(), "line", Insz.mask(f[0]),
          "expected " + columns + " columns (" + String.join(",", HEADER) + (withPostalCode ? ",postal_code" : "")
              + "), found " + f.length);
    }
    Insz insz;
    try {
      insz = Insz.parse(f[pos[0]]);
    } catch (IllegalArgumentException e) {
      return new Reject(fileName, l.number(), "insz", Insz.mask(f[0]), e.getMessage());
    }
    String last = f[pos[1]];
    String firstName = f[pos[2]];
    if (TextFields.nameProblem(last) != null || TextFields.nameProblem(firstName) != null) { // masked only then
      return TextFields.reject(fileName, l.number(), insz.masked(), "last_name", last, "first_name", firstName);
    }
    if (last.isEmpty()) {
      return new Reject(fileName, l.number(), "last_name", insz.masked(), "is empty; the notification to VLABEL needs the last name");
    }
    Statuut statuut;
    try {
      statuut = Statuut.valueOf(f[pos[4]]);
    } catch (IllegalArgumentException e) {
      return new Reject(fileName, l.number(), "statuut", insz.masked(), "unknown statuut; expected one of " + Arrays.toString(Statuut.values()));
    }
    Region residence;
    try {
      residence = Region.valueOf(f[pos[5]]);
    } catch (IllegalArgumentException e) {
      return new Reject(fileName, l.number(), "residence", insz.masked(), "unknown residence; expected one of " + Arrays.toString(Region.values()));
    }
    Person p = Person.of(insz, last, firstName, statuut, residence);
    if (withPostalCode && !f[pos[HEADER.size()]].isEmpty()) {
      Object placed = postalCode(p, f[pos[HEADER.size()]], fileName, l.number());
      if (placed instanceof Reject rej) {
        return rej;
      }
      p = (Person) placed;
    }
    String bd = f[pos[3]];
    if (bd.isEmpty()) {
      if (insz.birthDate().isEmpty()) {
        return new Reject(fileName, l.number(), "birth_date", insz.masked(),
            "is empty and the INSZ does not encode a complete birth date; give the birth date (YYYY-MM-DD) from the national register");
      }
    } else {
      LocalDate d;
      try {
        d = date(bd);
      } catch (java.time.DateTimeException e) {
        return new Reject(fileName, l.number(), "birth_date", insz.masked(), "must be a date YYYY-MM-DD (or empty when the INSZ encodes it)");
      }
      if (d.getYear() < EARLIEST_BIRTH_YEAR || d.isAfter(today)) {
        return new Reject(fileName, l.number(), "birth_date", insz.masked(), "is not a plausible birth date (before " + EARLIEST_BIRTH_YEAR + " or in the future)");
      }
      // a national-register number (not a bis number) with a complete date fixes the birth date:
      // a different one in the file cannot both be true, and the pension-age rule needs the right one
      Optional<LocalDate> encoded = insz.isBisNumber() ? Optional.empty() : insz.birthDate();
      if (encoded.isPresent() && !encoded.get().equals(d)) {
        return new Reject(fileName, l.number(), "birth_date", insz.masked(),
            "contradicts the birth date the INSZ (a national-register number) encodes; correct the one that is wrong");
      }
      p = p.withBirthDate(d);
    }
    return p;
  }

  /**
   * Columns for as many persons as the file has lines, and room for their names (the file's bytes
   * but about 40 a line for the other fields), so that they are made once: a column grown is
   * copied, and so is every column a collector moves.
   */
  private static Persons sized(Path file) {
    long lines = ByteLines.count(file);
    long bytes;
    try {
      bytes = java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      bytes = -1;
    }
    if (lines < 0 || bytes < 0) {
      return new Persons(1024, 1 << 16); // the reading that follows says what is wrong
    }
    int persons = (int) Math.min(1 << 26, Math.max(16, lines));
    long names = Math.max(16L * persons, bytes - 40L * persons);
    return new Persons(persons, (int) Math.min(Math.min(names, bytes + 16), 1 << 30));
  }

  /**
   * The quick way through a line that needs nothing else: the columns in the promised order,
   * strict UTF-8 without control characters, quotes or backslashes (non-ASCII in the names only),
   * no space around a field, and every field valid.
   * {@link #scan} reads such a line into the fields below, without objects, and says {@code false}
   * for any other line, which {@link #parse} then reads: the one place that says why a line is
   * refused. So a line scanned here is one {@link #parse} accepts, as the same person (a test
   * compares them); its names are their own JSON string content.
   */
  static final class Plain {

    private static final ConstantNames STATUUT_NAMES = new ConstantNames(Statuut.values());
    private static final ConstantNames REGION_NAMES = new ConstantNames(Region.values());

    private final long today;
    /** Whether the header has the promised columns in the promised order (with or without a postal code last). */
    private boolean promisedOrder;
    private boolean withPostalCode;
    /** Where each field starts and ends in the line scanned. */
    final int[] from = new int[HEADER.size() + 1];
    final int[] to = new int[HEADER.size() + 1];
    long insz;
    int statuut;
    int residence;
    /** 0: none given. */
    int postalCode;
    /** The record's birth date, else the INSZ's, as an epoch day. */
    long birth;
    /** Whether the record gives a birth date the INSZ does not. */
    boolean birthGiven;

    Plain(LocalDate today) {
      this.today = today.toEpochDay();
    }

    /** The header's column positions ({@link Csv#header}). */
    void columns(int[] pos) {
      boolean promised = true;
      for (int k = 0; k < HEADER.size(); k++) {
        promised &= pos[k] == k;
      }
      withPostalCode = pos.length > HEADER.size() && pos[HEADER.size()] >= 0;
      promisedOrder = promised && (!withPostalCode || pos[HEADER.size()] == HEADER.size());
    }

    /** Reads {@code b[s..e)} (a line without its {@code \n}); {@code false} when {@link #parse} must. */
    boolean scan(byte[] b, int s, int e) {
      if (!promisedOrder) {
        return false;
      }
      if (e > s && b[e - 1] == '\r') {
        e--;
      }
      if (e - s < 12 || b[s] == '#' || b[e - 1] == ',') {
        return false; // too short for an INSZ and a name, a comment mark, a last field empty: parse's
      }
      int last = withPostalCode ? HEADER.size() : HEADER.size() - 1;
      int f = 0;
      from[0] = s;
      for (int i = s; i < e; i++) {
        byte c = b[i];
        if (c == ',') {
          if (f == last) {
            return false;
          }
          to[f] = i;
          from[++f] = i + 1;
        } else if (c < 0) { // a byte >= 0x80: strict UTF-8 (only a name may hold one; the others' checks refuse it)
          i = sequence(b, i, e) - 1;
          if (i < 0) {
            return false;
          }
        } else if (c < 0x20 || c == 0x7F || c == '"' || c == '\\') {
          return false;
        }
      }
      if (f != last) {
        return false;
      }
      to[f] = e;
      for (int k = 0; k <= last; k++) {
        if (to[k] > from[k] && (b[from[k]] == ' ' || b[to[k] - 1] == ' ')) {
          return false;
        }
      }
      if (to[0] - from[0] != 11) {
        return false;
      }
      long n = 0;
      for (int i = from[0]; i < to[0]; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          return false;
        }
        n = n * 10 + d;
      }
      if (to[1] == from[1] || characters(b, from[1], to[1]) > TextFields.MAX_NAME
          || characters(b, from[2], to[2]) > TextFields.MAX_NAME) {
        return false;
      }
      statuut = STATUUT_NAMES.of(b, from[4], to[4]);
      residence = REGION_NAMES.of(b, from[5], to[5]);
      if (statuut < 0 || residence < 0) {
        return false;
      }
      postalCode = 0;
      if (withPostalCode && to[last] > from[last]) {
        int code = number(b, from[last], to[last]);
        if (to[last] - from[last] != 4 || code < 1000 || Region.ofPostalCode(code).ordinal() != residence) {
          return false;
        }
        postalCode = code;
      }
      long encoded = Insz.birthEpochDay(n); // Long.MIN_VALUE: no complete date, or not a valid INSZ
      if (encoded == Long.MIN_VALUE && !Insz.isValid(n)) {
        return false;
      }
      if (to[3] == from[3]) {
        if (encoded == Long.MIN_VALUE) {
          return false;
        }
        birth = encoded;
        birthGiven = false;
      } else {
        int d = from[3];
        if (to[3] - d != 10 || b[d + 4] != '-' || b[d + 7] != '-') {
          return false;
        }
        int year = number(b, d, d + 4);
        int month = number(b, d + 5, d + 7);
        int day = number(b, d + 8, d + 10);
        if (year < EARLIEST_BIRTH_YEAR || month < 0 || day < 0) {
          return false;
        }
        long date;
        try {
          date = LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException x) {
          return false;
        }
        if (date > today || !Insz.isBisNumber(n) && encoded != Long.MIN_VALUE && encoded != date) {
          return false;
        }
        birth = date;
        birthGiven = encoded != date;
      }
      insz = n;
      return true;
    }

    /**
     * The end of the UTF-8 sequence that starts at {@code b[i]} (a byte of 0x80 or more), or -1
     * when it is not one that strict UTF-8 decodes (overlong, a surrogate, beyond U+10FFFF, cut
     * short) or it is a control character (U+0080 to U+009F): such a line is {@link #parse}'s.
     */
    private static int sequence(byte[] b, int i, int e) {
      int lead = b[i] & 0xFF;
      int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (length == 0 || i + length > e) {
        return -1;
      }
      int second = b[i + 1] & 0xFF;
      int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : lead == 0xC2 ? 0xA0 : 0x80; // C2 80-9F: C1 controls
      int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
      if (second < low || second > high) {
        return -1;
      }
      for (int k = i + 2; k < i + length; k++) {
        if ((b[k] & 0xC0) != 0x80) {
          return -1;
        }
      }
      return i + length;
    }

    /** The characters (code points) of the valid UTF-8 {@code b[s..e)}: its bytes that do not continue a sequence. */
    private static int characters(byte[] b, int s, int e) {
      int n = 0;
      for (int i = s; i < e; i++) {
        n += (b[i] & 0xC0) != 0x80 ? 1 : 0;
      }
      return n;
    }

    /** The digits {@code b[s..e)} as a number, or -1 when one is not a digit. */
    private static int number(byte[] b, int s, int e) {
      int v = 0;
      for (int i = s; i < e; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        v = v * 10 + d;
      }
      return v;
    }
  }
}
