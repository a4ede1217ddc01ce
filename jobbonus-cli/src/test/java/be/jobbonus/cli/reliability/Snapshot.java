package be.jobbonus.cli.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a directory and its bytes (links as their target text): to show nothing was touched. */
final class Snapshot {
  private Snapshot() {}

  static Map<String, String> of(Path dir) {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String k = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          m.put(k, "link -> " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          m.put(k, Arrays.hashCode(Files.readAllBytes(p)) + ":" + Files.size(p));
        } else {
          m.put(k, "dir");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
