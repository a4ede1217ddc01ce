package be.jobbonus.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The notice's template, compiled once: the wording and layout are the template file's, so VLABEL
 * can change them without a change of code. Four tags, in the manner of Mustache:
 *
 * <ul>
 *   <li>{@code {{name}}}: the value, HTML-escaped;
 *   <li>{@code {{#name}}…{{/name}}}: the block once per element of a list, or once when the value
 *       is {@code true} (or a non-empty text);
 *   <li>{@code {{^name}}…{{/name}}}: the block when the value is {@code false}, absent or empty;
 *   <li>{@code {{! comment }}}: nothing.
 * </ul>
 *
 * A name that the model does not hold is an error when the template is compiled against the
 * model's names ({@link #names()}), not a blank on a citizen's letter. Immutable, thread-safe.
 */
final class Template {

  private interface Node {
    void render(Map<String, ?> scope, Map<String, ?> parent, StringBuilder out);
  }

  private final List<Node> nodes;
  private final List<String> names;

  private Template(List<Node> nodes, List<String> names) {
    this.nodes = nodes;
    this.names = names;
  }

  /**
   * Compiles {@code text}.
   *
   * @param source what to call the template in a message (a file name)
   * @throws IllegalArgumentException naming the line of an unclosed, unopened or empty tag
   */
  static Template compile(String text, String source) {
    Objects.requireNonNull(text, "text");
    List<String> names = new ArrayList<>();
    List<List<Node>> stack = new ArrayList<>();
    List<String> open = new ArrayList<>();
    List<Boolean> inverted = new ArrayList<>();
    List<Node> current = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("{{", i);
      if (start < 0) {
        current.add(literal(text.substring(i)));
        break;
      }
      if (start > i) {
        current.add(literal(text.substring(i, start)));
      }
      int end = text.indexOf("}}", start + 2);
      if (end < 0) {
        throw new IllegalArgumentException(source + " line " + line(text, start) + ": '{{' without '}}'");
      }
      String tag = text.substring(start + 2, end).strip();
      i = end + 2;
      if (tag.isEmpty()) {
        throw new IllegalArgumentException(source + " line " + line(text, start) + ": empty tag");
      }
      char kind = tag.charAt(0);
      String name = kind == '#' || kind == '^' || kind == '/' || kind == '!' ? tag.substring(1).strip() : tag;
      if (kind == '!') {
        continue;
      }
      if (name.isEmpty()) {
        throw new IllegalArgumentException(source + " line " + line(text, start) + ": tag without a name");
      }
      if (!names.contains(name)) {
        names.add(name);
      }
      if (kind == '#' || kind == '^') {
        stack.add(current);
        open.add(name);
        inverted.add(kind == '^');
        current = new ArrayList<>();
      } else if (kind == '/') {
        if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
          throw new IllegalArgumentException(source + " line " + line(text, start) + ": '{{/" + name + "}}' closes "
              + (open.isEmpty() ? "nothing" : "'" + open.get(open.size() - 1) + "'"));
        }
        List<Node> body = List.copyOf(current);
        boolean inv = inverted.remove(inverted.size() - 1);
        open.remove(open.size() - 1);
        current = stack.remove(stack.size() - 1);
        current.add(inv ? inverted(name, body) : section(name, body));
      } else {
        current.add(value(name));
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException(source + ": '{{#" + open.get(open.size() - 1) + "}}' is not closed");
    }
    return new Template(List.copyOf(current), List.copyOf(names));
  }

  /** Every name the template uses, in order of first use. */
  List<String> names() {
    return names;
  }

  /** The template with {@code model}'s values. */
  String render(Map<String, ?> model) {
    StringBuilder out = new StringBuilder(8192);
    for (Node n : nodes) {
      n.render(model, Map.of(), out);
    }
    return out.toString();
  }

  private static int line(String text, int at) {
    int n = 1;
    for (int k = 0; k < at; k++) {
      if (text.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static Object lookup(String name, Map<String, ?> scope, Map<String, ?> parent) {
    Object v = scope.get(name);
    return v != null ? v : parent.get(name);
  }

  private static Node literal(String s) {
    return (scope, parent, out) -> out.append(s);
  }

  private static Node value(String name) {
    return (scope, parent, out) -> {
      Object v = lookup(name, scope, parent);
      if (v != null) {
        escape(v.toString(), out);
      }
    };
  }

  private static boolean truthy(Object v) {
    if (v == null || Boolean.FALSE.equals(v)) {
      return false;
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    return !(v instanceof String s) || !s.isEmpty();
  }

  private static Node section(String name, List<Node> body) {
    return (scope, parent, out) -> {
      Object v = lookup(name, scope, parent);
      if (v instanceof List<?> items) {
        for (Object item : items) {
          @SuppressWarnings("unchecked")
          Map<String, ?> inner = (Map<String, ?>) item;
          for (Node n : body) {
            n.render(inner, scope, out);
          }
        }
      } else if (truthy(v)) {
        for (Node n : body) {
          n.render(scope, parent, out);
        }
      }
    };
  }

  private static Node inverted(String name, List<Node> body) {
    return (scope, parent, out) -> {
      if (!truthy(lookup(name, scope, parent))) {
        for (Node n : body) {
          n.render(scope, parent, out);
        }
      }
    };
  }

  /** HTML (and XML) text and attribute escaping. */
  static void escape(String s, StringBuilder out) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
