package be.jobbonus.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML document as a tree that remembers the line and column of every key and value, so that
 * every message about a scenario file can point at the place to correct. Scalars keep their
 * source text exactly ({@code 434.29} stays {@code "434.29"}, never a binary float).
 */
final class YamlNode {

  enum Kind { MAP, LIST, SCALAR, NULL }

  /** A key of a map with where it was written. */
  record Key(String name, int line, int column) {}

  /**
   * Scenario files are small and written by people: read within limits (at most 50 aliases, 64
   * levels, 10 MB), so that a hostile file is refused with a reason; a key written twice is
   * refused below, with its line.
   */
  private static final YAMLMapper MAPPER = YAMLMapper.builder(tools.jackson.dataformat.yaml.YAMLFactory.builder()
          .loadSettings(org.snakeyaml.engine.v2.api.LoadSettings.builder()
              .setAllowDuplicateKeys(true).setMaxAliasesForCollections(50).setCodePointLimit(10_000_000).build())
          .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
              .maxNestingDepth(64).maxDocumentLength(10_000_000).maxNumberLength(40).build())
          .build())
      .build();

  final Kind kind;
  final int line;
  final int column;
  final String text; // SCALAR only
  final Map<String, Map.Entry<Key, YamlNode>> map; // MAP only, in file order
  final List<YamlNode> list; // LIST only

  private YamlNode(Kind kind, int line, int column, String text,
      Map<String, Map.Entry<Key, YamlNode>> map, List<YamlNode> list) {
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.text = text;
    this.map = map;
    this.list = list;
  }

  /** The value under {@code name}, or {@code null}. */
  YamlNode get(String name) {
    Map.Entry<Key, YamlNode> e = map == null ? null : map.get(name);
    return e == null ? null : e.getValue();
  }

  boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  String describe() {
    switch (kind) {
      case MAP: return "a group of fields";
      case LIST: return "a list";
      case NULL: return "nothing";
      default: return "'" + text + "'";
    }
  }

  /** A problem in a YAML document that cannot be read at all. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /** Parses one YAML document (an empty document gives a NULL node). */
  static YamlNode parse(String yaml) throws SyntaxError {
    try (JsonParser p = MAPPER.createParser(yaml)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new YamlNode(Kind.NULL, 1, 1, null, null, null);
      }
      YamlNode root = read(p, t);
      JsonToken more = p.nextToken();
      if (more != null) {
        TokenStreamLocation loc = p.currentTokenLocation();
        throw new SyntaxError(loc.getLineNr(), loc.getColumnNr(),
            "a second YAML document ('---') starts here; put all cases of a file under 'cases:'");
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      int line = loc == null ? 0 : loc.getLineNr();
      int col = loc == null ? 0 : loc.getColumnNr();
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      // snakeyaml names the place of the problem itself ("in reader, line 3, column 1"): prefer it
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(original);
      while (m.find()) {
        line = Integer.parseInt(m.group(1));
        col = Integer.parseInt(m.group(2));
      }
      StringBuilder msg = new StringBuilder();
      for (String part : original.split("\n")) {
        if (part.trim().startsWith("in reader") || part.trim().isEmpty()) {
          break;
        }
        msg.append(msg.length() == 0 ? "" : "; ").append(part.trim());
      }
      String hint = original.contains("\\t") || original.contains("\t")
          ? " (a tab character: indent with spaces only)"
          : " (check the indentation and that every 'field: value' has a space after the colon)";
      throw new SyntaxError(line, col, "not valid YAML: " + msg + hint);
    }
  }

  private static YamlNode read(JsonParser p, JsonToken t) throws SyntaxError {
    TokenStreamLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    switch (t) {
      case START_OBJECT: {
        Map<String, Map.Entry<Key, YamlNode>> m = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          TokenStreamLocation kl = p.currentTokenLocation();
          String name = p.currentName();
          Key key = new Key(name, kl.getLineNr(), kl.getColumnNr());
          YamlNode value = read(p, p.nextToken());
          if (m.containsKey(name)) {
            throw new SyntaxError(key.line(), key.column(), "field '" + name
                + "' is written twice in the same group (first on line " + m.get(name).getKey().line() + ")");
          }
          m.put(name, Map.entry(key, value));
        }
        return new YamlNode(Kind.MAP, line, col, null, Collections.unmodifiableMap(m), null);
      }
      case START_ARRAY: {
        List<YamlNode> l = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          l.add(read(p, e));
        }
        return new YamlNode(Kind.LIST, line, col, null, null, Collections.unmodifiableList(l));
      }
      case VALUE_NULL:
        return new YamlNode(Kind.NULL, line, col, null, null, null);
      default:
        return new YamlNode(Kind.SCALAR, line, col, p.getString(), null, null);
    }
  }
}
