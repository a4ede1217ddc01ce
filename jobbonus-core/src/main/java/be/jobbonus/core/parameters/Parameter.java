package be.jobbonus.core.parameters;

import java.util.Objects;

/**
 * One value of the law with where it comes from.
 *
 * @param value the value (amounts are in euro cents)
 * @param status how sure the value is
 * @param source the act and article, or the secondary sources, behind the value
 */
public record Parameter<T>(T value, Status status, String source) {
  public Parameter {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
  }
}
