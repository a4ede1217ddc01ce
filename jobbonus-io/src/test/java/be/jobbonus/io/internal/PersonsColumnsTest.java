package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.io.Reject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persons of persons.csv held as columns: each person made again from them is the one the
 * reader read (INSZ, names with quotes and non-ASCII letters, a birth date given or the INSZ's,
 * statuut, residence, postal code), and the columns the runs read say the same.
 */
class PersonsColumnsTest {

  @TempDir
  Path dir;

  @Test
  void aPersonMadeAgainIsThePersonRead() throws IOException {
    String text = "insz,last_name,first_name,birth_date,statuut,residence,postal_code\n"
        + "85073003328,\"Van den Broeck, Jr\",Zoë,,EMPLOYEE,FLEMISH_REGION,2000\n"
        + "90021514251,Janssens,\"Ann \"\"Sofie\"\"\",1990-02-15,CIVIL_SERVANT,BRUSSELS_REGION,\n";
    Path file = Files.write(dir.resolve("persons.csv"), text.getBytes(StandardCharsets.UTF_8));
    List<Reject> rejects = new ArrayList<>();
    Persons persons = PersonsCsv.read(file, "persons.csv", rejects::add);
    assertEquals(List.of(), rejects);
    assertEquals(2, persons.size());

    Person first = Person.of(Insz.parse("85073003328"), "Van den Broeck, Jr", "Zoë", Statuut.EMPLOYEE,
        Region.FLEMISH_REGION).withPostalCode(2000);
    assertEquals(first, persons.person(0));
    assertEquals("Zoë", persons.firstName(0));
    assertEquals("850730*****", persons.masked(0));
    assertEquals(LocalDate.of(1985, 7, 30), persons.birthDate(0));
    assertTrue(persons.hasPostalCode(0));
    assertEquals(Optional.of(Region.Province.ANTWERPEN), persons.province(0));

    Person second = persons.person(1);
    assertEquals("Ann \"Sofie\"", second.firstName());
    assertEquals(Statuut.CIVIL_SERVANT, persons.statuut(1));
    assertEquals(Region.BRUSSELS_REGION, persons.residence(1));
    assertEquals(Optional.of(LocalDate.of(1990, 2, 15)), second.birthDate());
    assertFalse(persons.hasPostalCode(1));
    assertTrue(second.postalCode().isEmpty());
  }

  /**
   * A repeated INSZ among lines read the quick way is found after the reading (then the file is
   * read again, each INSZ looked up first): the rejects are those of a reading that looks every
   * INSZ up, each once, in line order, whether few lines were refused before it or so many that
   * the reading looked them up from the start.
   */
  @Test
  void aRepeatedInszIsRefusedOnEveryLineWhateverCameBefore() throws IOException {
    for (int refusedFirst : new int[] {0, 3, 10_050}) {
      StringBuilder text = new StringBuilder("insz,last_name,first_name,birth_date,statuut,residence\n");
      for (int k = 0; k < refusedFirst; k++) {
        text.append("85073003328,Peeters,An,,STUDENT,FLEMISH_REGION\n"); // an unknown statuut
      }
      text.append("90021514251,Janssens,Ann,,EMPLOYEE,FLEMISH_REGION\n")
          .append("85073003328,Peeters,An,,EMPLOYEE,FLEMISH_REGION\n")
          .append("90021514251,Janssens,Ann,,EMPLOYEE,FLEMISH_REGION\n")
          .append("93051822361,Maes,Jan,,EMPLOYEE,FLEMISH_REGION\n");
      Path file = Files.write(dir.resolve("persons-" + refusedFirst + ".csv"), text.toString().getBytes(StandardCharsets.UTF_8));
      List<Reject> rejects = new ArrayList<>();
      Persons persons = PersonsCsv.read(file, "persons.csv", rejects::add);
      long first = 2 + refusedFirst; // the first Janssens line
      List<Long> janssens = new ArrayList<>();
      int statuut = 0;
      for (Reject r : rejects) {
        if (r.field().equals("statuut")) {
          assertEquals(2 + statuut++, r.line(), "the statuut rejects first, in line order");
        } else if (r.insz().startsWith("900215")) {
          assertEquals("the same INSZ appears on lines " + first + " and " + (first + 2)
              + " of persons.csv; keep one record per person", r.reason());
          janssens.add(r.line());
        }
      }
      assertEquals(refusedFirst, statuut);
      assertEquals(List.of(first, first + 2), janssens.stream().sorted().toList(), "each Janssens line refused once");
      int usable = 0;
      for (int i = 0; i < persons.size(); i++) {
        usable += persons.usable(i) ? 1 : 0;
      }
      assertEquals(refusedFirst > 0 ? 1 : 2, usable, "Maes, and Peeters when nothing refused him before");
    }
  }
}
