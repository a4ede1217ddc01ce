package be.jobbonus.rules.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.parameters.ParameterSets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whatever a result and an identity hold, the message has exactly the art. 3 keys and round-trips. */
class VlabelMessagePropertyTest {

  static final JsonMapper M = JsonMapper.builder().build();

  /** Valid INSZ numbers of people born 1940-1999 (mod-97 check digits computed). */
  static Gen<Insz> insz() {
    return SourceDSL.integers().between(0, 59).zip(SourceDSL.integers().between(1, 12),
        SourceDSL.integers().between(1, 28), SourceDSL.integers().between(1, 997), (y, m, d, seq) -> {
          String nine = String.format("%02d%02d%02d%03d", 40 + y, m, d, seq);
          long check = 97 - Long.parseLong(nine) % 97;
          return Insz.parse(nine + String.format("%02d", check));
        });
  }

  /** Names with anything printable: quotes, backslashes, accents, non-BMP characters, long. */
  static Gen<String> name() {
    Gen<String> base = SourceDSL.strings().betweenCodePoints(0x20, 0x1F600).ofLengthBetween(1, 40);
    Gen<String> tricky = Generate.pick(List.of("O'Brien", "Van \"de\" Velde", "\\u0000", "Ærøskøbing", "李", "x".repeat(200)));
    return base.mix(tricky, 20).assuming(s -> !s.isBlank() && s.chars().noneMatch(Character::isISOControl));
  }

  record Raw(int quarter, long wage, int tenThousandths, boolean fullTime) {}

  static Gen<List<Raw>> rawQuarters() {
    Gen<Raw> one = SourceDSL.integers().between(1, 4).zip(SourceDSL.longs().between(0, 3_000_000L),
        SourceDSL.integers().between(0, 10_000), SourceDSL.booleans().all(), Raw::new);
    return SourceDSL.lists().of(one).ofSizeBetween(0, 4);
  }

  static List<QuarterInput> quarters(int year, List<Raw> raw) {
    List<QuarterInput> out = new ArrayList<>();
    HashSet<Integer> seen = new HashSet<>();
    for (Raw r : raw) {
      if (seen.add(r.quarter())) {
        out.add(QuarterInput.of(YearQuarter.of(year, r.quarter()), r.wage(), BigDecimal.valueOf(r.tenThousandths(), 4),
            r.fullTime() ? Regime.FULL_TIME : Regime.PART_TIME));
      }
    }
    return out;
  }

  @Test
  void art3_propertyExactlyAllowedKeysAndRoundTrip() {
    Gen<Statuut> statuut = Generate.enumValues(Statuut.class);
    Gen<Region> region = Generate.enumValues(Region.class);
    Gen<Person> person = insz().zip(name(), name(), statuut, region,
        (i, l, f, s, r) -> Person.of(i, l, f, s, r).withBirthDate(LocalDate.of(1970, 1, 1)));
    List<Integer> years = List.copyOf(ParameterSets.official().referenceYears()); // from the data
    Gen<Integer> anyYear = SourceDSL.integers().between(0, years.size() - 1).map(years::get);
    qt().withExamples(1000).forAll(person, anyYear, rawQuarters())
        .checkAssert((p, year, raw) -> {
          List<QuarterInput> qs = quarters(year, raw);
          JobbonusResult r = MessageFixtures.CALC.calculate(p, year, qs);
          VlabelMessage m = VlabelMessage.from(r);
          String json = m.toJson();
          JsonNode n = M.readTree(json);
          assertEquals(VlabelMessage.FIELDS, List.copyOf(n.propertyNames()));
          for (JsonNode q : n.get("quarters")) {
            assertEquals(VlabelQuarter.FIELDS, List.copyOf(q.propertyNames()));
          }
          assertFalse(json.contains(p.residence().name()), "residence leaked");
          assertFalse(json.contains(r.parametersId()), "parameter set leaked");
          VlabelMessage back = VlabelMessageReader.read(json);
          assertEquals(m, back);
          assertEquals(p.insz(), back.insz());
          assertEquals(p.lastName().strip(), back.lastName());
          assertEquals(p.firstName().strip(), back.firstName());
          assertEquals(p.statuut(), back.statuut());
          assertEquals(r.totalCents(), back.totalCents());
          assertEquals(r.quarters().size(), back.quarters().size());
          for (int i = 0; i < r.quarters().size(); i++) {
            var q = r.quarters().get(i);
            var b = back.quarters().get(i);
            assertEquals(q.quarter(), b.quarter());
            assertEquals(0, q.workFraction().compareTo(b.workFraction()));
            assertEquals(q.wageCents(), b.wageCents());
            assertEquals(q.referenceMonthlyWageCents(), b.referenceMonthlyWageCents());
            assertEquals(q.baseAmountCents(), b.baseAmountCents());
            assertEquals(q.amountCents(), b.amountCents());
          }
        });
  }
}
