package be.jobbonus.io.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import be.jobbonus.io.LineSource;
import be.jobbonus.io.RawLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ByteLines} splits and decodes lines exactly as {@link LineSource}. */
class ByteLinesTest {

  @TempDir
  Path dir;

  @Test
  void newlineSearchAndAsciiCheckAgreeWithByteLoops() {
    Random random = new Random(1);
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        int r = random.nextInt(20);
        b[i] = (byte) (r == 0 ? '\n' : r == 1 ? 0x80 | random.nextInt(128) : r == 2 ? 0x0B : 'a' + random.nextInt(26));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length);
      int to = from + (b.length == from ? 0 : random.nextInt(b.length - from + 1));
      int expected = -1;
      boolean ascii = true;
      for (int i = from; i < to; i++) {
        if (expected < 0 && b[i] == '\n') {
          expected = i;
        }
        ascii &= b[i] >= 0;
      }
      assertEquals(expected, ByteLines.indexOfNewline(b, from, to));
      assertEquals(ascii, LineSource.ascii(b, from, to));
    }
  }

  @Test
  void linesAreTheLineSourceLines() throws IOException {
    Random random = new Random(2);
    for (int round = 0; round < 30; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (round % 3 == 0) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      int lines = random.nextInt(200);
      for (int l = 0; l < lines; l++) {
        int kind = random.nextInt(30);
        int len = kind == 0 ? LineSource.MAX_LINE_BYTES - 1 + random.nextInt(3) : kind == 1 ? 3_000_000 : random.nextInt(300);
        for (int i = 0; i < len; i++) {
          int r = random.nextInt(100);
          out.write(r == 0 ? 0xC3 : r == 1 ? '\r' : 'a' + r % 26);
        }
        if (random.nextInt(10) == 0) {
          out.write('\r');
        }
        if (l < lines - 1 || random.nextBoolean()) {
          out.write('\n');
        }
      }
      Path f = dir.resolve("f" + round);
      Files.write(f, out.toByteArray());
      List<RawLine> expected = new ArrayList<>();
      try (LineSource src = LineSource.open(f)) {
        while (src.hasNext()) {
          expected.add(src.next());
        }
      }
      List<RawLine> actual = new ArrayList<>();
      try (ByteLines b = ByteLines.open(f)) {
        while (b.next()) {
          actual.add(b.tooLong() ? LineSource.tooLong(b.number()) : LineSource.decode(b.buffer(), b.start(), b.length(), b.number()));
        }
        assertFalse(b.next());
      }
      assertEquals(expected, actual, "round " + round);
    }
  }
}
