package be.jobbonus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The files in examples/ at the repository root, copied into a test directory. */
public final class Examples {
  private Examples() {}

  public static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }
    return p.resolve("examples");
  }

  public static Path copy(Path dir) {
    try {
      for (String f : new String[] {"persons.csv", "quarters.csv", "dmfa.jsonl"}) {
        Files.copy(root().resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
