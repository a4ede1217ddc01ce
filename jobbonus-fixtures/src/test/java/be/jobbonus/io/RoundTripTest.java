package be.jobbonus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.Person;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** What the writers write, the readers read back unchanged. */
class RoundTripTest {

  @Test
  void dmfaLinesAndPersonsRoundTrip() {
    DmfaJsonl format = new DmfaJsonl("dmfa.jsonl", 2024);
    qt().withExamples(300).forAll(SourceDSL.longs().between(0, 5_000_000), SourceDSL.longs().between(0, 1000))
        .checkAssert((index, seed) -> {
          SyntheticWorker w = SyntheticPopulation.of(seed, 2024).worker(index);
          for (OccupationLine l : w.lines()) {
            DataRecord<OccupationLine> r = format.parse(new RawLine(1, DmfaJsonl.toJson(l), null));
            assertEquals(null, r.reject());
            assertEquals(l, r.value());
            assertEquals(l.insz().digits(), r.insz());
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
