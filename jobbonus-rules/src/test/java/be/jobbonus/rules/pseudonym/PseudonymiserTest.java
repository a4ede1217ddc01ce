package be.jobbonus.rules.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final Insz AN = Insz.parse("85073003328");

  static JobbonusResult result() {
    Person p = Person.of(AN, "Peeters", "An", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    return JobbonusCalculator.official().calculate(p, 2024,
        List.of(QuarterInput.of(YearQuarter.of(2024, 1), 600_000, "1", Regime.FULL_TIME)));
  }

  @Test
  void art6_personKeyIsHmacSha256OfTheInsz() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal("jobbonus-person-v1:85073003328".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(expected, Pseudonymiser.withSecret(SECRET).personKey(AN));
  }

  @Test
  void art6_sameSecretJoinsOtherSecretDoesNot() {
    String a = Pseudonymiser.withSecret(SECRET).personKey(AN);
    assertEquals(a, Pseudonymiser.withSecret(SECRET.clone()).personKey(AN), "two runs with the same secret join");
    byte[] other = SECRET.clone();
    other[0] ^= 1;
    assertNotEquals(a, Pseudonymiser.withSecret(other).personKey(AN));
    assertNotEquals(a, Pseudonymiser.withSecret(SECRET).personKey(Insz.parse("90010100123")));
  }

  @Test
  void art6_secretIsCopiedAndNeverShown() {
    byte[] s = SECRET.clone();
    Pseudonymiser p = Pseudonymiser.withSecret(s);
    String before = p.personKey(AN);
    Arrays.fill(s, (byte) 0);
    assertEquals(before, p.personKey(AN));
    assertFalse(p.toString().contains("0123456789"));
  }

  @Test
  void art6_refusesShortOrConstantSecrets() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pseudonymiser.withSecret(new byte[31]));
    assertTrue(e.getMessage().contains("too short"));
    assertThrows(IllegalArgumentException.class, () -> Pseudonymiser.withSecret(new byte[64]));
    assertThrows(NullPointerException.class, () -> Pseudonymiser.withSecret(null));
  }

  @Test
  void art6_analysisViewCarriesNoInszOrNames() {
    JobbonusResult r = result();
    AnalysisRecord a = Pseudonymiser.withSecret(SECRET).record(r);
    assertEquals(2024, a.referenceYear());
    assertEquals(r.totalCents(), a.totalCents());
    assertEquals(600_000, a.quarters().get(0).wageCents());
    String all = a.toString() + a.quarters() + a.personKey() + a.reasonCodes() + a.parametersId();
    assertFalse(all.contains("85073003328") || all.contains("850730") || all.contains("Peeters"), all);
    for (Class<?> c : List.of(AnalysisRecord.class, AnalysisRecord.Quarter.class)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        assertFalse(rc.getType() == Insz.class || rc.getType() == Person.class, rc.getName());
        assertFalse(rc.getName().toLowerCase().contains("name") || rc.getName().toLowerCase().contains("insz"),
            rc.getName());
      }
    }
  }
}
