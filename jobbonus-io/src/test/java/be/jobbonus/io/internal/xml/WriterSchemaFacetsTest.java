package be.jobbonus.io.internal.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * Every element {@link DmfaXmlWriter} writes, against every facet the official schema {@code
 * DmfAOriginal_20223.xsd} states for it (type, minInclusive, maxInclusive, totalDigits, length,
 * pattern, enumeration), written here from the schema's rules (the schema itself stays out of the
 * repository: docs/dmfa.md §2). An element written that the table does not know fails the test, so
 * that a new element comes with its facets. The documents: the example lines and lines at the
 * edges of their zones.
 */
class WriterSchemaFacetsTest {

  /** One element's facets; null where the schema states none. */
  record Facets(boolean integer, Long min, Long max, Integer totalDigits, Integer minLength, Integer maxLength,
      String pattern, Set<String> enumeration) {

    static Facets integer(Long min, Long max, int totalDigits, String pattern) {
      return new Facets(true, min, max, totalDigits, null, null, pattern, null);
    }

    static Facets date() {
      return new Facets(false, null, null, null, null, null, "\\d{4}-\\d{2}-\\d{2}", null);
    }

    /** What is wrong with {@code text}, or null. */
    String check(String text) {
      if (pattern != null && !Pattern.matches(pattern, text)) {
        return "does not match " + pattern;
      }
      if (enumeration != null && !enumeration.contains(text)) {
        return "is not one of " + enumeration;
      }
      if (minLength != null && text.length() < minLength || maxLength != null && text.length() > maxLength) {
        return "has a length outside " + minLength + ".." + maxLength;
      }
      if (pattern != null && pattern.startsWith("\\d{4}-")) {
        try {
          java.time.LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
          return "is not an xs:date";
        }
      }
      if (!integer) {
        return null;
      }
      if (!Pattern.matches("[+-]?\\d+", text)) {
        return "is not an xs:integer";
      }
      BigInteger v = new BigInteger(text);
      if (min != null && v.compareTo(BigInteger.valueOf(min)) < 0) {
        return "is below minInclusive " + min;
      }
      if (max != null && v.compareTo(BigInteger.valueOf(max)) > 0) {
        return "is above maxInclusive " + max;
      }
      if (totalDigits != null && v.abs().toString().length() > totalDigits) {
        return "has more than totalDigits " + totalDigits;
      }
      return null;
    }
  }

  /** The facets of DmfAOriginal_20223.xsd for the elements the writer writes. */
  static final Map<String, Facets> SCHEMA = new TreeMap<>();
  /** The complex elements the writer writes (no text facets). */
  static final Set<String> CONTAINERS = Set.of("DmfAOriginal", "Form", "EmployerDeclaration", "NaturalPerson",
      "WorkerRecord", "Occupation", "Service", "Remun", "WorkerContribution");

  static {
    SCHEMA.put("Identification", new Facets(false, null, null, null, null, 7, null, Set.of("DMFA")));
    SCHEMA.put("FormCreationDate", Facets.date());
    SCHEMA.put("FormCreationHour", new Facets(false, null, null, null, null, null, "\\d{2}:\\d{2}:\\d{2}.\\d{3}", null));
    SCHEMA.put("AttestationStatus", new Facets(true, null, null, 1, null, null, null, Set.of("0")));
    SCHEMA.put("TypeForm", new Facets(false, null, null, null, null, 2, null, Set.of("SU")));
    SCHEMA.put("Quarter", Facets.integer(20031L, null, 5, "\\d{4}(1|2|3|4)"));
    SCHEMA.put("NOSSRegistrationNbr", Facets.integer(0L, 199999934L, 9, null));
    SCHEMA.put("Trusteeship", Facets.integer(0L, 1L, 1, null));
    SCHEMA.put("CompanyID", Facets.integer(0L, 1999999943L, 10, "0|\\d{9}|\\d{10}"));
    SCHEMA.put("NetOwedAmount", Facets.integer(0L, 999999999999999L, 15, null));
    SCHEMA.put("NaturalPersonSequenceNbr", Facets.integer(1L, 9999999L, 7, null));
    SCHEMA.put("INSS", Facets.integer(null, null, 11, "\\d{11}"));
    SCHEMA.put("EmployerClass", Facets.integer(0L, 999L, 3, "\\d{3}"));
    SCHEMA.put("WorkerCode", Facets.integer(0L, 999L, 3, "\\d{3}"));
    SCHEMA.put("NOSSQuarterStartingDate", Facets.date());
    SCHEMA.put("NOSSQuarterEndingDate", Facets.date());
    SCHEMA.put("Border", Facets.integer(0L, 1L, 1, null));
    SCHEMA.put("OccupationSequenceNbr", Facets.integer(1L, 99L, 2, null));
    SCHEMA.put("OccupationStartingDate", Facets.date());
    SCHEMA.put("JointCommissionNbr", new Facets(false, null, null, null, 1, 9,
        "\\d{3}|\\d{3}\\.\\d{2}|\\d{3}\\.\\d{2}\\.\\d{2}", null));
    SCHEMA.put("WorkingDaysSystem", Facets.integer(0L, 700L, 3, null));
    SCHEMA.put("ContractType", Facets.integer(0L, 1L, 1, null));
    SCHEMA.put("RefMeanWorkingHours", Facets.integer(1L, 6000L, 4, null));
    SCHEMA.put("MeanWorkingHours", Facets.integer(0L, 6000L, 4, null));
    SCHEMA.put("Retired", Facets.integer(0L, 1L, 1, null));
    SCHEMA.put("ServiceSequenceNbr", Facets.integer(1L, 99L, 2, null));
    SCHEMA.put("ServiceCode", Facets.integer(0L, 999L, 3, null));
    SCHEMA.put("ServiceNbrDays", Facets.integer(1L, 36600L, 5, null));
    SCHEMA.put("ServiceNbrHours", Facets.integer(1L, 9999999L, 7, null));
    SCHEMA.put("RemunSequenceNbr", Facets.integer(1L, 99L, 2, null));
    SCHEMA.put("RemunCode", Facets.integer(0L, 999L, 3, null));
    SCHEMA.put("BonusPaymentFrequency", Facets.integer(0L, 99L, 2, null));
    SCHEMA.put("RemunAmount", Facets.integer(0L, 99999999999L, 11, null));
    SCHEMA.put("ContributionWorkerCode", Facets.integer(0L, 999L, 3, "\\d{3}"));
    SCHEMA.put("ContributionType", Facets.integer(0L, 9L, 1, null));
    SCHEMA.put("ContributionCalculationBasis", Facets.integer(0L, 99999999999L, 11, null));
    SCHEMA.put("ContributionAmount", Facets.integer(0L, 99999999999L, 11, null));
  }

  /**
   * The facets of {@code DmfAUpdate_20223.xsd} for the elements {@link DmfaXmlWriter#writeCorrection}
   * writes: the original's for the elements both have (the same in both schemas for these), and
   * those of a correction's own elements.
   */
  static final Map<String, Facets> UPDATE_SCHEMA = new TreeMap<>(SCHEMA);
  static final Set<String> UPDATE_CONTAINERS = Set.of("DmfAUpdate", "Form", "EmployerDeclarationUpdate",
      "NaturalPersonUpdate", "WorkerRecordUpdate", "LastSituationWR", "WorkerRecordUpdateAction", "OccupationUpdate",
      "Service", "Remun", "WorkerContribution");

  static {
    UPDATE_SCHEMA.remove("NetOwedAmount"); // not in a correction
    UPDATE_SCHEMA.put("Identification", new Facets(false, null, null, null, null, 7, null, Set.of("DMFAUPD")));
    UPDATE_SCHEMA.put("AttestationStatus", new Facets(true, null, null, 1, null, null, null, Set.of("1")));
    UPDATE_SCHEMA.put("EmployerDeclarationPID", Facets.integer(1L, 99999999999L, 11, null));
    UPDATE_SCHEMA.put("WorkerRecordVersionNbr", Facets.integer(1L, 99999999999L, 11, null));
    UPDATE_SCHEMA.put("UpdateAction", new Facets(true, null, null, 1, null, null, null, Set.of("0", "1", "3", "9")));
  }

  @Test
  void everyElementOfACorrectionTheWriterWritesMeetsTheUpdateSchemasFacets() throws Exception {
    List<OccupationLine> lines = new ArrayList<>(ExamplesXmlTest.jsonlLines());
    int elements = 0;
    java.time.LocalDateTime created = java.time.LocalDateTime.of(2025, 2, 3, 7, 5, 9, 120_000_000);
    for (List<OccupationLine> declaration : byEmployerAndQuarter(lines)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DmfaXmlWriter.writeCorrection(declaration, 99999999999L, created, out);
      elements += check(out.toByteArray(), UPDATE_SCHEMA, UPDATE_CONTAINERS);
      Collected c = new Collected(); // and the reader reads it as a correction of every worker record
      DmfaXmlReader reader = new DmfaXmlReader();
      reader.read(new ByteArrayInputStream(out.toByteArray()), "u.xml", c);
      assertEquals(declaration.size(), c.occupations.size(), c.rejects.toString());
      assertTrue(reader.declared().update());
      assertEquals("2025-02-03 07:05:09.120", reader.declared().correction().createdText());
    }
    assertTrue(elements > 500, "every element of the corrections: " + elements);
  }

  @Test
  void theFacetsThemselvesCatchWhatTheSchemaRefuses() {
    assertTrue(SCHEMA.get("CompanyID").check("2048163215").contains("maxInclusive"), "the issue's number");
    assertEquals(null, SCHEMA.get("CompanyID").check("0204816389"));
    assertTrue(SCHEMA.get("RefMeanWorkingHours").check("0000") != null);
    assertTrue(SCHEMA.get("WorkerCode").check("15") != null);
    assertTrue(SCHEMA.get("Quarter").check("20245") != null);
    assertEquals(null, SCHEMA.get("NetOwedAmount").check("00000000000000"), "leading zeros are not digits");
  }

  @Test
  void everyElementTheWriterWritesMeetsTheSchemasFacets() throws Exception {
    List<OccupationLine> lines = new ArrayList<>(ExamplesXmlTest.jsonlLines());
    Insz a = Insz.parse(Decl.A);
    YearQuarter q4 = YearQuarter.parse("2024Q4");
    lines.add(OccupationLine.of(a, q4, "199999934", 15, Regime.PART_TIME, 700, 6000, 6000,
        List.of(Service.of(1, 9199, 220_000), Service.of(50, 1, 1)),
        List.of(Remuneration.of(1, 99_999_999_998L), Remuneration.of(2, 0), Remuneration.of(23, 1))));
    lines.add(OccupationLine.of(a, q4, "0000000097", 840, Regime.FULL_TIME, 1, 0, 1, List.of(), List.of()));
    int elements = 0;
    for (List<OccupationLine> declaration : byEmployerAndQuarter(lines)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DmfaXmlWriter.writeDeclaration(declaration, out);
      elements += check(out.toByteArray());
    }
    assertTrue(elements > 500, "every element of 10 declarations: " + elements);
  }

  private static List<List<OccupationLine>> byEmployerAndQuarter(List<OccupationLine> lines) {
    Map<String, List<OccupationLine>> groups = new TreeMap<>();
    for (OccupationLine l : lines) {
      groups.computeIfAbsent(l.employer() + " " + l.quarter(), k -> new ArrayList<>()).add(l);
    }
    return new ArrayList<>(groups.values());
  }

  /** Checks every element of the document; how many. */
  private static int check(byte[] xml) throws XMLStreamException, IOException {
    return check(xml, SCHEMA, CONTAINERS);
  }

  /** Checks every element of the document against {@code schema}; how many. */
  private static int check(byte[] xml, Map<String, Facets> schema, Set<String> containers)
      throws XMLStreamException, IOException {
    XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
    int n = 0;
    while (r.hasNext()) {
      if (r.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      n++;
      if (containers.contains(name)) {
        continue;
      }
      Facets f = schema.get(name);
      assertTrue(f != null, name + " is written but its facets are not in the table: add them from the schema");
      String text = r.getElementText();
      String wrong = f.check(text);
      assertEquals(null, wrong, name + " '" + text + "'");
    }
    return n;
  }
}
