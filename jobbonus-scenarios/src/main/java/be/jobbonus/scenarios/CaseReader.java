package be.jobbonus.scenarios;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.parameters.ParameterSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one case of a scenario file: its name and notes, reference year, parameter changes, person
 * ({@link PersonReader}), work as quarters ({@link QuarterReader}) or DmfA lines ({@link
 * DmfaLines}), and what is expected ({@link ExpectationReader}).
 */
final class CaseReader {

  static final Set<String> CASE_FIELDS = Set.of("name", "notes", "source", "year", "person", "quarters",
      "every_quarter", "dmfa", "parameters", "expect");

  private final Problems problems;
  private final Fields fields;
  private final Scalars values;
  private final ParameterOverrides overrides;
  private final PersonReader persons;
  private final QuarterReader quarters;
  private final DmfaLines dmfa;
  private final ExpectationReader expectations;

  CaseReader(Problems problems, Fields fields, Scalars values, ParameterOverrides overrides) {
    this.problems = problems;
    this.fields = fields;
    this.values = values;
    this.overrides = overrides;
    this.persons = new PersonReader(problems, fields, values);
    this.quarters = new QuarterReader(problems, fields, values);
    this.dmfa = new DmfaLines(problems, fields, values);
    this.expectations = new ExpectationReader(problems, fields, values);
  }

  /**
   * The case, or {@code null} when anything in it is wrong (reported).
   *
   * @param index the case's index in its file
   * @param fileYear the file's {@code year}, if any
   * @param fileOverrides the file's {@code parameters}, under the case's own
   */
  Scenario read(YamlNode node, String path, int index, Integer fileYear,
      ParameterOverrides.Overrides fileOverrides) {
    int before = problems.count();
    if (!fields.check(node, path, CASE_FIELDS, "a case") && node.kind != YamlNode.Kind.MAP) {
      return null;
    }
    String name = values.scalar(node.get("name"), path + ".name");
    fields.require(node, path, "name", "every case needs a name");
    String notes = Stream.of(values.scalar(node.get("source"), path + ".source"),
            values.scalar(node.get("notes"), path + ".notes"))
        .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(" | "));
    Integer year = node.get("year") != null ? values.year(node.get("year"), path + ".year") : fileYear;
    if (year == null && node.get("year") == null) {
      problems.add(node, path + ".year", "missing: give the reference year (the year of the wages), like 'year: 2024'");
    }

    ParameterOverrides.Overrides caseOverrides = overrides.read(node.get("parameters"), path + ".parameters");
    String id = problems.file.getFileName().toString().replaceFirst("\\.ya?ml$", "") + "-" + (index + 1);
    ParameterSet params = overrides.apply(id, fileOverrides, caseOverrides, path);
    if (params != null && year != null && !params.covers(year)) {
      YamlNode at = node.get("year") != null ? node.get("year") : node;
      problems.add(at, path + ".year", "no parameters for reference year " + year + " (the parameter set covers "
          + params.referenceYears() + "); add the year's parameters or choose a covered year");
      params = null;
    }

    Person person = persons.read(node.get("person"), path + ".person", index);
    fields.require(node, path, "person", "give at least 'birth_date:' (or a valid 'insz:')");

    List<QuarterInput> work;
    String derivationText = "";
    if (node.get("dmfa") != null) {
      if (node.get("quarters") != null || node.get("every_quarter") != null) {
        problems.add(node.get("dmfa"), path + ".dmfa",
            "give either 'dmfa' lines or 'quarters' / 'every_quarter', not both");
        work = null;
      } else {
        DmfaLines.DmfaCase d = params == null || person == null || year == null ? null
            : dmfa.read(node.get("dmfa"), path + ".dmfa", person.insz(), year, params);
        work = d == null ? null : d.inputs();
        derivationText = d == null ? "" : d.explanation();
      }
    } else {
      work = quarters.read(node, path, year);
    }
    Expectation expectation = expectations.read(node.get("expect"), path + ".expect", year);
    fields.require(node, path, "expect", "say what you expect, at least 'total:'");
    if (params != null && person != null && person.birthDate().isPresent()) {
      try {
        params.pensionAgeRuleFor(person.birthDate().get());
      } catch (IllegalArgumentException e) {
        problems.add(node.get("person"), path + ".person.birth_date", e.getMessage());
      }
    }
    if (problems.count() > before || params == null || person == null || work == null
        || expectation == null || name == null || year == null) {
      return null;
    }
    return new Scenario(problems.file, node.line, name, notes, year, person, work,
        ParameterOverrides.merged(fileOverrides, caseOverrides), params, expectation, derivationText);
  }
}
