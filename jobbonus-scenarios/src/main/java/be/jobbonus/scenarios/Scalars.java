package be.jobbonus.scenarios;

import be.jobbonus.core.Euro;
import be.jobbonus.core.YearQuarter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Reads the single values of a file: text, euro amounts (exact cents), yes/no, names of a list of
 * choices, quarters and years. A wrong value is reported at its line and read as {@code null}.
 */
final class Scalars {

  private final Problems problems;

  Scalars(Problems problems) {
    this.problems = problems;
  }

  /** The value's text, trimmed; {@code null} when absent or not a single value (then reported). */
  String scalar(YamlNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isScalar()) {
      problems.add(node, path, "must be a single value, found " + node.describe());
      return null;
    }
    return node.text.trim();
  }

  /** Euro amount in cents, written with a decimal point and at most two decimals. */
  Long euro(YamlNode node, String path) {
    String s = scalar(node, path);
    if (s == null) {
      return null;
    }
    String hint = " (write euro amounts with a decimal point, at most two decimals and no thousands"
        + " separator or currency sign, like \"1800.00\")";
    if (s.matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
      try {
        return Euro.parseCents(s);
      } catch (IllegalArgumentException | ArithmeticException e) {
        // out of range: reported below like any other text that is no amount
      }
    }
    problems.add(node, path, "is not a euro amount" + hint); // the value is not repeated: it may be a wage
    return null;
  }

  /** {@link #euro}, empty when absent or wrong. */
  OptionalLong optionalEuro(YamlNode node, String path) {
    if (node == null) {
      return OptionalLong.empty();
    }
    Long v = euro(node, path);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /** {@code true}/{@code yes} or {@code false}/{@code no}, in any case. */
  Boolean bool(YamlNode node, String path) {
    String s = scalar(node, path);
    if (s == null) {
      return null;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "true": case "yes": return true;
      case "false": case "no": return false;
      default:
        problems.add(node, path, "'" + s + "' must be true or false");
        return null;
    }
  }

  /** The constant of {@code type} so named (any case, a space or hyphen for '_'); else the closest is suggested. */
  <E extends Enum<E>> E enumValue(YamlNode node, String path, Class<E> type) {
    String s = scalar(node, path);
    if (s == null) {
      return null;
    }
    String normal = s.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(normal)) {
        return e;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    String suggestion = Suggestions.closest(normal, new LinkedHashSet<>(names));
    problems.add(node, path, "'" + s + "' is not one of " + String.join(", ", names)
        + (suggestion != null ? "; did you mean " + suggestion + "?" : ""));
    return null;
  }

  /** A quarter written like {@code 2024Q1}. */
  YearQuarter quarter(YamlNode node, String path) {
    String s = scalar(node, path);
    if (s == null) {
      return null;
    }
    try {
      return YearQuarter.parse(s);
    } catch (IllegalArgumentException e) {
      problems.add(node, path, "'" + s + "' is not a quarter (write it like 2024Q1)");
      return null;
    }
  }

  /** A year of four digits. */
  Integer year(YamlNode node, String path) {
    String s = scalar(node, path);
    if (s == null) {
      return null;
    }
    if (!s.matches("[0-9]{4}")) {
      problems.add(node, path, "'" + s + "' is not a year (write it like 2024)");
      return null;
    }
    return Integer.parseInt(s);
  }
}
