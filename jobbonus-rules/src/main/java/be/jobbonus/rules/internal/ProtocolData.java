package be.jobbonus.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the protocol's data files (law as data): strict JSON, where a key twice is an error, with
 * every error naming the source. Not exported: the readers of the rules' packages share it.
 */
public final class ProtocolData {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private ProtocolData() {}

  /**
   * The value {@code parse} reads from the class-path resource {@code resource} of {@code owner},
   * read on first use and then kept (the official data never changes while running).
   */
  public static <T> Supplier<T> official(Class<?> owner, String resource, BiFunction<String, String, T> parse) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          v = parse.apply(resourceText(owner, resource), resource);
          value = v;
        }
        return v;
      }
    };
  }

  /** The UTF-8 text of the class-path resource {@code resource} of {@code owner}. */
  public static String resourceText(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON tree of {@code json}.
   *
   * @throws IllegalArgumentException {@code "<source>: not valid JSON: …"}
   */
  public static JsonNode tree(String json, String source) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * The JSON object of {@code json}, with no field but {@code allowed}.
   *
   * @throws IllegalArgumentException naming the source: not valid JSON, not an object, or an
   *     unknown field
   */
  public static JsonNode object(String json, String source, Set<String> allowed) {
    JsonNode root = tree(json, source);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": must be a JSON object");
    }
    for (String f : root.propertyNames()) {
      if (!allowed.contains(f)) {
        throw new IllegalArgumentException(source + ": unknown field " + f);
      }
    }
    return root;
  }
}
