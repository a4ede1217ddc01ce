package be.jobbonus.rules.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Statuut;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema shipped in the jar and in docs/ agrees with the Java type and the writer. */
class SchemaAgreementTest {

  static final JsonMapper M = JsonMapper.builder().build();
  static final JsonNode SCHEMA = M.readTree(VlabelMessage.schema());

  static Set<String> names(JsonNode n) {
    return new HashSet<>(n.propertyNames());
  }

  static Set<String> strings(JsonNode array) {
    Set<String> s = new HashSet<>();
    array.forEach(e -> s.add(e.stringValue()));
    return s;
  }

  @Test
  void art3_schemaIsDraft2020AndClosedEverywhere() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").stringValue());
    List<JsonNode> objects = new ArrayList<>();
    collectObjectSchemas(SCHEMA, objects);
    assertEquals(2, objects.size());
    for (JsonNode o : objects) {
      assertTrue(o.get("additionalProperties").isBoolean() && !o.get("additionalProperties").booleanValue());
      assertEquals(names(o.get("properties")), strings(o.get("required")), "every property is required");
    }
  }

  static void collectObjectSchemas(JsonNode n, List<JsonNode> out) {
    if (n.isObject()) {
      if (n.has("type") && n.get("type").isString() && n.get("type").stringValue().equals("object")) {
        out.add(n);
      }
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        collectObjectSchemas(e.getValue(), out);
      }
    } else if (n.isArray()) {
      n.forEach(c -> collectObjectSchemas(c, out));
    }
  }

  @Test
  void art3_schemaAndJavaTypeAgreeOnFieldNames() {
    assertEquals(new HashSet<>(VlabelMessage.FIELDS), names(SCHEMA.get("properties")));
    assertEquals(new HashSet<>(VlabelQuarter.FIELDS), names(SCHEMA.get("$defs").get("quarter").get("properties")));
    // the writer emits exactly these keys
    JsonNode line = M.readTree(MessageFixtures.line());
    assertEquals(names(SCHEMA.get("properties")), names(line));
    assertEquals(names(SCHEMA.get("$defs").get("quarter").get("properties")), names(line.get("quarters").get(0)));
    // as many record components as schema properties: a new component without a schema change fails
    assertEquals(SCHEMA.get("properties").size(), VlabelMessage.class.getRecordComponents().length);
    assertEquals(SCHEMA.get("$defs").get("quarter").get("properties").size(),
        VlabelQuarter.class.getRecordComponents().length);
    Set<String> statuten = Arrays.stream(Statuut.values()).map(Enum::name).collect(Collectors.toSet());
    assertEquals(statuten, strings(SCHEMA.get("properties").get("statuut").get("enum")));
  }

  @Test
  void art3_schemaPatternsMatchTheReader() {
    String money = SCHEMA.get("$defs").get("money").get("pattern").stringValue();
    assertEquals("^" + VlabelMessageReader.MONEY.pattern() + "$", money);
    String fraction = SCHEMA.get("$defs").get("quarter").get("properties").get("workFraction").get("pattern").stringValue();
    assertEquals("^(" + VlabelMessageReader.FRACTION.pattern() + ")$", fraction);
  }

  @Test
  void art3_docsCopyIsTheShippedSchema() throws Exception {
    Path docs = Path.of("..", "docs", "vlabel-message.schema.json");
    assertTrue(Files.exists(docs), "docs/vlabel-message.schema.json is missing");
    assertEquals(SCHEMA, M.readTree(Files.readString(docs)));
  }
}
