package be.jobbonus.notice;

import be.jobbonus.core.parameters.Parameter;
import be.jobbonus.core.parameters.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What to do in disagreement, as data with source and status ({@code objection.json}): the body to
 * object with, its address and the term, each a {@link Parameter} whose value is the text in the
 * notice's language. Immutable.
 */
record Objection(Parameter<String> body, Parameter<String> address, Parameter<String> term) {

  static final String RESOURCE = "objection.json";

  Objection {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(term, "term");
  }

  /** The official data in {@code language}. */
  static Objection official(String language) {
    try (InputStream in = Objection.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return read(in, RESOURCE, language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the data of {@code in} in {@code language}.
   *
   * @throws IllegalArgumentException naming the file and the field that is missing or wrong
   */
  static Objection read(InputStream in, String source, String language) {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(in);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(source + ": not well-formed JSON");
    }
    return new Objection(field(root, "body", source, language), field(root, "address", source, language),
        field(root, "term", source, language));
  }

  private static Parameter<String> field(JsonNode root, String name, String source, String language) {
    JsonNode f = root.get(name);
    if (f == null || !f.isObject()) {
      throw new IllegalArgumentException(source + ": '" + name + "' is missing");
    }
    JsonNode value = f.get("value");
    JsonNode text = value == null ? null : value.get(language);
    if (text == null || !text.isString() || text.asString().isBlank()) {
      throw new IllegalArgumentException(source + ": '" + name + ".value." + language + "' is missing");
    }
    JsonNode status = f.get("status");
    JsonNode src = f.get("source");
    if (status == null || !status.isString() || src == null || !src.isString() || src.asString().isBlank()) {
      throw new IllegalArgumentException(source + ": '" + name + "' needs a status (L, S or I) and a source");
    }
    Status st;
    try {
      st = Status.valueOf(status.asString().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": '" + name + ".status' must be L, S or I");
    }
    return new Parameter<>(text.asString().strip(), st, src.asString());
  }

  /** Whether any value is inferred (status I). */
  boolean anyInferred() {
    return inferred(body) || inferred(address) || inferred(term);
  }

  static boolean inferred(Parameter<String> p) {
    return p.status() == Status.I;
  }
}
