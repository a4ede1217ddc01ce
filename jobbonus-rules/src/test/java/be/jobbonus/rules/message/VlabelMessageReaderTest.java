package be.jobbonus.rules.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class VlabelMessageReaderTest {

  static final JsonMapper M = JsonMapper.builder().build();

  static ObjectNode base() {
    return (ObjectNode) M.readTree(MessageFixtures.line());
  }

  static InvalidMessageException refused(String line) {
    InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> VlabelMessageReader.read(line));
    assertFalse(e.getMessage().contains("85073003328"), e.getMessage());
    assertFalse(e.getMessage().contains("Peeters"), e.getMessage());
    assertFalse(e.getMessage().contains("6000"), e.getMessage());
    return e;
  }

  @Test
  void art3_readerAcceptsWhatTheWriterWrites() {
    VlabelMessage m = VlabelMessage.from(MessageFixtures.fullYear2024());
    assertEquals(m, VlabelMessageReader.read(m.toJson()));
  }

  @Test
  void art3_messageRefusesExtraField() {
    ObjectNode n = base();
    n.put("birthDate", "1985-07-30");
    InvalidMessageException e = refused(n.toString());
    assertEquals("$", e.field());
    assertTrue(e.reason().contains("unknown field 'birthDate'"), e.reason());
  }

  @Test
  void art3_messageRefusesExtraFieldInQuarter() {
    ObjectNode n = base();
    ((ObjectNode) n.get("quarters").get(1)).put("employer", "0123456749");
    InvalidMessageException e = refused(n.toString());
    assertEquals("quarters[1]", e.field());
    assertTrue(e.reason().contains("'employer'"));
  }

  @Test
  void art3_unknownFieldNameThatLooksLikeDataIsWithheld() {
    ObjectNode n = base();
    n.put("85073003328", true);
    InvalidMessageException e = refused(n.toString());
    assertTrue(e.reason().contains("(name withheld)"));
  }

  @Test
  void art3_messageRefusesMissingField() {
    ObjectNode n = base();
    n.remove("firstName");
    assertEquals("firstName", refused(n.toString()).field());
    ObjectNode m = base();
    ((ObjectNode) m.get("quarters").get(2)).remove("referenceMonthlyWage");
    InvalidMessageException e = refused(m.toString());
    assertEquals("quarters[2].referenceMonthlyWage", e.field());
    assertEquals("missing field", e.reason());
  }

  @Test
  void art3_messageRefusesWrongType() {
    ObjectNode a = base();
    a.put("total", 700.00);
    InvalidMessageException e = refused(a.toString());
    assertEquals("total", e.field());
    assertTrue(e.reason().startsWith("wrong type"));
    ObjectNode b = base();
    b.put("referenceYear", "2024");
    assertEquals("referenceYear", refused(b.toString()).field());
    ObjectNode c = base();
    c.put("quarters", "none");
    assertEquals("quarters", refused(c.toString()).field());
    ObjectNode d = base();
    ((ObjectNode) d.get("quarters").get(0)).put("wage", 6000);
    assertEquals("quarters[0].wage", refused(d.toString()).field());
    ObjectNode f = base();
    f.put("insz", 85073003328L);
    assertEquals("insz", refused(f.toString()).field());
  }

  @Test
  void art3_messageRefusesBadValues() {
    ObjectNode a = base();
    a.put("insz", "85073003329");
    InvalidMessageException e = refused(a.toString());
    assertEquals("insz", e.field());
    assertTrue(e.reason().contains("check digits"));
    ObjectNode b = base();
    b.put("total", "700.5");
    assertEquals("total", refused(b.toString()).field());
    ObjectNode c = base();
    ((ObjectNode) c.get("quarters").get(0)).put("workFraction", "1.5");
    assertEquals("quarters[0].workFraction", refused(c.toString()).field());
    ObjectNode d = base();
    d.put("statuut", "SELF_EMPLOYED");
    assertEquals("statuut", refused(d.toString()).field());
    ObjectNode f = base();
    f.put("referenceYear", 2023);
    assertEquals("quarters[0].quarter", refused(f.toString()).field());
    ObjectNode g = base();
    g.put("lastName", "  ");
    assertEquals("lastName", refused(g.toString()).field());
  }

  @Test
  void art3_messageRefusesDuplicateKeyAndTrailingContent() {
    String line = MessageFixtures.line();
    String dup = "{\"insz\":\"85073003328\"," + line.substring(1);
    assertEquals("$", refused(dup).field());
    assertEquals("$", refused(line + " {}").field());
    assertEquals("$", refused("[" + line + "]").field());
    assertEquals("$", refused("{\"insz\":\"85073003328\"").field());
  }

  @Test
  void art3_quartersMustBeAscending() {
    ObjectNode n = base();
    var qs = (tools.jackson.databind.node.ArrayNode) n.get("quarters");
    var first = qs.remove(0);
    qs.add(first);
    assertEquals("quarters[3].quarter", refused(n.toString()).field());
  }

  @Test
  void art3_readAllKeepsLineNumbers() {
    ObjectNode bad = base();
    bad.put("iban", "BE00");
    String text = MessageFixtures.line() + "\n\n" + bad + "\n" + MessageFixtures.line() + "\n";
    VlabelMessageReader.Batch b = VlabelMessageReader.readAll(new StringReader(text));
    assertEquals(2, b.messages().size());
    assertEquals(1, b.rejected().size());
    assertEquals(3, b.rejected().get(0).line());
    assertTrue(b.rejected().get(0).getMessage().startsWith("line 3, field $: unknown field 'iban'"));
  }
}
