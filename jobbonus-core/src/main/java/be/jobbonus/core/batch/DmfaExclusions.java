package be.jobbonus.core.batch;

import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The categories the decree excludes as the DmfA itself shows them (decree of 20 May 2022 art. 3,
 * docs/calculation.md §2, docs/dmfa.md §14), as data with source and status ({@code
 * dmfa-excluded-categories.json} beside this class): per category, the markers of a line that put it
 * in the category — a worker code (zone 00037), an employer class (zone 00036) or the apprentice
 * type (zone 00055) — each with the quarters its codes are valid in. {@link DmfaAccumulator} applies
 * it (the one place): a line of an excluded category counts for nothing. Immutable; loaded once.
 */
public final class DmfaExclusions {

  /** The field of a line a marker reads. */
  public enum Field {
    /** Zone 00037, WorkerCode. */
    WORKER_CODE("workerCode"),
    /** Zone 00036, EmployerClass (absent in a {@code dmfa.jsonl} line that does not give it). */
    EMPLOYER_CLASS("employerClass"),
    /** Zone 00055, Apprenticeship (0: not an apprentice). */
    APPRENTICESHIP("apprenticeship");

    private final String jsonName;

    Field(String jsonName) {
      this.jsonName = jsonName;
    }

    /** The field's name in the data and in {@code dmfa.jsonl}. */
    public String jsonName() {
      return jsonName;
    }
  }

  /** One marker: a field, its codes with their validity, status and source. */
  public static final class Marker {
    private final Field field;
    private final String zone;
    private final DmfaDomains.Codes codes;

    private Marker(JsonNode n) {
      String name = n.get("field").asString();
      Field f = null;
      for (Field x : Field.values()) {
        if (x.jsonName.equals(name)) {
          f = x;
        }
      }
      if (f == null) {
        throw new IllegalStateException("dmfa-excluded-categories.json: unknown field " + name);
      }
      field = f;
      zone = n.get("zone").asString();
      codes = new DmfaDomains.Codes(n);
    }

    public Field field() {
      return field;
    }

    /** The DmfA zone number, for example {@code 00037}. */
    public String zone() {
      return zone;
    }

    public boolean matches(int code, YearQuarter quarter) {
      return codes.known(code, quarter);
    }

    public Status status() {
      return codes.status();
    }

    public String source() {
      return codes.source();
    }
  }

  /** One excluded category with its markers. */
  public static final class Category {
    private final int index;
    private final String id;
    private final String citationKey;
    private final List<Marker> markers;

    private Category(int index, JsonNode n) {
      this.index = index;
      this.id = n.get("category").asString();
      this.citationKey = n.get("citation").asString();
      List<Marker> m = new ArrayList<>();
      for (JsonNode x : n.get("markers")) {
        m.add(new Marker(x));
      }
      this.markers = List.copyOf(m);
    }

    /** 1, 2, …: the category's place in the table (0 means no category). */
    public int index() {
      return index;
    }

    /** The category's name: a {@link Statuut} name, or {@code FLEXI_JOB}. */
    public String id() {
      return id;
    }

    /** The statuut of persons.csv the category is, if it is one ({@code FLEXI_JOB} is not). */
    public Optional<Statuut> statuut() {
      for (Statuut s : Statuut.values()) {
        if (s.name().equals(id)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    /** The key of the article in the parameter set's citations. */
    public String citationKey() {
      return citationKey;
    }

    public List<Marker> markers() {
      return markers;
    }
  }

  private static final DmfaExclusions OFFICIAL = load();

  private final List<Category> categories;

  private DmfaExclusions(JsonNode root) {
    List<Category> c = new ArrayList<>();
    for (JsonNode n : root.get("categories")) {
      c.add(new Category(c.size() + 1, n));
    }
    if (c.size() > MAX_CATEGORIES) {
      throw new IllegalStateException("dmfa-excluded-categories.json: at most " + MAX_CATEGORIES + " categories");
    }
    this.categories = List.copyOf(c);
  }

  /** The most categories the table may hold (a category index fits a byte). */
  static final int MAX_CATEGORIES = 100;

  /** The table of the RSZ's published lists. */
  public static DmfaExclusions official() {
    return OFFICIAL;
  }

  /** In the table's order (index 1, 2, …). */
  public List<Category> categories() {
    return categories;
  }

  /** Category {@code index} (1-based). */
  public Category category(int index) {
    return categories.get(index - 1);
  }

  /** The category named {@code id}, if the table has it. */
  public Optional<Category> category(String id) {
    return categories.stream().filter(c -> c.id.equals(id)).findFirst();
  }

  /**
   * The first marker, in the table's order, that puts a line with these fields in an excluded
   * category in {@code quarter}; empty when none does.
   *
   * @param employerClass -1 when not given
   */
  public Optional<Marker> marker(YearQuarter quarter, int workerCode, int employerClass, int apprenticeship) {
    for (Category c : categories) {
      for (Marker m : c.markers) {
        int v = m.field == Field.WORKER_CODE ? workerCode : m.field == Field.EMPLOYER_CLASS ? employerClass
            : apprenticeship;
        if (v >= 0 && m.matches(v, quarter)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /** The category a marker belongs to. */
  public Category categoryOf(Marker marker) {
    for (Category c : categories) {
      if (c.markers.contains(marker)) {
        return c;
      }
    }
    throw new IllegalArgumentException("not a marker of this table");
  }

  /**
   * Per code (0-{@value LineChecks#MAX_CODE}) of {@code field}, the first category (its index) whose
   * marker on that field lists the code in {@code quarter}; 0 for none. The accumulator's table.
   */
  byte[] table(Field field, YearQuarter quarter) {
    byte[] t = new byte[LineChecks.MAX_CODE + 1];
    for (Category c : categories) {
      for (Marker m : c.markers) {
        if (m.field != field) {
          continue;
        }
        boolean[] known = m.codes.table(quarter);
        for (int code = 0; code < known.length; code++) {
          if (known[code] && t[code] == 0) {
            t[code] = (byte) c.index;
          }
        }
      }
    }
    return t;
  }

  private static DmfaExclusions load() {
    try (InputStream in = DmfaExclusions.class.getResourceAsStream("dmfa-excluded-categories.json")) {
      if (in == null) {
        throw new IllegalStateException("dmfa-excluded-categories.json is missing from the jar");
      }
      return new DmfaExclusions(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dmfa-excluded-categories.json", e);
    }
  }
}
