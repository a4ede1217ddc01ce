package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages of the documentation: an index that lists them all, links that lead somewhere, nothing a reader cannot open. */
class DocsPagesTest {

  /** A Markdown link's target: [text](target). */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void theIndexOfTheDocsListsEveryPage() {
    Path root = DocPage.repositoryRoot();
    String index = DocPage.read(root, "docs/README.md").text();
    List<String> linked = new ArrayList<>();
    Matcher m = LINK.matcher(index);
    while (m.find()) {
      linked.add(m.group(1).replaceFirst("#.*", ""));
    }
    List<String> missing = new ArrayList<>();
    for (String page : DocPage.docsPages(root)) {
      if (!page.equals("README.md") && !linked.contains(page)) {
        missing.add(page);
      }
    }
    assertTrue(missing.isEmpty(), "docs/README.md does not link to " + missing + ": add a line for each page");
  }

  @Test
  void everyRelativeLinkOfThePagesLeadsToAFile() {
    Path root = DocPage.repositoryRoot();
    List<String> broken = new ArrayList<>();
    for (DocPage page : DocPage.all()) {
      Path folder = root.resolve(page.name()).getParent();
      for (int i = 0; i < page.lines().size(); i++) {
        Matcher m = LINK.matcher(page.lines().get(i));
        while (m.find()) {
          String target = m.group(1).replaceFirst("#.*", "");
          if (target.isEmpty() || target.matches("[a-z]+:.*")) {
            continue;
          }
          if (!Files.exists(folder.resolve(target))) {
            broken.add(page.name() + ":" + (i + 1) + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(broken.isEmpty(), "links to files that do not exist:\n" + String.join("\n", broken));
  }

  /** A reader cannot open the project's issue tracker: the pages say what was decided, not where. */
  @Test
  void noPageNamesAnIssueNumber() {
    Pattern issue = Pattern.compile("(?i)\\b(?:issues?|pull requests?|PRs?) *#? *\\d+");
    List<String> found = new ArrayList<>();
    for (DocPage page : DocPage.all()) {
      for (int i = 0; i < page.lines().size(); i++) {
        Matcher m = issue.matcher(page.lines().get(i));
        if (m.find()) {
          found.add(page.name() + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertTrue(found.isEmpty(), "issue numbers in the pages (say what was decided instead):\n" + String.join("\n", found));
  }
}
