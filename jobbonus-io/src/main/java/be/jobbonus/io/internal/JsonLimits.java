package be.jobbonus.io.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the JSON input files are read, once for every reader: strict (a key given twice refuses the
 * record instead of the last one winning) and within explicit limits, so that a hostile or broken
 * line gets a reject naming it, never an internal error or an unbounded amount of work. A record
 * of ours is an object holding lists of objects: three levels deep, short names and strings.
 */
public final class JsonLimits {

  /** Deepest nesting accepted: a record needs 3. */
  public static final int MAX_DEPTH = 16;
  /** Longest string value, in characters. */
  public static final int MAX_STRING = 4_096;
  /** Longest field name, in characters. */
  public static final int MAX_NAME = 256;
  /** Longest number, in digits. */
  public static final int MAX_NUMBER = 40;

  private JsonLimits() {}

  /** A mapper with these limits and strict duplicate detection. */
  public static JsonMapper strictMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNameLength(MAX_NAME)
            .maxNumberLength(MAX_NUMBER)
            .maxDocumentLength(LineSource.MAX_LINE_BYTES)
            .build())
        .build();
    return JsonMapper.builder(factory).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /**
   * What went wrong, in words a person can act on and without the record's content: the
   * parser's own message names a token or a limit, never a value.
   */
  public static String describe(tools.jackson.core.JacksonException e) {
    if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
      return "exceeds a limit of the JSON reader (at most " + MAX_DEPTH + " levels, " + MAX_STRING
          + " characters in a string, " + MAX_NUMBER + " digits in a number); each line must be one plain record";
    }
    int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
    return "not valid JSON" + (column > 0 ? " (error at column " + column + ")" : "")
        + "; each line must be one complete JSON object";
  }

  /** The field named by a duplicate-key error, or {@code null} when {@code e} is another error. */
  public static String duplicateField(tools.jackson.core.JacksonException e) {
    String m = e.getOriginalMessage();
    String marker = "Duplicate Object property \"";
    if (m == null || !m.startsWith(marker)) {
      return null;
    }
    int end = m.indexOf('"', marker.length());
    return end < 0 ? null : m.substring(marker.length(), end);
  }
}
