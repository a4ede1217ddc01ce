package be.jobbonus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.Person;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * What the writers write, the readers read back unchanged: a DmfA line read from its bytes (the
 * scanner), from its text (Jackson) and spaced out (Jackson again, from bytes) gives the same line.
 */
class RoundTripTest {

  @Test
  void dmfaLinesAndPersonsRoundTrip() {
    DmfaJsonl format = new DmfaJsonl("dmfa.jsonl", 2024);
    qt().withExamples(300).forAll(SourceDSL.longs().between(0, 5_000_000), SourceDSL.longs().between(0, 1000))
        .checkAssert((index, seed) -> {
          SyntheticWorker w = SyntheticPopulation.of(seed, 2024).worker(index);
          OccupationFields f = new OccupationFields();
          for (OccupationLine l : w.lines()) {
            String json = DmfaJsonl.toJson(l);
            byte[] plain = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(DmfaJsonl.Outcome.READ, format.read(plain, 0, plain.length, 1, f), () -> String.valueOf(format.reject()));
            assertEquals(l, DmfaJsonl.toLine(f));
            assertEquals(Long.parseLong(l.insz().digits()), format.key());
            assertEquals(DmfaJsonl.Outcome.READ, format.read(new RawLine(1, json, null), f));
            assertEquals(l, DmfaJsonl.toLine(f));
            byte[] spaced = json.replace(",", ", ").replace(":", ": ").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(DmfaJsonl.Outcome.READ, format.read(spaced, 0, spaced.length, 1, f));
            assertEquals(l, DmfaJsonl.toLine(f));
          }
          Object p = PersonsCsv.parse(new RawLine(2, PersonsCsv.toCsv(w.person()), null), "persons.csv", new int[] {0, 1, 2, 3, 4, 5}, java.time.LocalDate.now());
          Person read = (Person) p;
          assertEquals(w.person().insz(), read.insz());
          assertEquals(w.person().birthDate(), read.birthDate());
          assertEquals(w.person().statuut(), read.statuut());
          assertEquals(w.person().residence(), read.residence());
          assertEquals(w.person().lastName(), read.lastName());
        });
  }
}
