package be.jobbonus.scenarios;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The {@code person:} of a case: birth date, statuut, residence and INSZ. Without an INSZ the case
 * gets a valid synthetic one for its birth date ({@link SyntheticPopulation#insz}).
 */
final class PersonReader {

  static final Set<String> PERSON_FIELDS = Set.of("insz", "birth_date", "statuut", "residence");

  private final Problems problems;
  private final Fields fields;
  private final Scalars values;

  PersonReader(Problems problems, Fields fields, Scalars values) {
    this.problems = problems;
    this.fields = fields;
    this.values = values;
  }

  /**
   * The person, or {@code null} when absent or wrong (reported).
   *
   * @param index the case's index in its file, which makes the serial of a synthetic INSZ
   */
  Person read(YamlNode node, String path, int index) {
    if (node == null) {
      return null;
    }
    if (!fields.check(node, path, PERSON_FIELDS, "the person's fields (birth_date, statuut, residence, insz)")
        && node.kind != YamlNode.Kind.MAP) {
      return null;
    }
    Statuut statuut = node.get("statuut") == null ? Statuut.EMPLOYEE
        : values.enumValue(node.get("statuut"), path + ".statuut", Statuut.class);
    Region residence = node.get("residence") == null ? Region.FLEMISH_REGION
        : values.enumValue(node.get("residence"), path + ".residence", Region.class);
    LocalDate birth = null;
    String birthText = values.scalar(node.get("birth_date"), path + ".birth_date");
    if (birthText != null) {
      try {
        birth = LocalDate.parse(birthText);
      } catch (DateTimeParseException e) {
        problems.add(node.get("birth_date"), path + ".birth_date", "is not a date (write it like 1985-07-30)");
        return null;
      }
    }
    Insz insz = null;
    if (node.get("insz") != null) {
      String s = values.scalar(node.get("insz"), path + ".insz");
      if (s != null) {
        String digits = s.replaceAll("[ .\\-]", "");
        try {
          insz = Insz.parse(digits);
        } catch (IllegalArgumentException e) {
          problems.add(node.get("insz"), path + ".insz", "not a valid INSZ: " + e.getMessage()
              + " (leave 'insz' out to get a valid synthetic one)");
          return null;
        }
      }
    } else if (birth != null) {
      insz = SyntheticPopulation.insz(birth, index % 997 + 1);
    }
    if (insz == null) {
      if (node.get("insz") == null) {
        problems.add(node, path + ".birth_date", "missing: give 'birth_date:' (needed for the pension-age condition)");
      }
      return null;
    }
    if (birth == null && insz.birthDate().isEmpty()) {
      problems.add(node.get("insz"), path + ".birth_date",
          "missing: this INSZ does not encode a complete birth date; give 'birth_date:'");
      return null;
    }
    if (statuut == null || residence == null) {
      return null;
    }
    Person p = Person.of(insz, "", "", statuut, residence);
    return birth != null ? p.withBirthDate(birth) : p;
  }
}
