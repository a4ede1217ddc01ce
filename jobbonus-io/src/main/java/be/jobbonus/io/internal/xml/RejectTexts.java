package be.jobbonus.io.internal.xml;

import be.jobbonus.core.Insz;
import be.jobbonus.io.internal.OccupationFields;
import javax.xml.stream.XMLStreamException;

/**
 * The reasons of the XML reader's rejects, each saying what is wrong and what to do: the document's
 * (not XML, not a DmfA declaration, its quarter, its employer), a person's (its INSS), a value's
 * (outside its zone, missing, repeated) and the words that refuse the rest of a person or a
 * document with it. The zones' hints and what each element needs are the element table's ({@link
 * DmfaTree}). No reason holds an INSZ, a name or an amount: a parser's message is {@link #sanitize
 * sanitized}.
 */
final class RejectTexts {

  /** The field of a fault of the document as a whole. */
  static final String DOCUMENT = "document";

  static final String NOT_WELL_FORMED = "not well-formed XML; correct the file and read it again";
  static final String NOT_DECODABLE = "the file cannot be decoded as text in its encoding (UTF-8 unless its XML"
      + " declaration names another): bytes that are no character; save or resend the declaration as UTF-8";
  static final String TRUNCATED =
      "the document ends before it is complete (a truncated file?); send the whole declaration";
  static final String DTD = "a DTD (<!DOCTYPE ...>) is not allowed in a DmfA declaration: DTDs and entities are not"
      + " read; remove the DOCTYPE";
  static final String OTHER_ROOT = "the root element must be DmfAOriginal (a DmfA original declaration) or DmfAUpdate"
      + " (a correction of one); this file is another kind of document";
  static final String NO_FORM_HOUR = "is missing: a correction needs its form's creation hour (HH:MM:SS.mmm), which"
      + " orders the corrections of one declaration";
  static final String FORM_HOUR = "must be the form's creation hour as HH:MM:SS.mmm (09:30:00.000)";
  static final String NO_ACTION = "is missing: every worker record of a correction needs its UpdateAction (zone 00618:"
      + " 0 deleted, 1 modified, 3 created, 9 unchanged)";
  static final String UPDATE_ACTION = "must be 0 (deleted), 1 (modified), 3 (created by a correction) or 9 (unchanged),"
      + " zone 00618";
  static final String NO_PID = "is missing: a correction names the declaration it corrects by its"
      + " EmployerDeclarationPID (11 digits)";
  static final String FORMS = "the document holds more than one Form; send one declaration per document";
  static final String DECLARATIONS = "the document holds more than one EmployerDeclaration; one document is one"
      + " employer's declaration for one quarter: split it";
  static final String NO_DECLARATION = "the document has no Form/EmployerDeclaration; it is not a DmfA declaration";
  static final String NO_QUARTER = "is missing: the declaration's quarter (YYYYQ, 20241 = 2024Q1) is needed";
  static final String QUARTER_FORMAT = "must be the year and quarter as YYYYQ, 5 digits (20241 = 2024Q1)";
  static final String NO_EMPLOYER = "the declaration has neither a CompanyID nor a NOSSRegistrationNbr other than 0;"
      + " give the employer's number";
  static final String TWICE = "appears twice; give it once";
  static final String COMPANY_ID = "is not an enterprise number: 10 digits, the first 0 or 1, the last two 97 minus"
      + " the first eight modulo 97 (zone 00014); give the employer's number, or 0 with its RSZ number";

  /** An RSZ number outside the range of zone 00011. */
  static String nossNumber(long min, long max) {
    return "is not an RSZ number: " + min + " to " + max + " (zone 00011); give the employer's number, or 0 with"
        + " its enterprise number";
  }

  static final String INSS_DIGITS = "must be the INSZ with exactly 11 digits (zero-padded)";
  /** What {@link #tooMany} counts for services. */
  static final String SERVICES = "Service elements in one Occupation; a service code appears once per occupation";
  /** What {@link #tooMany} counts for remunerations. */
  static final String REMUNS = "Remun elements in one Occupation";

  private RejectTexts() {}

  /** What every refusal of an element out of place ends with. */
  private static final String LEFT_OUT = "; what it holds would be left out: correct the declaration's structure"
      + " (the DmfA schema, DmfAOriginal 2023/3) and send it again";

  /** A child that {@code parent} may not hold, by the schema. */
  static String notAllowed(String parent) {
    return "is not an element the DmfA schema allows in " + parent + LEFT_OUT;
  }

  /** {@code name}, an element the reader reads {@code place} ({@link DmfaTree#placeOf}), found in {@code parent}. */
  static String misplaced(String name, String place, String parent) {
    return "is out of place in " + parent + ": the DmfA schema has " + name + " only " + place + LEFT_OUT;
  }

  /** A skipped element holding {@code name}, an element the reader reads {@code place}. */
  static String holds(String name, String place) {
    return "holds " + name + ", which the DmfA schema has only " + place + LEFT_OUT;
  }

  /** An element inside the number element {@code leaf}. */
  static String inValue(String leaf) {
    return "is an element inside " + leaf + ", which holds a number only" + LEFT_OUT;
  }

  /** A name longer than the reader accepts, as {@link NameLengthGuard} words it. */
  static String nameTooLong(String message) {
    return "refused: " + message + "; a DmfA declaration has no such names";
  }

  /** The document is not well-formed: what the parser found, {@link #sanitize sanitized}. */
  static String notWellFormed(XMLStreamException e) {
    return "not well-formed XML: " + sanitize(e) + "; correct the file and read it again";
  }

  /** An INSS of 11 digits that is no valid INSZ (personal data: {@code number} is never in the text). */
  static String invalidInsz(long number) {
    String why;
    try {
      Insz.parse(DmfaXmlReader.pad(number, 11));
      why = "is not a valid INSZ";
    } catch (IllegalArgumentException e) {
      why = "is not a valid INSZ: " + e.getMessage();
    }
    return why + "; correct the number";
  }

  /** An INSS declared before in NaturalPerson[{@code other}] (1-based) at {@code line}. */
  static String sameInss(int other, long line) {
    return "the same INSS is declared in NaturalPerson[" + other + "] (line " + line
        + ") too; a person appears once in a declaration: merge the two";
  }

  /** The earlier person's side of {@link #sameInss}: declared again in NaturalPerson[{@code later}]. */
  static String sameInssAgain(int later, long line) {
    return "the same INSS is declared again in NaturalPerson[" + later + "] (line " + line
        + "); a person appears once in a declaration: merge the two";
  }

  static String tooManyOccupations(int maxOccupations) {
    return "the declaration holds more than " + maxOccupations + " occupations, more than this reader"
        + " buffers; split the declaration (only a library caller reading with DmfaXmlReader directly can raise"
        + " the limit, with new DmfaXmlReader(referenceYear, maxOccupations))";
  }

  /** More {@code Service} or {@code Remun} elements ({@link #SERVICES}, {@link #REMUNS}) than an occupation holds. */
  static String tooMany(String what) {
    return "more than " + OccupationFields.MAX_ITEMS + " " + what;
  }

  /** A leaf given twice in one {@code element}. */
  static String twiceIn(String element) {
    return "appears twice in one " + element + "; give it once";
  }

  /** A sequence number given to two {@code element}s of one occupation. */
  static String sameSequence(String element) {
    return "is the number of another " + element + " of the same occupation; each " + element
        + " has its own number, and the same " + element + " is declared once";
  }

  /** A required leaf missing; {@code needs} says what its element needs. */
  static String missing(String needs) {
    return "is missing: " + needs;
  }

  /** A value of {@code leaf} outside its zone: {@code scanned} is what {@link NumberScanner#scan} gave. */
  static String badNumber(Leaf leaf, long scanned) {
    if (leaf.digits() == Leaf.DATE && scanned < 0 && scanned != NumberScanner.EMPTY) {
      return "must be a date, YYYY-MM-DD (" + leaf.hint() + ")";
    }
    if (scanned == NumberScanner.EMPTY) {
      return "is empty; give a number (" + leaf.hint() + ")";
    } else if (scanned == NumberScanner.NOT_DIGITS) {
      return "must be digits only, zero-padded (" + leaf.hint() + ")";
    } else if (scanned == NumberScanner.TOO_LONG) {
      return "has more than " + leaf.digits() + " digits (" + leaf.hint() + ")";
    } else if (scanned == NumberScanner.NESTED) {
      return "must hold a number, not elements (" + leaf.hint() + ")";
    }
    return leaf.tooLarge() != null ? leaf.tooLarge() : "must be at most " + leaf.max() + " (" + leaf.hint() + ")";
  }

  /** Every reject of a document refused whole: its fault, with its place when it has one. */
  static String wholeDeclaration(Problem d) {
    return "the whole declaration is refused: " + (d.field().equals(DOCUMENT) ? "" : d.field() + " ")
        + (d.line() > 0 ? "at line " + d.line() + ", column " + d.column() + ": " : "") + d.reason();
  }

  /** A sound occupation of a refused person: the person's fault. */
  static String withPerson(Problem p) {
    return "refused with its person: " + p.field() + " (line " + p.line() + ") " + p.reason();
  }

  /**
   * The parser's message without its location, any run of 4 or more digits (an INSZ, an amount)
   * and long quoted text: it names markup, never content.
   */
  static String sanitize(XMLStreamException e) {
    String m = e.getMessage();
    if (m == null) {
      return "unreadable content";
    }
    int at = m.indexOf("Message: ");
    if (at >= 0) {
      m = m.substring(at + 9);
    }
    int loc = m.indexOf("\n at [");
    if (loc >= 0) {
      m = m.substring(0, loc);
    }
    StringBuilder sb = new StringBuilder(Math.min(m.length(), 200));
    int digits = 0;
    int quoted = -1;
    for (int i = 0; i < m.length() && sb.length() < 200; i++) {
      char c = m.charAt(i);
      if (c == '\n' || c == '\r') {
        c = ' ';
      }
      if (c >= '0' && c <= '9') {
        digits++;
        if (digits == 4) {
          sb.setLength(sb.length() - 3);
          sb.append('#');
        }
        if (digits >= 4) {
          continue;
        }
      } else {
        digits = 0;
      }
      if (c == '\'' || c == '"') {
        quoted = quoted < 0 ? sb.length() : -1;
      } else if (quoted >= 0 && sb.length() - quoted > 40) {
        continue; // a long quoted text: cut
      }
      sb.append(c);
    }
    String out = sb.toString().trim();
    return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
  }
}
