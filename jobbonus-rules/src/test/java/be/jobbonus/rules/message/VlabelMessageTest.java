package be.jobbonus.rules.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Euro;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusResult;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VlabelMessageTest {

  static final JsonMapper M = JsonMapper.builder().build();

  @Test
  void art3_messageCarriesExactlyGegeven1And2() {
    JobbonusResult r = MessageFixtures.fullYear2024();
    JsonNode n = M.readTree(VlabelMessage.from(r).toJson());
    assertEquals(VlabelMessage.FIELDS, List.copyOf(n.propertyNames()));
    assertEquals("85073003328", n.get("insz").stringValue());
    assertEquals("Peeters", n.get("lastName").stringValue());
    assertEquals("An", n.get("firstName").stringValue());
    assertEquals("EMPLOYEE", n.get("statuut").stringValue());
    assertEquals(2024, n.get("referenceYear").intValue());
    assertEquals(Euro.format(r.totalCents()), n.get("total").stringValue());
    assertEquals(4, n.get("quarters").size());
    JsonNode q1 = n.get("quarters").get(0);
    assertEquals(VlabelQuarter.FIELDS, List.copyOf(q1.propertyNames()));
    assertEquals("2024Q1", q1.get("quarter").stringValue());
    assertEquals("1.00", q1.get("workFraction").stringValue());
    assertEquals("6000.00", q1.get("wage").stringValue());
    assertEquals("2000.00", q1.get("referenceMonthlyWage").stringValue());
    assertEquals(Euro.format(r.quarters().get(0).baseAmountCents()), q1.get("baseAmount").stringValue());
    assertEquals(Euro.format(r.quarters().get(0).amountCents()), q1.get("amount").stringValue());
  }

  @Test
  void art3_moneyAndFractionsAreDecimalStrings() {
    JsonNode n = M.readTree(MessageFixtures.line());
    assertTrue(n.get("total").isString());
    for (JsonNode q : n.get("quarters")) {
      for (String f : List.of("workFraction", "wage", "referenceMonthlyWage", "baseAmount", "amount")) {
        assertTrue(q.get(f).isString(), f);
        assertTrue(q.get(f).stringValue().matches("[0-9]+\\.[0-9]{2,4}"), f);
      }
    }
  }

  @Test
  void art3_typeHasNoRoomForAnotherField() {
    assertTrue(VlabelMessage.class.isRecord() && Modifier.isFinal(VlabelMessage.class.getModifiers()));
    assertTrue(VlabelQuarter.class.isRecord() && Modifier.isFinal(VlabelQuarter.class.getModifiers()));
    for (Class<?> c : List.of(VlabelMessage.class, VlabelQuarter.class)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        Class<?> t = rc.getType();
        assertFalse(java.util.Map.class.isAssignableFrom(t), c + "." + rc.getName() + " is a map");
        assertFalse(t == Object.class || t == JsonNode.class, c + "." + rc.getName() + " is open-ended");
      }
    }
    assertEquals(VlabelMessage.FIELDS.size(), VlabelMessage.class.getRecordComponents().length);
    assertEquals(VlabelQuarter.FIELDS.size(), VlabelQuarter.class.getRecordComponents().length);
  }

  @Test
  void art3_zeroWorkFractionHasNullReferenceMonthlyWage() {
    List<QuarterInput> qs = new ArrayList<>();
    qs.add(QuarterInput.of(YearQuarter.of(2024, 1), 0, "0", Regime.PART_TIME));
    qs.add(QuarterInput.of(YearQuarter.of(2024, 2), 300_000, "0.5", Regime.PART_TIME));
    VlabelMessage m = VlabelMessage.from(MessageFixtures.CALC.calculate(MessageFixtures.AN, 2024, qs));
    JsonNode n = M.readTree(m.toJson());
    assertTrue(n.get("quarters").get(0).get("referenceMonthlyWage").isNull());
    assertEquals("0.00", n.get("quarters").get(0).get("workFraction").stringValue());
    assertEquals("0.50", n.get("quarters").get(1).get("workFraction").stringValue());
    assertEquals(m, VlabelMessageReader.read(m.toJson()));
  }

  @Test
  void art3_domainRulesRefuseInconsistentQuarters() {
    YearQuarter q = YearQuarter.of(2024, 1);
    assertThrows(IllegalArgumentException.class, () -> new VlabelQuarter(q, new java.math.BigDecimal("0"), 0,
        OptionalLong.of(1), 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new VlabelQuarter(q, new java.math.BigDecimal("0.5"), 0,
        OptionalLong.empty(), 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new VlabelQuarter(q, new java.math.BigDecimal("1.5"), 0,
        OptionalLong.of(0), 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new VlabelQuarter(q, new java.math.BigDecimal("0.12345"), 0,
        OptionalLong.of(0), 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new VlabelQuarter(q, java.math.BigDecimal.ONE, -1,
        OptionalLong.of(0), 0, 0));
    VlabelMessage ok = VlabelMessage.from(MessageFixtures.fullYear2024());
    assertThrows(IllegalArgumentException.class, () -> new VlabelMessage(ok.insz(), " ", "An", ok.statuut(), 2024,
        0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new VlabelMessage(ok.insz(), "P", "An", ok.statuut(), 2023,
        0, ok.quarters()));
    List<VlabelQuarter> twice = List.of(ok.quarters().get(0), ok.quarters().get(0));
    assertThrows(IllegalArgumentException.class, () -> new VlabelMessage(ok.insz(), "P", "An", ok.statuut(), 2024,
        0, twice));
  }

  @Test
  void art3_toStringIsMasked() {
    VlabelMessage m = VlabelMessage.from(MessageFixtures.fullYear2024());
    String s = m.toString() + m.quarters();
    assertFalse(s.contains("85073003328"));
    assertFalse(s.contains("Peeters"));
    assertFalse(s.contains("6000"));
    assertTrue(s.contains("850730*****"));
  }
}
