package be.jobbonus.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a per-quarter input file and hands over its records one person at a time.
 *
 * <p>When the file is grouped by INSZ (all lines of a person together, in any order of persons),
 * it is streamed: memory holds one person's records at a time, plus 16 bytes per person for the
 * grouping check. When it is not, the records are grouped in memory first and {@link #grouped()}
 * says so; the caller should tell the user. A first pass over the file decides which.
 *
 * <p>Records whose INSZ cannot be read come as their own group with a {@code null} INSZ.
 */
public final class GroupedReader<T> {

  /** Receives each person's records. */
  @FunctionalInterface
  public interface GroupConsumer<T> {
    /** @param insz the 11 digits, or {@code null} for a single record whose INSZ cannot be read */
    void accept(String insz, List<DataRecord<T>> records);
  }

  private final Path file;
  private final DataFormat<T> format;
  private Boolean grouped;
  private long records;

  public GroupedReader(Path file, DataFormat<T> format) {
    this.file = Objects.requireNonNull(file);
    this.format = Objects.requireNonNull(format);
  }

  /**
   * Whether the file is grouped by INSZ (first pass, computed once).
   *
   * @throws InputFileException when the header is wrong
   */
  public boolean grouped() {
    if (grouped == null) {
      LongHashSet closed = new LongHashSet();
      String[] current = {null};
      boolean[] ok = {true};
      forEachLine(file, format, l -> {
        if (!l.ok() || l.text().isBlank()) {
          return true;
        }
        String key = format.key(l.text());
        if (key == null || key.equals(current[0])) {
          return true;
        }
        if (current[0] != null) {
          closed.add(Long.parseLong(current[0]));
        }
        if (closed.contains(Long.parseLong(key))) {
          ok[0] = false;
          return false;
        }
        current[0] = key;
        return true;
      });
      grouped = ok[0];
    }
    return grouped;
  }

  /** Number of records (non-blank lines after the header) handed over by the last {@link #forEachGroup}. */
  public long records() {
    return records;
  }

  /**
   * Hands over every record, one person at a time; every non-blank line is in exactly one group.
   *
   * @throws InputFileException when the header is wrong
   */
  public void forEachGroup(GroupConsumer<T> consumer) {
    boolean stream = grouped();
    records = 0;
    Map<String, List<DataRecord<T>>> all = stream ? null : new LinkedHashMap<>();
    String[] current = {null};
    List<List<DataRecord<T>>> group = new ArrayList<>(List.of(new ArrayList<>()));
    forEachLine(file, format, l -> {
      if (l.ok() && l.text().isBlank()) {
        return true;
      }
      records++;
      DataRecord<T> r = format.parse(l);
      String key = r.insz();
      if (key == null) {
        consumer.accept(null, List.of(r));
      } else if (!stream) {
        all.computeIfAbsent(key, k -> new ArrayList<>(4)).add(r);
      } else {
        if (!key.equals(current[0])) {
          if (current[0] != null) {
            consumer.accept(current[0], group.get(0));
            group.set(0, new ArrayList<>());
          }
          current[0] = key;
        }
        group.get(0).add(r);
      }
      return true;
    });
    if (stream) {
      if (current[0] != null) {
        consumer.accept(current[0], group.get(0));
      }
    } else {
      for (Map.Entry<String, List<DataRecord<T>>> e : all.entrySet()) {
        consumer.accept(e.getKey(), e.getValue());
      }
    }
  }

  /**
   * Calls {@code action} for every line after the header (checked by the format) until it returns
   * {@code false}.
   *
   * @throws InputFileException when the header is wrong, or the file is empty but needs one
   */
  public static void forEachLine(Path file, DataFormat<?> format, java.util.function.Predicate<RawLine> action) {
    try (LineSource src = LineSource.open(file)) {
      boolean first = true;
      while (src.hasNext()) {
        RawLine l = src.next();
        if (first && format.hasHeader()) {
          format.header(l);
          first = false;
          continue;
        }
        first = false;
        if (!action.test(l)) {
          return;
        }
      }
      if (first && format.hasHeader()) {
        throw new InputFileException(format.fileName() + " is empty: the first line must be the header");
      }
    }
  }
}
