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
    Persons persons = new Persons();
    persons.index(); // the first usable line of each INSZ, looked up by number while reading
    Map<String, List<Long>> refusedLines = new HashMap<>(); // refused records with a readable INSZ
    Map<String, List<Long>> repeated = new HashMap<>(); // every line of an INSZ found on more than one line
    Map<String, String> refused = new HashMap<>();
    List<Map.Entry<String, Reject>> pending = new ArrayList<>();
    long read = 0;
    long rejected = 0;
    int[] pos = null;
    LocalDate today = LocalDate.now();
    try (LineSource src = LineSource.open(file)) {
      while (src.hasNext()) {
        RawLine l = src.next();
        if (pos == null) {
          pos = Csv.header(l, fileName, HEADER, OPTIONAL);
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
          int before = persons.find(Long.parseLong(insz));
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
      if (d.getYear() < 1900 || d.isAfter(today)) {
        return new Reject(fileName, l.number(), "birth_date", insz.masked(), "is not a plausible birth date (before 1900 or in the future)");
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
}
