package be.jobbonus.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.cli.reliability.OutputIsNeverAnInputTest.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * No person is paid from part of their data, whatever shape the declarations are given in: seeded
 * variants, through the command line, of an XML block out of its place (wrapped in an unknown
 * element or an allowed one, moved under another parent), a second {@code Form} or {@code
 * EmployerDeclaration} in one document, two persons' JSON lines run together (a lost line end, a
 * bare CR, a file of CR line ends), and the same remuneration twice in an occupation or {@code
 * "services": null}. After each change, every person the changed part names is in no result, and
 * every other person in the results is paid exactly what the clean files pay them.
 */
class PartOfAPersonsDataTest {

  private static final Pattern INSS = Pattern.compile("<INSS>(\\d{11})</INSS>");
  private static final Pattern INSZ = Pattern.compile("\"insz\":\"(\\d{11})\"");
  private static final int SEEDS = 4;

  @TempDir
  static Path dir;

  static Path xmlPersons;
  static Path xmlClean;
  static Map<String, String> xmlPaid;
  static Path jsonlPersons;
  static Path jsonlClean;
  static Map<String, String> jsonlPaid;

  @BeforeAll
  static void populations() throws IOException {
    Path x = dir.resolve("popx");
    assertEquals(0, cli("simulate", "--year", "2024", "--workers", "60", "--seed", "5", "--threads", "1", "--write",
        x.toString(), "--format", "xml").code());
    xmlPersons = x.resolve("persons.csv");
    xmlClean = x.resolve("dmfa-xml");
    xmlPaid = results(xml(xmlClean, dir.resolve("refx.jsonl")));
    Path j = dir.resolve("pop");
    assertEquals(0, cli("simulate", "--year", "2024", "--workers", "120", "--seed", "5", "--threads", "1", "--write",
        j.toString()).code());
    jsonlPersons = j.resolve("persons.csv");
    jsonlClean = j.resolve("dmfa.jsonl");
    jsonlPaid = results(jsonl(jsonlClean, dir.resolve("ref.jsonl")));
    assertTrue(xmlPaid.size() > 30 && jsonlPaid.size() > 60, xmlPaid.size() + " " + jsonlPaid.size());
  }

  static Run cli(String... args) {
    return OutputIsNeverAnInputTest.cli(args);
  }

  static Path xml(Path decl, Path out) {
    Run r = cli("calculate", "--year", "2024", "--persons", xmlPersons.toString(), "--dmfa-xml", decl.toString(),
        "--out", out.toString());
    assertTrue(r.code() == 0 || r.code() == 1, r.out() + r.err());
    return out;
  }

  static Path jsonl(Path data, Path out) {
    Run r = cli("calculate", "--year", "2024", "--persons", jsonlPersons.toString(), "--dmfa", data.toString(), "--out",
        out.toString());
    assertTrue(r.code() == 0 || r.code() == 1, r.out() + r.err());
    return out;
  }

  /** INSZ → the person's results line. */
  static Map<String, String> results(Path file) {
    Map<String, String> m = new HashMap<>();
    try {
      for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher k = INSZ.matcher(l);
        if (k.find()) {
          m.put(k.group(1), l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** Every person of {@code changed} is in no result; every other one is paid as from the clean files. */
  static void check(String name, Map<String, String> clean, Map<String, String> paid, Set<String> changed) {
    assertFalse(changed.isEmpty(), name);
    for (String p : changed) {
      assertFalse(paid.containsKey(p), name + ": a person of the changed part is in the results");
    }
    for (Map.Entry<String, String> e : paid.entrySet()) {
      assertEquals(clean.get(e.getKey()), e.getValue(), name + ": a person paid from other data");
    }
  }

  static List<Path> documents(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  static Set<String> named(String text) {
    Set<String> s = new LinkedHashSet<>();
    Matcher m = INSS.matcher(text);
    while (m.find()) {
      s.add(m.group(1));
    }
    return s;
  }

  /** The start of the {@code n}th (0-based) {@code <name>} and the end of its element. */
  static int[] element(String text, String name, int n) {
    int a = -1;
    for (int i = 0; i <= n; i++) {
      a = text.indexOf("<" + name + ">", a + 1);
    }
    return new int[] {a, text.indexOf("</" + name + ">", a) + name.length() + 3};
  }

  static int count(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }

  /** A copy of the clean declarations with document {@code doc} replaced by {@code text}. */
  static Path withDocument(String name, Path doc, String text) throws IOException {
    Path d = Files.createDirectories(dir.resolve(name));
    for (Path f : documents(xmlClean)) {
      Files.copy(f, d.resolve(f.getFileName()));
    }
    Files.writeString(d.resolve(doc.getFileName()), text);
    return d;
  }

  private static final String[] BLOCKS = {"NaturalPerson", "WorkerRecord", "Occupation", "Service", "Remun"};
  /** An element the schema allows beside each block, that the reader skips: a block hidden in it is out of place. */
  private static final String[] ALLOWED = {"CompanyVehicle", "NaturalPersonUserReference", "WorkerContribution",
    "OccupationInformations", "OccupationDeduction"};

  @TestFactory
  Stream<DynamicTest> aBlockOutOfPlaceRefusesItsDeclarationsPersons() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> docs = documents(xmlClean);
    for (int seed = 1; seed <= SEEDS; seed++) {
      Random rnd = new Random(seed);
      Path doc = docs.get(rnd.nextInt(docs.size()));
      String text = Files.readString(doc);
      int b = rnd.nextInt(BLOCKS.length);
      String block = BLOCKS[b];
      int[] at = element(text, block, rnd.nextInt(count(text, "<" + block + ">")));
      String part = text.substring(at[0], at[1]);
      String rest = text.substring(0, at[0]) + text.substring(at[1]);
      int how = rnd.nextInt(3);
      String changed;
      if (how == 0) { // wrapped in an unknown element
        String wrapper = "Extra" + rnd.nextInt(100);
        changed = text.substring(0, at[0]) + "<" + wrapper + ">" + part + "</" + wrapper + ">" + text.substring(at[1]);
      } else if (how == 1) { // wrapped in an element the schema allows there
        changed = text.substring(0, at[0]) + "<" + ALLOWED[b] + ">" + part + "</" + ALLOWED[b] + ">"
            + text.substring(at[1]);
      } else { // moved one level up, under its parent's parent
        String parent = b == 0 ? "Form" : BLOCKS[b - 1];
        String up = b == 0 ? "</Form>" : b == 1 ? "</EmployerDeclaration>" : "</" + BLOCKS[b - 2] + ">";
        int end = rest.indexOf(up, at[0]);
        changed = rest.substring(0, end) + part + rest.substring(end);
        assertTrue(end > 0, parent);
      }
      Set<String> persons = named(text);
      String name = "seed " + seed + ": " + block + " of " + doc.getFileName() + (how == 0 ? " wrapped"
          : how == 1 ? " in " + ALLOWED[b] : " moved up");
      Path d = withDocument("out-of-place-" + seed, doc, changed);
      tests.add(DynamicTest.dynamicTest(name, () ->
          check(name, xmlPaid, results(xml(d, dir.resolve("x-" + d.getFileName() + ".jsonl"))), persons)));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aSecondFormOrDeclarationRefusesEveryPersonInIt() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> docs = documents(xmlClean);
    for (int seed = 1; seed <= SEEDS; seed++) {
      Random rnd = new Random(100 + seed);
      Path doc = docs.get(rnd.nextInt(docs.size()));
      Path other = docs.get(rnd.nextInt(docs.size()));
      String text = Files.readString(doc);
      String second = Files.readString(other);
      boolean form = rnd.nextBoolean();
      String tag = form ? "Form" : "EmployerDeclaration";
      int[] block = element(second, tag, 0);
      String inserted = second.substring(block[0], block[1]);
      int at = rnd.nextBoolean() ? text.indexOf("<" + tag + ">") : text.indexOf("</" + tag + ">") + tag.length() + 3;
      String changed = text.substring(0, at) + inserted + text.substring(at);
      Set<String> persons = named(changed);
      String name = "seed " + seed + ": a second " + tag + " from " + other.getFileName() + " in " + doc.getFileName();
      Path d = withDocument("second-" + seed, doc, changed);
      tests.add(DynamicTest.dynamicTest(name, () ->
          check(name, xmlPaid, results(xml(d, dir.resolve("x-" + d.getFileName() + ".jsonl"))), persons)));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> linesRunTogetherHoldEveryPersonTheyMayConcern() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    byte[] clean = Files.readAllBytes(jsonlClean);
    List<Integer> ends = new ArrayList<>(); // the line ends between two persons' lines
    String text = new String(clean, StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    int pos = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      pos += lines[i].length();
      if (!insz(lines[i]).equals(insz(lines[i + 1]))) {
        ends.add(pos);
      }
      pos++;
    }
    for (int seed = 1; seed <= SEEDS; seed++) {
      Random rnd = new Random(200 + seed);
      int end = ends.get(rnd.nextInt(ends.size()));
      int how = rnd.nextInt(3);
      String changed = text.substring(0, end) + (how == 0 ? "" : how == 1 ? "\r" : " ") + text.substring(end + 1);
      int lineStart = text.lastIndexOf('\n', end - 1) + 1;
      int nextEnd = text.indexOf('\n', end + 1);
      Set<String> persons = new LinkedHashSet<>(List.of(insz(text.substring(lineStart, end)),
          insz(text.substring(end + 1, nextEnd))));
      String name = "seed " + seed + ": " + (how == 0 ? "a lost line end" : how == 1 ? "a bare CR" : "a space")
          + " between two persons' lines";
      Path f = dir.resolve("joined-" + seed + ".jsonl");
      Files.writeString(f, changed);
      Path out = dir.resolve("j-joined-" + seed + ".jsonl");
      tests.add(DynamicTest.dynamicTest(name, () -> check(name, jsonlPaid, results(jsonl(f, out)), persons)));
    }
    Path cr = dir.resolve("cr.jsonl");
    Files.writeString(cr, text.replace('\n', '\r'));
    tests.add(DynamicTest.dynamicTest("a file of CR line ends", () -> {
      Map<String, String> paid = results(jsonl(cr, dir.resolve("j-cr.jsonl")));
      assertEquals(Map.of(), paid, "nobody is computed from a file of CR line ends");
    }));
    return tests.stream();
  }

  static String insz(String line) {
    Matcher m = INSZ.matcher(line);
    assertTrue(m.find(), line);
    return m.group(1);
  }

  @TestFactory
  Stream<DynamicTest> theSameRemunerationTwiceOrNullServicesAreRefused() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    String text = Files.readString(jsonlClean);
    String[] lines = text.split("\n");
    List<Path> docs = documents(xmlClean);
    for (int seed = 1; seed <= SEEDS; seed++) {
      Random rnd = new Random(300 + seed);
      // dmfa.jsonl: a remuneration given twice, or services null
      int i;
      do {
        i = rnd.nextInt(lines.length);
      } while (!lines[i].contains("\"remunerations\":[{") || !lines[i].contains("\"services\":[{"));
      String line = lines[i];
      String changedLine;
      if (rnd.nextBoolean()) {
        int a = line.indexOf("\"remunerations\":[") + 17;
        int b = line.indexOf('}', a) + 1;
        changedLine = line.substring(0, b) + "," + line.substring(a, b) + line.substring(b);
      } else {
        int a = line.indexOf("\"services\":[");
        int b = line.indexOf(']', a) + 1;
        changedLine = line.substring(0, a) + "\"services\":null" + line.substring(b);
      }
      lines[i] = changedLine;
      Path f = dir.resolve("twice-" + seed + ".jsonl");
      Files.writeString(f, String.join("\n", lines) + "\n");
      lines[i] = line;
      String jname = "seed " + seed + ": " + (changedLine.contains("null") ? "services null" : "a remuneration twice")
          + " in dmfa.jsonl";
      Set<String> person = Set.of(insz(line));
      Path out = dir.resolve("j-twice-" + seed + ".jsonl");
      tests.add(DynamicTest.dynamicTest(jname, () -> check(jname, jsonlPaid, results(jsonl(f, out)), person)));
      // XML: a Remun copied in its occupation, with its own sequence number or not
      Path doc = docs.get(rnd.nextInt(docs.size()));
      String xmlText = Files.readString(doc);
      int[] r = element(xmlText, "Remun", rnd.nextInt(count(xmlText, "<Remun>")));
      String remun = xmlText.substring(r[0], r[1]);
      boolean renumbered = rnd.nextBoolean();
      String copy = renumbered ? remun.replaceFirst("<RemunSequenceNbr>\\d+<", "<RemunSequenceNbr>98<") : remun;
      String changed = xmlText.substring(0, r[1]) + copy + xmlText.substring(r[1]);
      int p = xmlText.lastIndexOf("<NaturalPerson>", r[0]);
      Set<String> owner = named(xmlText.substring(p, xmlText.indexOf("</NaturalPerson>", p)));
      String xname = "seed " + seed + ": a Remun twice" + (renumbered ? " with its own number" : "") + " in "
          + doc.getFileName();
      Path d = withDocument("remun-" + seed, doc, changed);
      tests.add(DynamicTest.dynamicTest(xname, () ->
          check(xname, xmlPaid, results(xml(d, dir.resolve("x-" + d.getFileName() + ".jsonl"))), owner)));
    }
    return tests.stream();
  }
}
