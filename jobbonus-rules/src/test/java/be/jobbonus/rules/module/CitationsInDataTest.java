package be.jobbonus.rules.module;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Citations live in the data files with their status, not in code: no string literal in the main
 * sources cites an article or a recital (the three former exceptions, the end by breach
 * and by law and the message reader's refusal, now read theirs from the data too).
 */
class CitationsInDataTest {

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern CITATION = Pattern.compile("\\b(art\\.|artikel|recital)\\s*[0-9A-Z]");

  /** Known literals: none. */
  private static final Map<String, Integer> KNOWN = Map.of();

  @Test
  void art2_art3_art6_art7_art9_citationsComeFromTheDataNotFromCode() throws IOException {
    Map<String, Integer> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(f)) {
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("/")) {
            continue; // Javadoc and comments may cite
          }
          Matcher m = LITERAL.matcher(code);
          while (m.find()) {
            if (CITATION.matcher(m.group(1)).find()) {
              found.merge(f.getFileName().toString(), 1, Integer::sum);
            }
          }
        }
      }
    }
    assertEquals(new TreeMap<>(KNOWN), found, "article citations in code: " + List.of(found));
  }
}
