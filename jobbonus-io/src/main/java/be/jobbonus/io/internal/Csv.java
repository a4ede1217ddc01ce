package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.io.InputFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** One CSV line into its fields, with Jackson CSV (RFC 4180 quoting; a record on one line). */
public final class Csv {

  private static final ObjectReader READER = CsvMapper.builder()
      .build()
      .readerFor(String[].class)
      .with(CsvSchema.emptySchema().withoutHeader());

  private Csv() {}

  /** The fields, trimmed; {@code null} when the line is not valid CSV. */
  static String[] split(String line) {
    String[] plain = splitPlain(line);
    return plain != null ? plain : splitJackson(line);
  }

  /**
   * A line without quotes, comment mark, control character or trailing comma split at its commas
   * (what Jackson CSV gives for it: a test compares them); {@code null} for any other line.
   */
  static String[] splitPlain(String line) {
    int n = line.length();
    if (n == 0 || line.charAt(n - 1) == ',' || line.charAt(0) == '#') {
      return null;
    }
    int fields = 1;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '"' || c < 0x20) {
        return null;
      }
      if (c == ',') {
        fields++;
      }
    }
    String[] v = new String[fields];
    int start = 0;
    int f = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || line.charAt(i) == ',') {
        int s = start;
        int e = i;
        while (s < e && line.charAt(s) == ' ') { // no control character is left: trim() removes spaces only
          s++;
        }
        while (e > s && line.charAt(e - 1) == ' ') {
          e--;
        }
        v[f++] = line.substring(s, e);
        start = i + 1;
      }
    }
    return v;
  }

  /** The fields as Jackson CSV reads them, trimmed; {@code null} when the line is not valid CSV. */
  static String[] splitJackson(String line) {
    try {
      String[] v = READER.readValue(line);
      if (v == null) {
        return new String[] {""};
      }
      for (int i = 0; i < v.length; i++) {
        v[i] = v[i] == null ? "" : v[i].trim();
      }
      return v;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Column positions of {@code expected} in the header; throws naming what is missing. */
  static int[] header(RawLine first, String fileName, List<String> expected) {
    return header(first, fileName, expected, List.of());
  }

  /**
   * Column positions of {@code expected} then of {@code optional} in the header (-1 for an
   * optional column the header does not name); throws naming what is missing.
   */
  static int[] header(RawLine first, String fileName, List<String> expected, List<String> optional) {
    if (!first.ok()) {
      throw new InputFileException(fileName + " line 1: " + first.problem());
    }
    String[] cols = split(first.text());
    List<String> names = new ArrayList<>();
    if (cols != null) {
      for (String c : cols) {
        names.add(c.toLowerCase(java.util.Locale.ROOT));
      }
    }
    int[] pos = new int[expected.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      pos[i] = names.indexOf(expected.get(i));
      if (pos[i] < 0) {
        missing.add(expected.get(i));
      }
    }
    int[] all = Arrays.copyOf(pos, expected.size() + optional.size());
    int present = 0;
    for (int i = 0; i < optional.size(); i++) {
      all[expected.size() + i] = names.indexOf(optional.get(i));
      if (all[expected.size() + i] >= 0) {
        present++;
      }
    }
    if (!missing.isEmpty()) {
      boolean looksLikeData = cols != null && cols.length > 0 && Insz.isValid(cols[0]);
      throw new InputFileException(fileName + " line 1: " + (looksLikeData ? "the header row is missing" : "header lacks " + missing)
          + "; the first line must be the header " + String.join(",", expected));
    }
    if (names.size() != expected.size() + present) {
      throw new InputFileException(fileName + " line 1: header has " + names.size() + " columns " + Arrays.toString(cols)
          + "; expected exactly " + String.join(",", expected)
          + (optional.isEmpty() ? "" : " (and optionally " + String.join(",", optional) + ")"));
    }
    return optional.isEmpty() ? pos : all;
  }

  /** The INSZ of a CSV line, fast: the text before the first comma when it is a valid INSZ. */
  public static String firstFieldInsz(String text, int column) {
    if (column != 0) {
      String[] f = split(text);
      return f != null && f.length > column && Insz.isValid(f[column]) ? f[column] : null;
    }
    int comma = text.indexOf(',');
    String s = (comma < 0 ? text : text.substring(0, comma)).trim();
    if (s.length() == 13 && s.charAt(0) == '"' && s.charAt(12) == '"') {
      s = s.substring(1, 12);
    }
    return Insz.isValid(s) ? s : null;
  }
}
