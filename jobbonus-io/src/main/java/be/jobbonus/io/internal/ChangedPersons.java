package be.jobbonus.io.internal;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Insz;
import be.jobbonus.io.CalculateRun.Change;
import be.jobbonus.io.InputFileException;
import be.jobbonus.io.Reject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The persons a differences file lists ({@code recalculate --differences}), for {@code notify
 * --only-changed}: read strictly, since it decides who VLABEL hears of. Every line must be a
 * differences line as recalculate writes it: exactly its fields, a valid INSZ given once, the
 * difference equal to the new total minus the previous one and a kind that agrees with them. A file
 * that fails is refused whole.
 */
public final class ChangedPersons {

  private static final JsonMapper MAPPER = JsonLimits.strictMapper().rebuild()
      .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** The keys of a differences line, in the order recalculate writes them. */
  static final List<String> FIELDS = List.of("insz", "referenceYear", "kind", "previousTotal", "newTotal",
      "difference", "quarters", "declarations", "parameters");

  /** One listed person. */
  static final class Entry {
    final long line;
    final Insz insz;
    final int year;
    final String parameters;
    final long previousTotal;
    final long newTotal;
    boolean taken;
    boolean second;

    Entry(long line, Insz insz, int year, String parameters, long previousTotal, long newTotal) {
      this.line = line;
      this.insz = insz;
      this.year = year;
      this.parameters = parameters;
      this.previousTotal = previousTotal;
      this.newTotal = newTotal;
    }

    /** Whether VLABEL is told: the person was paid before or is paid now. */
    boolean concernsVlabel() {
      return previousTotal != 0 || newTotal != 0;
    }

    /** Why {@code result} is not the result this entry was computed from, or {@code null}. */
    String problemWith(ResultLine result) {
      if (second) {
        return "a second results line of this person: not sent twice";
      }
      if (result.referenceYear != year || !result.parameters.equals(parameters) || result.totalCents != newTotal) {
        return "the differences file gives another new total, year or parameter set for this person (its line "
            + line + "): give the results recalculate wrote with it";
      }
      return null;
    }
  }

  private final String name;
  private final Map<String, Entry> byInsz;
  private long unchanged;

  private ChangedPersons(String name, Map<String, Entry> byInsz) {
    this.name = name;
    this.byInsz = byInsz;
  }

  /**
   * Reads {@code file}.
   *
   * @throws InputFileException naming the line and field when a line is not a differences line
   */
  public static ChangedPersons read(Path file) {
    String name = file.toString();
    Map<String, Entry> m = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
      long n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Entry e = entry(name, n, line);
        if (m.putIfAbsent(e.insz.digits(), e) != null) {
          throw refused(name, n, "insz", "the person is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + LineSource.describe(e), e);
    }
    return new ChangedPersons(name, m);
  }

  private static Entry entry(String name, long n, String line) {
    JsonNode o;
    try {
      o = MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw refused(name, n, "$", "not well-formed JSON");
    }
    if (o == null || !o.isObject() || o.size() != FIELDS.size()) {
      throw refused(name, n, "$", "a differences line has exactly the fields " + String.join(", ", FIELDS));
    }
    for (String f : FIELDS) {
      if (!o.has(f)) {
        throw refused(name, n, f, "missing field");
      }
    }
    Insz insz;
    try {
      insz = Insz.parse(text(o, "insz", name, n));
    } catch (IllegalArgumentException e) {
      throw refused(name, n, "insz", e.getMessage());
    }
    JsonNode y = o.get("referenceYear");
    if (!y.isIntegralNumber() || !y.canConvertToInt()) {
      throw refused(name, n, "referenceYear", "must be an integer");
    }
    Change kind;
    try {
      kind = Change.valueOf(text(o, "kind", name, n));
    } catch (IllegalArgumentException e) {
      throw refused(name, n, "kind", "not a known kind of change");
    }
    long previous = money(o, "previousTotal", name, n);
    long now = money(o, "newTotal", name, n);
    String d = text(o, "difference", name, n);
    String signedAmount = "must be a signed euro amount such as \"-121.87\"";
    long difference;
    try {
      difference = Euro.parseCents(d);
    } catch (IllegalArgumentException e) {
      throw refused(name, n, "difference", signedAmount);
    }
    if (!d.equals(Euro.format(difference))) { // written as recalculate writes it: two decimals, no "+"
      throw refused(name, n, "difference", signedAmount);
    }
    if (difference != now - previous) {
      throw refused(name, n, "difference", "is not newTotal - previousTotal");
    }
    if (!agrees(kind, previous, now)) {
      throw refused(name, n, "kind", kind + " does not agree with the totals");
    }
    if (!o.get("quarters").isArray()) {
      throw refused(name, n, "quarters", "must be an array");
    }
    JsonNode ds = o.get("declarations");
    if (!ds.isArray()) {
      throw refused(name, n, "declarations", "must be an array");
    }
    for (JsonNode each : ds) {
      if (!each.isString()) {
        throw refused(name, n, "declarations", "must be an array of texts");
      }
    }
    return new Entry(n, insz, y.intValue(), text(o, "parameters", name, n), previous, now);
  }

  private static boolean agrees(Change kind, long previous, long now) {
    switch (kind) {
      case EXTRA_PAYMENT:
        return previous > 0 && now > previous;
      case RECOVERY:
        return now > 0 && now < previous;
      case NEWLY_ENTITLED:
        return previous == 0 && now > 0;
      case NO_LONGER_ENTITLED:
        return previous > 0 && now == 0;
      default:
        return previous == now;
    }
  }

  private static String text(JsonNode o, String field, String name, long n) {
    JsonNode v = o.get(field);
    if (!v.isString()) {
      throw refused(name, n, field, "must be a string");
    }
    return v.stringValue();
  }

  private static long money(JsonNode o, String field, String name, long n) {
    String t = text(o, field, name, n);
    if (!t.matches("(0|[1-9][0-9]{0,10})\\.[0-9]{2}")) {
      throw refused(name, n, field, "must be a non-negative euro amount such as \"434.29\"");
    }
    return Euro.parseCents(t);
  }

  private static InputFileException refused(String name, long line, String field, String reason) {
    return new InputFileException(name + ": line " + line + ", " + field + ": " + reason
        + "; give the differences file recalculate wrote");
  }

  /**
   * The entry of {@code result}'s person, marked as met; {@code null} when the person is not listed
   * (counted as unchanged).
   *
   * A second line of a listed person gets an entry whose {@link Entry#problemWith} refuses it.
   */
  Entry take(ResultLine result) {
    Entry e = byInsz.get(result.insz.digits());
    if (e == null) {
      unchanged++;
      return null;
    }
    if (e.taken) {
      Entry again = new Entry(e.line, e.insz, e.year, e.parameters, e.previousTotal, e.newTotal);
      again.second = true;
      return again;
    }
    e.taken = true;
    return e;
  }

  /** Results lines of persons the differences do not list (not sent). */
  public long unchanged() {
    return unchanged;
  }

  /** Persons listed and found in no results line, as rejects of the differences file. */
  List<Reject> notFound(String resultsName) {
    List<Reject> out = new ArrayList<>();
    for (Entry e : byInsz.values()) {
      if (!e.taken) {
        out.add(new Reject(name, e.line, "insz", e.insz.masked(), "listed as changed but not in " + resultsName
            + ": give the results recalculate wrote with this differences file"));
      }
    }
    return out;
  }

  /** The persons listed. */
  public int size() {
    return byInsz.size();
  }

  /** For tests: the INSZ digits listed. */
  Set<String> listed() {
    return byInsz.keySet();
  }
}
