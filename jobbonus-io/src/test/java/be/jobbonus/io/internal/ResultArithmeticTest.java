package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Insz;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.NotifyReport;
import be.jobbonus.io.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * notify without a seal refuses every results line whose arithmetic the calculator could not have
 * written: lines computed by calculate from seeded random quarters pass, and each seeded change of
 * one figure (a wage, a work fraction, a reference monthly wage, a base amount, a reason) is refused.
 */
class ResultArithmeticTest {

  static final long SEED = 20_240_521L;

  @TempDir
  Path dir;

  List<String> lines;

  /** A valid INSZ born on {@code yymmdd} (before 2000) with serial {@code serial}. */
  static String insz(String yymmdd, int serial) {
    String nine = yymmdd + String.format("%03d", serial);
    long check = 97 - Long.parseLong(nine) % 97;
    String s = nine + String.format("%02d", check);
    Insz.parse(s);
    return s;
  }

  @BeforeEach
  void calculate() throws IOException {
    Random r = new Random(SEED);
    StringBuilder persons = new StringBuilder("insz,last_name,first_name,birth_date,statuut,residence\n");
    StringBuilder quarters = new StringBuilder("insz,quarter,wage_cents,work_fraction,regime\n");
    String[] fractions = {"1", "1", "1", "0.5", "0.8", "0.7725", "0.6", "0.3333", "0"};
    for (int i = 0; i < 120; i++) {
      // born in 1958 or 1959: past or reaching the pension age in the reference year (pension-age quarters)
      String born = r.nextInt(6) == 0 ? (r.nextBoolean() ? "58" : "59") + String.format("%02d%02d", 1 + r.nextInt(12),
          1 + r.nextInt(28))
          : String.format("%02d%02d%02d", 60 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
      String id = insz(born, 1 + 2 * i);
      String statuut = r.nextInt(12) == 0 ? "FLAT_RATE_SPORTSPERSON" : "EMPLOYEE";
      String residence = r.nextInt(10) == 0 ? "WALLOON_REGION" : "FLEMISH_REGION";
      persons.append(id).append(",Name").append(i).append(",First,,").append(statuut).append(',').append(residence)
          .append('\n');
      for (int q = 1; q <= 4 && i % 30 != 7; q++) { // every 30th person without any quarter: no performance
        if (r.nextInt(5) == 0) {
          continue;
        }
        String f = fractions[r.nextInt(fractions.length)];
        long monthly = 150_000 + r.nextInt(420_000); // 1,500 to 5,700 euro a month full-time
        long wage = f.equals("0") ? 0 : new BigDecimal(monthly * 3).multiply(new BigDecimal(f)).longValue()
            + r.nextInt(300);
        quarters.append(id).append(",2024Q").append(q).append(',').append(wage).append(',').append(f).append(',')
            .append(f.equals("1") && r.nextBoolean() ? "FULL_TIME" : "PART_TIME").append('\n');
      }
    }
    Path p = Files.writeString(dir.resolve("persons.csv"), persons);
    Path q = Files.writeString(dir.resolve("quarters.csv"), quarters);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Reject> rejects = new ArrayList<>();
    new CalculateRun(ParameterSets.official(), 2024).calculate(p, "persons.csv", q, "quarters.csv",
        InputKind.QUARTERS, out, "results.jsonl", rejects::add);
    assertEquals(List.of(), rejects);
    lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(120, lines.size());
  }

  static NotifyReport notify(String text) {
    return Notify.notify(new StringReader(text), "results.jsonl", new StringWriter(), ResultCheck.official());
  }

  @Test
  void everyLineCalculateWritesIsAccepted() {
    NotifyReport rep = notify(String.join("\n", lines) + "\n");
    assertEquals(List.of(), rep.rejects());
    assertTrue(rep.sent() > 0 && rep.notPayable() > 0, rep.summary());
    String all = String.join("\n", lines);
    for (String reason : List.of("PENSION_AGE", "WAGE_ABOVE_UPPER_LIMIT", "CATEGORY", "RESIDENCE", "NO_PERFORMANCE")) {
      assertTrue(all.contains("\"" + reason + "\""), "the seeded persons include " + reason);
    }
  }

  /** Quarter objects of a line: start and end of each {@code {"quarter":…}}. */
  static final Pattern QUARTER = Pattern.compile("\\{\"quarter\":\"[^}]*\\}");

  /** {@code line} with field {@code key} of quarter {@code k} (0-based) replaced by {@code f(value)}. */
  static String inQuarter(String line, int k, String key, UnaryOperator<String> f) {
    Matcher m = QUARTER.matcher(line);
    for (int i = 0; i <= k; i++) {
      assertTrue(m.find());
    }
    String q = m.group();
    Matcher v = Pattern.compile("\"" + key + "\":\"([^\"]*)\"").matcher(q);
    assertTrue(v.find(), q);
    String changed = q.substring(0, v.start(1)) + f.apply(v.group(1)) + q.substring(v.end(1));
    return line.substring(0, m.start()) + changed + line.substring(m.end());
  }

  static long cents(String money) {
    return new BigDecimal(money).movePointRight(2).longValueExact();
  }

  static String quarterField(String line, int k, String key) {
    String[] out = new String[1];
    inQuarter(line, k, key, v -> out[0] = v);
    return out[0];
  }

  static int quarters(String line) {
    Matcher m = QUARTER.matcher(line);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** A seeded change that calculate could never write, and the field the reject must name (a pattern). */
  record Tamper(String name, String field, java.util.function.BiFunction<String, Random, String> edit) {}

  /** A quarter of the line with work (µ > 0 and a wage of at least 1.00), or -1. */
  static int worked(String line, Random r) {
    List<Integer> ks = new ArrayList<>();
    for (int k = 0; k < quarters(line); k++) {
      if (!quarterField(line, k, "workFraction").matches("0(\\.0+)?") && cents(quarterField(line, k, "wage")) >= 100) {
        ks.add(k);
      }
    }
    return ks.isEmpty() ? -1 : ks.get(r.nextInt(ks.size()));
  }

  static List<Tamper> tampers() {
    List<Tamper> t = new ArrayList<>();
    t.add(new Tamper("the quarter wage set to 1.00", "referenceMonthlyWage", (l, r) -> {
      int k = worked(l, r);
      return k < 0 ? null : inQuarter(l, k, "wage", v -> "1.00");
    }));
    t.add(new Tamper("the quarter wage moved by 3 cents or more", "referenceMonthlyWage", (l, r) -> {
      int k = worked(l, r);
      long d = (3 + r.nextInt(50_000)) * (r.nextBoolean() ? 1 : -1);
      return k < 0 ? null : inQuarter(l, k, "wage", v -> Euro.format(Math.max(0, cents(v) + d) == cents(v)
          ? cents(v) + 3 : Math.max(0, cents(v) + d)));
    }));
    t.add(new Tamper("the reference monthly wage moved by a cent", "referenceMonthlyWage", (l, r) -> {
      int k = worked(l, r);
      return k < 0 ? null : inQuarter(l, k, "referenceMonthlyWage", v -> Euro.format(cents(v) + 1));
    }));
    t.add(new Tamper("the work fraction halved", "referenceMonthlyWage", (l, r) -> {
      int k = worked(l, r);
      return k < 0 ? null : inQuarter(l, k, "workFraction",
          v -> new BigDecimal(v).divide(BigDecimal.valueOf(2)).setScale(4, java.math.RoundingMode.DOWN).toPlainString());
    }));
    t.add(new Tamper("a base amount moved by a cent", "baseAmount", (l, r) -> {
      int n = quarters(l);
      return n == 0 ? null : inQuarter(l, r.nextInt(n), "baseAmount", v -> Euro.format(cents(v) + 1));
    }));
    // a pension reason dropped leaves the pension quarter unknown: its quarter then counts for the engine
    t.add(new Tamper("an upper-limit or pension reason dropped", "(reasons|counted)", (l, r) -> {
      Matcher m = Pattern.compile(",?\\{\"code\":\"(WAGE_ABOVE_UPPER_LIMIT|PENSION_AGE)\"[^}]*\\}").matcher(l);
      if (!m.find()) {
        return null;
      }
      String s = l.substring(0, m.start()) + l.substring(m.end());
      return s.replace("\"reasons\":[,", "\"reasons\":[");
    }));
    return t;
  }

  @Test
  void eachSeededChangeOfOneFigureIsRefusedWithoutASeal() {
    Random r = new Random(SEED + 1);
    for (Tamper t : tampers()) {
      int tried = 0;
      for (int i = 0; i < lines.size() && tried < 8; i++) {
        String line = lines.get(i);
        String changed = t.edit().apply(line, r);
        if (changed == null) {
          continue;
        }
        assertFalse(changed.equals(line), t.name());
        tried++;
        NotifyReport rep = notify(changed + "\n");
        assertEquals(1, rep.rejects().size(), t.name() + " on line " + (i + 1) + ": " + changed);
        assertEquals(0, rep.sent(), t.name());
        String field = rep.rejects().get(0).field();
        assertTrue(field.matches("(quarters\\[[0-9]\\]\\.)?" + t.field()), t.name() + ": " + rep.rejects().get(0));
      }
      assertTrue(tried >= 3, t.name() + ": only " + tried + " lines could be changed");
    }
  }
}
