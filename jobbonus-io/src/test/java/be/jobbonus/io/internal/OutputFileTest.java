package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.io.OutputInUseException;
import be.jobbonus.io.Reject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  /** A stream that fails like a full disk after {@code limit} bytes. */
  static OutputStream fullAfter(OutputStream out, long limit) {
    return new FilterOutputStream(out) {
      long written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > limit) {
          throw new IOException("No space left on device");
        }
        written += len;
        out.write(b, off, len);
      }
    };
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void commitReplacesTheTargetWithOwnerOnlyBytesAndLeavesNothingElse(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("results.jsonl");
    Files.writeString(t, "previous\n");
    try (OutputFile f = OutputFile.open(t, true)) {
      f.stream().write("new\n".getBytes(StandardCharsets.UTF_8));
      assertEquals("previous\n", Files.readString(t), "not replaced before the commit");
      f.commit();
    }
    assertEquals("new\n", Files.readString(t));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(t)));
    assertEquals(List.of("results.jsonl"), names(dir));
  }

  /**
   * An output larger than the write-behind step (forced to disk on another thread while it is
   * written) holds every byte in order, written byte by byte and in blocks of every size.
   */
  @Test
  void aLargeOutputForcedWhileWrittenHoldsEveryByte(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("results.jsonl");
    java.util.Random random = new java.util.Random(3);
    java.security.MessageDigest written;
    try {
      written = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    long size = 0;
    try (OutputFile f = OutputFile.open(t, true)) {
      byte[] block = new byte[1 << 20];
      while (size < 100L << 20) {
        random.nextBytes(block);
        int len = random.nextInt(block.length + 1);
        if (random.nextInt(8) == 0) {
          for (int i = 0; i < Math.min(len, 1000); i++) {
            f.stream().write(block[i]);
          }
          len = Math.min(len, 1000);
        } else {
          f.stream().write(block, 0, len);
        }
        written.update(block, 0, len);
        size += len;
      }
      f.commit();
    }
    assertEquals(size, Files.size(t));
    try {
      java.security.MessageDigest read = java.security.MessageDigest.getInstance("SHA-256");
      try (java.io.InputStream in = Files.newInputStream(t)) {
        byte[] b = new byte[1 << 16];
        for (int n; (n = in.read(b)) > 0; ) {
          read.update(b, 0, n);
        }
      }
      assertEquals(java.util.HexFormat.of().formatHex(written.digest()), java.util.HexFormat.of().formatHex(read.digest()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aFullDiskLeavesThePreviousOutputAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("rejects.jsonl");
    Files.writeString(t, "previous\n");
    try (OutputFile f = OutputFile.open(t, true, s -> fullAfter(s, 100))) {
      RejectsWriter w = RejectsWriter.over(f);
      assertThrows(UncheckedIOException.class, () -> {
        for (int i = 0; i < 10_000; i++) {
          w.reject(new Reject("persons.csv", i, "insz", "", "a reason"));
        }
        w.flush();
        f.commit();
      });
    }
    assertEquals("previous\n", Files.readString(t));
    assertEquals(List.of("rejects.jsonl"), names(dir));
    assertEquals(0, OutputFile.openCount());
  }

  @Test
  void aSecondWriterOfTheSameOutputIsRefused(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("vlabel.jsonl");
    try (OutputFile first = OutputFile.open(t, true)) {
      OutputInUseException e = assertThrows(OutputInUseException.class, () -> OutputFile.open(t, true));
      assertTrue(e.getMessage().contains("another run"), e.getMessage());
      Path link = Files.createSymbolicLink(dir.resolve("alias.jsonl"), t);
      assertThrows(OutputInUseException.class, () -> OutputFile.open(link, true), "the same file through a link");
      first.commit();
    }
    try (OutputFile again = OutputFile.open(t, true)) {
      again.commit();
    }
    assertEquals(List.of("alias.jsonl", "vlabel.jsonl"), names(dir));
  }

  @Test
  void staleTemporaryFilesOfAKilledRunAreRemovedByTheNextRun(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("results.jsonl");
    Files.writeString(dir.resolve(".results.jsonl.abc123.tmp"), "partial");
    Files.writeString(dir.resolve(".results.jsonl.lock"), "");
    OutputFile.write(t, true, "x\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("results.jsonl"), names(dir));
  }

  @Test
  void sameFileSeesLinksHardLinksAndFilesNotYetWritten(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("persons.csv"), "x");
    assertTrue(OutputFile.sameFile(dir.resolve("./persons.csv"), in));
    assertTrue(OutputFile.sameFile(Files.createSymbolicLink(dir.resolve("l.csv"), in), in));
    assertTrue(OutputFile.sameFile(Files.createLink(dir.resolve("h.csv"), in), in));
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path alias = Files.createSymbolicLink(dir.resolve("alias"), sub);
    assertTrue(OutputFile.sameFile(alias.resolve("new.jsonl"), sub.resolve("new.jsonl")), "not yet written");
    assertTrue(OutputFile.sameFile(Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("later.jsonl")),
        dir.resolve("later.jsonl")));
    assertFalse(OutputFile.sameFile(dir.resolve("a.jsonl"), dir.resolve("b.jsonl")));
  }

  /** A FIFO at {@code p} ({@code mkfifo}); the test is skipped where the system cannot make one. */
  static Path fifo(Path p) {
    try {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(p), "mkfifo unavailable");
      return p;
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("mkfifo unavailable: " + e.getMessage());
      return p;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void dotDotAfterALinkIsResolvedByTheFileSystemNotAsText(@TempDir Path dir) throws IOException {
    // dir/a/b/c is real; dir/lnk -> a/b/c; "lnk/../../x" is dir/a/x for the system, dir/x as text
    Path c = Files.createDirectories(dir.resolve("a/b/c"));
    Path persons = Files.writeString(dir.resolve("a/persons.csv"), "x");
    Files.writeString(dir.resolve("persons.csv"), "decoy");
    Path lnk = Files.createSymbolicLink(dir.resolve("lnk"), dir.relativize(c));
    Path tricky = dir.resolve("lnk/../../persons.csv");
    assertEquals(persons.toRealPath(), OutputFile.resolve(tricky));
    assertTrue(OutputFile.sameFile(tricky, persons));
    assertFalse(OutputFile.sameFile(tricky, dir.resolve("persons.csv")));
    // a relative link whose target climbs out of a linked directory
    Path out = Files.createSymbolicLink(c.resolve("out.jsonl"), Path.of("../../persons.csv"));
    assertEquals(persons.toRealPath(), OutputFile.resolve(lnk.resolve("out.jsonl")));
    assertTrue(OutputFile.sameFile(out, persons));
    // writing there writes the file the system names
    OutputFile.write(dir.resolve("lnk/../new.jsonl"), false, "n".getBytes(StandardCharsets.UTF_8));
    assertEquals("n", Files.readString(dir.resolve("a/b/new.jsonl")));
    assertFalse(Files.exists(dir.resolve("new.jsonl")));
  }

  @Test
  void anOutputThatIsNotARegularFileIsRefusedBeforeAnythingIsCreated(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path loopA = dir.resolve("loopA");
    Files.createSymbolicLink(loopA, dir.resolve("loopB"));
    Files.createSymbolicLink(dir.resolve("loopB"), loopA);
    List<Path> refused = new java.util.ArrayList<>(List.of(sub, loopA,
        Files.createSymbolicLink(dir.resolve("toDir"), sub)));
    if (Files.exists(Path.of("/dev/null"))) {
      refused.add(Path.of("/dev/null"));
      refused.add(Files.createSymbolicLink(dir.resolve("null.jsonl"), Path.of("/dev/null")));
    }
    Path fifo = fifo(dir.resolve("pipe"));
    refused.add(fifo);
    refused.add(Files.createSymbolicLink(dir.resolve("pipe.jsonl"), fifo));
    List<String> before = names(dir);
    for (Path p : refused) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> OutputFile.open(p, true), p.toString());
      assertTrue(e.getMessage().startsWith("cannot write " + p), e.getMessage());
      assertTrue(OutputFile.targetProblem(p) != null, p.toString());
    }
    assertEquals(before, names(dir), "no lock or temporary file left");
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still a FIFO");
    assertNull(OutputFile.targetProblem(dir.resolve("absent.jsonl")));
    assertNull(OutputFile.targetProblem(Files.writeString(dir.resolve("regular.jsonl"), "x")));
    assertNull(OutputFile.targetProblem(Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("later"))));
  }

  @Test
  void privateDirectoriesAndFilesAreOwnerOnly(@TempDir Path dir) throws IOException {
    Path d = dir.resolve("pop/dmfa-xml");
    OutputFile.createDirectory(d, true);
    try (OutputStream o = OutputFile.createFile(d.resolve("a.xml"), true)) {
      o.write('x');
    }
    Path old = Files.writeString(d.resolve("b.xml"), "old");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
    try (OutputStream o = OutputFile.createFile(old, true)) {
      o.write('y');
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pop"))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d.resolve("a.xml"))));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));
    assertEquals("y", Files.readString(old));
  }

  @Test
  void writingThroughALinkReplacesTheFileItPointsTo(@TempDir Path dir) throws IOException {
    Path real = Files.writeString(dir.resolve("real.jsonl"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);
    OutputFile.write(link, false, "new".getBytes(StandardCharsets.UTF_8));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(real));
  }

  @Test
  void textFieldsRefuseNulControlAndOverlongNames() {
    assertNull(TextFields.nameProblem("Van den Bossche-Ölçer"));
    assertTrue(TextFields.nameProblem("An\u0000").contains("NUL"));
    assertTrue(TextFields.nameProblem("An\u001b[31m").contains("control"));
    assertTrue(TextFields.nameProblem("An\u0085").contains("control"));
    assertTrue(TextFields.nameProblem("x".repeat(201)).contains("200"));
    assertNull(TextFields.nameProblem("x".repeat(200)));
  }

  @Test
  void inszRunsAreMaskedInMessages() throws IOException {
    assertEquals("Unknown options: '--insz', '850730*****'", InszMasking.mask("Unknown options: '--insz', '85073003328'"));
    assertEquals("a 0123456789 b 850730***** c", InszMasking.mask("a 0123456789 b 850730033281 c"));
    java.io.StringWriter sw = new java.io.StringWriter();
    try (java.io.Writer w = InszMasking.writer(sw)) {
      w.write("insz 8507");
      w.write("3003328 done\nnext 90021514251");
    }
    assertEquals("insz 850730***** done\nnext 900215*****", sw.toString());
  }
}
