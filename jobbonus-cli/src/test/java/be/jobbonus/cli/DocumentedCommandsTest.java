package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.jobbonus.io.internal.InszMasking;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * What README.md and docs/*.md show of the command line is what the tool does today.
 *
 * <p><b>What is run and compared.</b> On every page, in the order of the page:
 * <ul>
 *   <li>A fenced block (no language) holding one {@code ./jobbonus} command, <em>immediately</em>
 *       followed (on the next line) by another fenced block: that block is everything the command
 *       prints, its standard error first, then its standard output. This is the visible convention:
 *       to show a command with its output, write the two blocks one under the other.
 *   <li>A hidden comment on the line just before a fenced block (readers do not see it):
 *       <ul>
 *         <li>{@code <!-- doc-check: ./jobbonus ARGS -->}: the block is an excerpt of what that
 *             command prints (it is run there);
 *         <li>{@code <!-- doc-check: FILE -->}: an excerpt of FILE as the commands above it on the page
 *             left it;
 *         <li>{@code <!-- doc-check: FILE after ./jobbonus ARGS -->}: the command is run (again), then
 *             the block is an excerpt of FILE;
 *         <li>{@code <!-- doc-check: write FILE -->}: the block (a scenario file, say) is saved as FILE,
 *             as a reader would, for the commands below it.
 *       </ul>
 * </ul>
 * In a checked block a line {@code ...} alone stands for any number of lines (none included) and
 * {@code …} within a line for any text. An excerpt's lines follow each other in what was printed
 * (or in the file), starting and ending anywhere; a whole output must match from its first line to
 * its last. Masked, because they vary from run to run: a line starting with {@code time:} or
 * {@code Time:} (the run's time and speed, and the thread count printed with them) matches any line
 * starting so. Nothing else is masked but the two folders of the run (below).
 *
 * <p><b>How it is run.</b> In process ({@link Cli#run}), as from the repository root: every file a
 * page's commands write ({@code --out}, {@code --rejects}, {@code --report}, {@code --write},
 * {@code --summary}, and what lands beside them) goes to one temporary folder per page; any other
 * path a command names is taken from that folder when an earlier command of the page wrote it there,
 * else from the repository. The absolute paths of both folders are removed from what the tool prints,
 * so it prints the paths as the page gives them.
 *
 * <p><b>Every other command</b> of {@code ./jobbonus} shown in a block (a million workers, a written
 * population: too slow or too big to run in a build) must at least be accepted by the command line:
 * its subcommand, options and values parse. A block line starting with {@code jobbonus } (without
 * {@code ./}) is refused: the pages show the launcher at the repository root.
 *
 * <p>The Java programs of README.md are run by {@code ReadmeExamplesTest} (jobbonus-io); the
 * Flanders figures of docs/population.md, too slow to compute in a build, are checked against the
 * recorded runs by {@link PopulationFiguresTest}.
 */
class DocumentedCommandsTest {

  /** Options whose value is a file or folder the command writes. */
  private static final Set<String> OUTPUTS = Set.of("--out", "--rejects", "--report", "--write", "--summary", "--differences");

  private static final Pattern FILE_AFTER = Pattern.compile("(\\S+) after (\\./jobbonus .*)");

  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicNode> theOutputsThePagesShowAreWhatTheToolPrints() throws IOException {
    Path root = DocPage.repositoryRoot();
    List<DynamicNode> pages = new ArrayList<>();
    int checks = 0;
    for (DocPage page : DocPage.all()) {
      Path dir = Files.createDirectories(tmp.resolve(page.name().replace('/', '_')));
      List<DynamicTest> tests = new ArrayList<>();
      List<DocPage.Block> blocks = page.blocks();
      for (int k = 0; k < blocks.size(); k++) {
        DocPage.Block b = blocks.get(k);
        String where = page.name() + ":" + b.line();
        if (b.check() != null) {
          tests.add(DynamicTest.dynamicTest(where + " " + b.check(), () -> check(root, dir, where, b)));
          continue;
        }
        if (!b.info().isEmpty()) {
          continue;
        }
        List<String> commands = DocPage.commands(b);
        DocPage.Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
        if (commands.size() == 1 && DocPage.toolArguments(commands.get(0)) != null && next != null && next.followsBlock()
            && next.info().isEmpty() && next.check() == null) {
          String command = commands.get(0);
          tests.add(DynamicTest.dynamicTest(where + " " + command, () -> {
            String printed = run(root, dir, command);
            assertShows(where, command, next.text(), printed, true);
          }));
          k++;
        }
      }
      checks += tests.size();
      if (!tests.isEmpty()) {
        pages.add(DynamicContainer.dynamicContainer(page.name(), tests));
      }
    }
    assertTrue(checks >= 10, "expected the pages to show at least ten checked outputs, found " + checks
        + " (see the javadoc of DocumentedCommandsTest for how a page marks them)");
    return pages.stream();
  }

  @Test
  void everyCommandThePagesShowIsOneTheToolAccepts() {
    List<String> problems = new ArrayList<>();
    int commands = 0;
    for (DocPage page : DocPage.all()) {
      for (DocPage.Block b : page.blocks()) {
        if (!b.info().isEmpty() && !b.info().equals("sh") && !b.info().equals("shell")) {
          continue;
        }
        for (int i = 0; i < b.text().size(); i++) {
          if (b.text().get(i).startsWith("jobbonus ")) {
            problems.add(page.name() + ":" + (b.line() + 1 + i) + ": write ./jobbonus (the launcher at the repository root): "
                + b.text().get(i));
          }
        }
        for (String command : DocPage.commands(b)) {
          List<String> args = DocPage.toolArguments(command);
          if (args == null) {
            continue;
          }
          commands++;
          try {
            Cli.commandLine().parseArgs(args.toArray(String[]::new));
          } catch (CommandLine.ParameterException e) {
            problems.add(page.name() + ":" + b.line() + ": " + command + "\n    " + e.getMessage());
          }
        }
      }
    }
    assertTrue(commands >= 20, "expected the pages to show at least twenty ./jobbonus commands, found " + commands);
    assertTrue(problems.isEmpty(), "commands the tool does not accept:\n" + String.join("\n", problems));
  }

  /**
   * docs/cli.md shows one line of what {@code ./jobbonus} prints while it builds the tool. The
   * launcher turns Maven's {@code [INFO] Building NAME VERSION [i/n]} into {@code jobbonus:
   * building NAME [i/n]}; i and n come from the reactor of {@code -pl jobbonus-cli -am}, computed
   * here from the POMs as Maven orders it (the modules in declaration order, each after the modules
   * it depends on).
   */
  @Test
  void theBuildProgressLineIsTheOneTheLauncherPrints() throws Exception {
    Path root = DocPage.repositoryRoot();
    String launcher = Files.readString(root.resolve("jobbonus"), StandardCharsets.UTF_8);
    assertTrue(launcher.contains("\"[INFO] Building jobbonus\"*)"), "the launcher no longer picks Maven's Building lines");
    assertTrue(launcher.contains("set -- $line; echo \"jobbonus:   building $3 $5\""),
        "the launcher prints its build steps otherwise than docs/cli.md shows: update the page and this test");
    assertTrue(launcher.contains("./mvnw -B -pl jobbonus-cli -am package"), "the launcher builds otherwise");
    List<String> reactor = reactor(root, "jobbonus-cli");
    String page = DocPage.read(root, "docs/cli.md").text();
    Matcher m = Pattern.compile("jobbonus: +building (\\S+) ([^`\\s]+)").matcher(page);
    assertTrue(m.find(), "docs/cli.md shows no build step line (jobbonus:   building NAME [i/n])");
    String shown = m.group();
    int index = reactor.indexOf(m.group(1));
    assertTrue(index >= 0, "docs/cli.md: " + m.group(1) + " is not built by the launcher; it builds " + reactor);
    assertEquals("jobbonus:   building " + m.group(1) + " [" + (index + 1) + "/" + reactor.size() + "]", shown,
        "docs/cli.md: the build step line; the launcher builds " + reactor);
  }

  // ---------------------------------------------------------------------------------------------

  private void check(Path root, Path dir, String where, DocPage.Block b) throws IOException {
    String what = b.check();
    Matcher after = FILE_AFTER.matcher(what);
    if (what.startsWith("write ")) {
      Path file = dir.resolve(what.substring("write ".length()).strip());
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", b.text()) + "\n", StandardCharsets.UTF_8);
    } else if (what.startsWith("./jobbonus ")) {
      assertShows(where, what, b.text(), run(root, dir, what), false);
    } else if (after.matches()) {
      run(root, dir, after.group(2));
      assertShows(where, what, b.text(), file(root, dir, after.group(1)), false);
    } else {
      assertShows(where, what, b.text(), file(root, dir, what), false);
    }
  }

  private static String file(Path root, Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    assertTrue(Files.isRegularFile(p), name + " was not written by the commands above it on the page");
    return mask(Files.readString(p, StandardCharsets.UTF_8), root, dir);
  }

  /** Runs a command of the page in process; what it prints (stderr, then stdout), paths masked. */
  static String run(Path root, Path dir, String command) {
    List<String> args = DocPage.toolArguments(command);
    assertNotNull(args, "not a command of ./jobbonus: " + command);
    Run r = Run.of(inPlace(args, root, dir).toArray(String[]::new));
    return mask(r.err() + r.out(), root, dir);
  }

  /** The arguments with the paths put in place: outputs in dir, inputs from dir or else the repository. */
  static List<String> inPlace(List<String> args, Path root, Path dir) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        String name = a.substring(0, eq);
        String value = a.substring(eq + 1);
        out.add(name + "=" + (OUTPUTS.contains(name) ? dir.resolve(value).toString() : input(value, root, dir)));
      } else if (OUTPUTS.contains(a) && i + 1 < args.size()) {
        out.add(a);
        out.add(dir.resolve(args.get(++i)).toString());
      } else if (!a.startsWith("-") && i > 0) { // the first is the subcommand
        out.add(input(a, root, dir));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static String input(String value, Path root, Path dir) {
    if (value.isEmpty()) {
      return value;
    }
    if (Files.exists(dir.resolve(value))) {
      return dir.resolve(value).toString();
    }
    if (Files.exists(root.resolve(value))) {
      return root.resolve(value).toString();
    }
    return value;
  }

  static String mask(String text, Path root, Path dir) {
    Set<String> prefixes = new LinkedHashSet<>();
    for (Path p : List.of(dir, root)) {
      prefixes.add(p.toAbsolutePath() + File.separator);
      try {
        prefixes.add(p.toRealPath() + File.separator);
      } catch (IOException e) {
        // not there (yet): its absolute form is enough
      }
    }
    for (String p : List.copyOf(prefixes)) {
      prefixes.add(InszMasking.mask(p)); // on stderr, as the tool masks any run of 11 or more digits
    }
    String out = text;
    for (String p : prefixes.stream().sorted((x, y) -> y.length() - x.length()).toList()) {
      out = out.replace(p, "");
    }
    for (Path p : List.of(dir, root)) {
      out = out.replace(p.toAbsolutePath().toString(), ".");
    }
    return out;
  }

  /** The shown lines are what was printed (whole) or a part of it (excerpt), as the javadoc says. */
  static void assertShows(String where, String what, List<String> shown, String printed, boolean whole) {
    if (!shows(shown, printed.lines().toList(), whole)) {
      fail(where + ": the block shows otherwise than " + what + (whole ? " prints" : " gives") + " today."
          + "\n--- the page shows" + (whole ? "" : " (an excerpt)") + ":\n" + String.join("\n", shown)
          + "\n--- today:\n" + printed);
    }
  }

  private static final Object ANY_LINES = new Object();

  static boolean shows(List<String> shown, List<String> printed, boolean whole) {
    List<Object> patterns = new ArrayList<>();
    for (String s : shown) {
      String t = s.strip();
      if (t.equals("...") || t.equals("…")) {
        patterns.add(ANY_LINES);
      } else if (s.startsWith("time:") || s.startsWith("Time:")) {
        patterns.add(Pattern.compile(Pattern.quote(s.substring(0, 5)) + ".*"));
      } else {
        StringBuilder re = new StringBuilder();
        String[] parts = s.split("…", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            re.append(".*");
          }
          re.append(Pattern.quote(parts[i]));
        }
        patterns.add(Pattern.compile(re.toString()));
      }
    }
    if (whole) {
      return match(patterns, 0, printed, 0, true);
    }
    for (int start = 0; start <= printed.size(); start++) {
      if (match(patterns, 0, printed, start, false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean match(List<Object> patterns, int p, List<String> lines, int a, boolean toEnd) {
    if (p == patterns.size()) {
      return !toEnd || a == lines.size();
    }
    Object pattern = patterns.get(p);
    if (pattern == ANY_LINES) {
      for (int k = a; k <= lines.size(); k++) {
        if (match(patterns, p + 1, lines, k, toEnd)) {
          return true;
        }
      }
      return false;
    }
    return a < lines.size() && ((Pattern) pattern).matcher(lines.get(a)).matches() && match(patterns, p + 1, lines, a + 1, toEnd);
  }

  /**
   * The modules Maven builds for {@code -pl module -am}, by their names, in its order: the
   * projects in the order the reactor reads them (the root, then its modules as declared), each
   * placed after its parent and the reactor modules it depends on.
   */
  static List<String> reactor(Path root, String module) throws Exception {
    Map<String, Element> poms = new LinkedHashMap<>();
    Element top = pom(root.resolve("pom.xml"));
    poms.put(child(top, "artifactId"), top);
    Element modules = firstChild(top, "modules");
    for (Element m : children(modules, "module")) {
      Element pom = pom(root.resolve(m.getTextContent().strip()).resolve("pom.xml"));
      poms.put(child(pom, "artifactId"), pom);
    }
    Map<String, List<String>> upstream = new LinkedHashMap<>();
    for (Map.Entry<String, Element> e : poms.entrySet()) {
      List<String> up = new ArrayList<>();
      Element parent = firstChild(e.getValue(), "parent");
      if (parent != null && poms.containsKey(child(parent, "artifactId"))) {
        up.add(child(parent, "artifactId"));
      }
      Element deps = firstChild(e.getValue(), "dependencies");
      if (deps != null) {
        for (Element d : children(deps, "dependency")) {
          if (poms.containsKey(child(d, "artifactId"))) {
            up.add(child(d, "artifactId"));
          }
        }
      }
      upstream.put(e.getKey(), up);
    }
    Set<String> needed = new LinkedHashSet<>();
    closure(module, upstream, needed);
    List<String> order = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String id : poms.keySet()) {
      visit(id, upstream, seen, order);
    }
    List<String> names = new ArrayList<>();
    for (String id : order) {
      if (needed.contains(id)) {
        String name = child(poms.get(id), "name");
        names.add(name != null ? name : id);
      }
    }
    return names;
  }

  private static void closure(String id, Map<String, List<String>> upstream, Set<String> out) {
    if (out.add(id)) {
      for (String u : upstream.get(id)) {
        closure(u, upstream, out);
      }
    }
  }

  private static void visit(String id, Map<String, List<String>> upstream, Set<String> seen, List<String> order) {
    if (seen.add(id)) {
      for (String u : upstream.get(id)) {
        visit(u, upstream, seen, order);
      }
      order.add(id);
    }
  }

  private static Element pom(Path p) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile()).getDocumentElement();
  }

  private static Element firstChild(Element e, String name) {
    List<Element> c = children(e, name);
    return c.isEmpty() ? null : c.get(0);
  }

  private static String child(Element e, String name) {
    Element c = firstChild(e, name);
    return c == null ? null : c.getTextContent().strip();
  }

  private static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element c && c.getTagName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }
}
