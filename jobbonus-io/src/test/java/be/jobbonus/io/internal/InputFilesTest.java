package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.io.InputFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declarations a list of paths names: each file once, every entry readable. */
class InputFilesTest {

  @TempDir
  Path dir;

  Path decl() throws IOException {
    Path d = Files.createDirectories(dir.resolve("decl"));
    Files.writeString(d.resolve("a.xml"), "<a/>");
    Files.writeString(d.resolve("b.xml"), "<b/>");
    Files.writeString(d.resolve("notes.txt"), "not read");
    Files.createDirectories(d.resolve("sub.xml")); // a subdirectory is not read
    return d;
  }

  @Test
  void aFileNamedByManyPathsIsReadOnce() throws IOException {
    Path d = decl();
    Path a = d.resolve("a.xml");
    Path link = Files.createSymbolicLink(dir.resolve("link.xml"), a);
    Path hard = Files.createLink(dir.resolve("hard.xml"), a);
    Path other = Files.createDirectories(dir.resolve("other"));
    Path dotted = other.resolve("../decl/a.xml");
    Path linkedDir = Files.createSymbolicLink(dir.resolve("alias"), d);
    InputFiles.Declarations x = InputFiles.declarations(List.of(d, a, link, hard, dotted, d, linkedDir,
        linkedDir.resolve("b.xml")));
    assertEquals(List.of(d.resolve("a.xml"), d.resolve("b.xml")), x.files());
    assertEquals(2 + 4 + 2 + 1, x.repeated().size(), x.repeated().toString());
    assertTrue(x.repeated().get(0).startsWith(a + " is named twice"), x.repeated().get(0));
    assertTrue(x.repeated().get(1).contains(link + " is the same file as " + a), x.repeated().get(1));
    assertEquals(a, x.sameFileAs(hard));
    assertNull(x.sameFileAs(dir.resolve("absent.xml")));
  }

  @Test
  void anEntryThatCannotBeOpenedStopsTheRunNamingIt() throws IOException {
    Path d = decl();
    Path dangling = Files.createSymbolicLink(d.resolve("c.xml"), d.resolve("gone.xml"));
    InputFileException e = assertThrows(InputFileException.class, () -> InputFiles.declarations(List.of(d)));
    assertTrue(e.getMessage().startsWith("cannot read " + dangling + ": a symbolic link to a file that does not"
        + " exist"), e.getMessage());
    Files.delete(dangling);
    Path loop = Files.createSymbolicLink(d.resolve("d.xml"), d.resolve("e.xml"));
    Files.createSymbolicLink(d.resolve("e.xml"), loop);
    e = assertThrows(InputFileException.class, () -> InputFiles.declarations(List.of(d)));
    assertTrue(e.getMessage().startsWith("cannot read " + loop + ": a symbolic link loop"), e.getMessage());
    Files.delete(loop);
    Files.delete(d.resolve("e.xml"));
    Path locked = Files.writeString(d.resolve("f.xml"), "<f/>");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
    if (!Files.isReadable(locked)) { // root reads anything
      e = assertThrows(InputFileException.class, () -> InputFiles.declarations(List.of(d)));
      assertTrue(e.getMessage().startsWith("cannot read " + locked + ": permission denied"), e.getMessage());
    }
    Files.delete(locked);
    Path fifo = d.resolve("g.xml");
    if (mkfifo(fifo)) {
      e = assertThrows(InputFileException.class, () -> InputFiles.declarations(List.of(d)));
      assertTrue(e.getMessage().startsWith("cannot read " + fifo + ": not a regular file"), e.getMessage());
      Files.delete(fifo);
    }
    assertEquals(2, InputFiles.declarations(List.of(d)).files().size());
  }

  static boolean mkfifo(Path p) {
    try {
      return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0 && Files.exists(p);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Assumptions.abort("interrupted");
      return false;
    }
  }
}
