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
