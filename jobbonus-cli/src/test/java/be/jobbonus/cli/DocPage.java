package be.jobbonus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A page of the documentation (README.md or docs/*.md) read for the tests that keep it true: its
 * fenced blocks, the commands of {@code ./jobbonus} they show, and the hidden checks ({@code <!--
 * doc-check: … -->}) written just before a block.
 */
record DocPage(Path root, String name, List<String> lines, List<DocPage.Block> blocks) {

  /** A {@code <!-- doc-check: WHAT -->} comment on its own line. */
  private static final Pattern TOOL = Pattern.compile("(?:[A-Z_][A-Z0-9_]*=\\S*\\s+)*\\./jobbonus(?:\\s|$)");

  /** Shell words that end a command's arguments: a redirection, a pipe, the next command. */
  private static final java.util.Set<String> SHELL = java.util.Set.of(">", ">>", "2>", "2>&1", "|", "&&", "||", ";");

  private static final Pattern CHECK = Pattern.compile("^<!--\\s*doc-check:\\s*(.*?)\\s*-->\\s*$");

  /**
   * A fenced block: {@code line} is the 1-based line of its opening fence, {@code info} what follows
   * the fence ({@code java}, {@code yaml}, or empty), {@code text} its lines, {@code check} the
   * doc-check comment on the line just before the fence (or null), {@code followsBlock} whether the
   * line just before the fence closes another block.
   */
  record Block(int line, String info, List<String> text, String check, boolean followsBlock) {}

  /** The repository root: the folder above the working directory holding examples/ and docs/. */
  static Path repositoryRoot() {
    return Examples.root().getParent();
  }

  /** README.md and every docs/*.md page, in name order. */
  static List<DocPage> all() {
    Path root = repositoryRoot();
    List<DocPage> pages = new ArrayList<>();
    pages.add(read(root, "README.md"));
    for (String name : docsPages(root)) {
      pages.add(read(root, "docs/" + name));
    }
    return pages;
  }

  /** The names of the *.md files directly in docs/, sorted. */
  static List<String> docsPages(Path root) {
    try (Stream<Path> s = Files.list(root.resolve("docs"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DocPage read(Path root, String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(root.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    int closedAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.startsWith("```")) {
        continue;
      }
      int start = i;
      List<String> text = new ArrayList<>();
      i++;
      while (i < lines.size() && !lines.get(i).startsWith("```")) {
        text.add(lines.get(i));
        i++;
      }
      if (i == lines.size()) {
        throw new AssertionError(name + ":" + (start + 1) + ": a fenced block that is never closed");
      }
      String check = null;
      if (start > 0) {
        Matcher m = CHECK.matcher(lines.get(start - 1));
        if (m.matches()) {
          check = m.group(1);
        }
      }
      blocks.add(new Block(start + 1, l.substring(3).strip(), List.copyOf(text), check, closedAt == start - 1));
      closedAt = i;
    }
    return new DocPage(root, name, List.copyOf(lines), List.copyOf(blocks));
  }

  /** The whole text, lines joined by \n. */
  String text() {
    return String.join("\n", lines);
  }

  /**
   * The commands a block shows: its lines joined where one ends in a backslash, comments ({@code  #
   * …}) removed, blank lines left out.
   */
  static List<String> commands(Block b) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String l : b.text()) {
      String s = l.strip();
      if (s.endsWith("\\")) {
        cur.append(s.substring(0, s.length() - 1).strip()).append(' ');
        continue;
      }
      cur.append(s);
      String c = withoutComment(cur.toString()).strip();
      if (!c.isEmpty()) {
        out.add(c);
      }
      cur.setLength(0);
    }
    return out;
  }

  private static String withoutComment(String s) {
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  /** The words of a command as a POSIX shell splits them (quotes removed; no expansion). */
  static List<String> words(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < command.length()) {
        w.append(command.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          out.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed quote in: " + command);
    }
    if (inWord) {
      out.add(w.toString());
    }
    return out;
  }

  /**
   * The arguments of a command of the tool: the words after {@code ./jobbonus} (after any leading
   * {@code NAME=value} settings) up to a redirection, a pipe or the next command, or null when the
   * command does not run {@code ./jobbonus}.
   */
  static List<String> toolArguments(String command) {
    if (!TOOL.matcher(command).lookingAt()) {
      return null;
    }
    List<String> w = words(command);
    int i = 0;
    while (i < w.size() && w.get(i).matches("[A-Z_][A-Z0-9_]*=.*")) {
      i++;
    }
    if (i < w.size() && w.get(i).equals("./jobbonus")) {
      int end = i + 1;
      while (end < w.size() && !SHELL.contains(w.get(end))) {
        end++;
      }
      return w.subList(i + 1, end);
    }
    return null;
  }
}
