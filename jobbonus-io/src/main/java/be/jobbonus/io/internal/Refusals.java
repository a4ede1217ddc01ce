package be.jobbonus.io.internal;

import be.jobbonus.io.Reject;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a file run's refusal policy (docs/cli.md): a person is computed only from complete
 * data, so when one of their records is refused, or a record that may be theirs cannot be read,
 * all of their records are refused, and their record in the persons file, each pointing at the
 * cause. The reasons here are the ones the run gives; {@link FileRun} decides which applies.
 */
final class Refusals {

  /** How every reason of a record refused for another record's sake begins. */
  static final String NOT_COMPUTED = "not computed because";

  private Refusals() {}

  /** A DmfA declaration not read to its end may hold {@code whose} occupations. */
  static String brokenDeclaration(String declaration, String whose) {
    return NOT_COMPUTED + " the DmfA declaration " + declaration + " could not be read to its end and may"
        + " hold " + whose + " occupations; correct or resend the whole declaration and rerun";
  }

  /** A person without records, when a record without a readable INSZ may be theirs. */
  static String mayBeThisPersons(long line, String file) {
    return NOT_COMPUTED + " line " + line + " of " + file + " could not be read with its INSZ and may be this"
        + " person's; fix it and rerun";
  }

  /** A record of a person next to a record without a readable INSZ. */
  static String nextToThisPersonsLines(long line, String file) {
    return NOT_COMPUTED + " line " + line + " of " + file + ", next to this person's lines,"
        + " could not be read with its INSZ and may be theirs; fix it and rerun";
  }

  /** The person record of a person next to a record without a readable INSZ. */
  static String nextToThePersonsRecords(long line, String file) {
    return NOT_COMPUTED + " line " + line + " of " + file + ", next to the person's records, could"
        + " not be read with its INSZ; fix it and rerun";
  }

  /** The person record of a person whose records ({@code where}) were refused. */
  static String recordsRejected(String where) {
    return NOT_COMPUTED + " the person's records were rejected (" + where + "); fix them and rerun";
  }

  /** A person's other records, when {@code numbers} (sorted) of the same person in {@code dataName} were refused. */
  static String sameLinesRejected(List<Long> numbers, String dataName) {
    boolean many = numbers.size() > 1;
    return NOT_COMPUTED + " line" + (many ? "s " : " ") + Lines.join(numbers) + " of the same person in " + dataName
        + " " + (many ? "were" : "was") + " rejected; fix " + (many ? "them" : "it") + " and rerun";
  }

  /** A person's other occupations, when the occupations at {@code sorted} (XML) were refused. */
  static String samePlacesRejected(List<Reject> sorted) {
    boolean many = sorted.size() > 1;
    return NOT_COMPUTED + " the same person's " + places(sorted) + " " + (many ? "were" : "was") + " rejected; fix "
        + (many ? "them" : "it") + " and rerun";
  }

  /** {@code dmfa.jsonl line 3}, {@code dmfa.jsonl lines 3 and 9}. */
  static String lines(String dataName, List<Long> numbers) {
    return dataName + " line" + (numbers.size() > 1 ? "s " : " ") + Lines.join(numbers);
  }

  /** {@code line 3 of a.xml}, {@code lines 3 and 9 of a.xml and line 4 of b.xml}: rejects' places, sorted. */
  static String places(List<Reject> sorted) {
    StringBuilder b = new StringBuilder();
    int k = 0;
    List<String> groups = new ArrayList<>();
    while (k < sorted.size()) {
      String file = sorted.get(k).file();
      List<Long> numbers = new ArrayList<>();
      while (k < sorted.size() && sorted.get(k).file().equals(file)) {
        numbers.add(sorted.get(k).line());
        k++;
      }
      groups.add("line" + (numbers.size() > 1 ? "s " : " ") + Lines.join(numbers) + " of " + file);
    }
    for (int g = 0; g < groups.size(); g++) {
      b.append(g == 0 ? "" : g == groups.size() - 1 ? " and " : ", ").append(groups.get(g));
    }
    return b.toString();
  }

  /** The records of a person already computed or refused, met again in a file not grouped that way. */
  static final String NOT_TOGETHER =
      "the person's records are not together in the file and could not be joined; group the file by INSZ";

  /** The records of a person whose record in the persons file was refused. */
  static String personRefused(String refusal) {
    return "the person record was refused: " + refusal;
  }

  /** The records of an INSZ that is not in the persons file. */
  static String noSuchPerson(String personsName) {
    return "no person with this INSZ in " + personsName + "; add the person or remove the line";
  }

  /** A quarter given twice for one person in {@code quarters.csv}. */
  static String givenTwice(Object quarter, long before, long line) {
    return quarter + " is given twice for this person (lines " + before + " and " + line
        + "); give one line per quarter with all employers added up";
  }
}
