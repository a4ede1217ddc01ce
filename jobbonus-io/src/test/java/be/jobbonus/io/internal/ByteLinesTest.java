package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ByteLines} and {@link LineSource} split and decode lines as a plain split on {@code \\n} does. */
class ByteLinesTest {

  @TempDir
  Path dir;

  /** The line count sizing the persons' columns: every {@code \n}, and a last line without one. */
  @Test
  void countsLinesAsASplitOnNewlinesDoes() throws IOException {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      byte[] b = new byte[round == 0 ? 0 : random.nextInt(round < 197 ? 300 : 3_000_000)]; // a few over the 1 MiB buffer
      for (int i = 0; i < b.length; i++) {
        int r = random.nextInt(30);
        b[i] = (byte) (r == 0 ? '\n' : r == 1 ? 0x8A : r == 2 ? 0x0B : r == 3 ? 0 : 'a' + random.nextInt(26));
      }
      Path f = dir.resolve("count.csv");
      Files.write(f, b);
      long expected = 0;
      for (byte x : b) {
        expected += x == '\n' ? 1 : 0;
      }
      if (b.length > 0 && b[b.length - 1] != '\n') {
        expected++;
      }
      assertEquals(expected, ByteLines.count(f), "round " + round);
    }
    assertEquals(-1, ByteLines.count(dir.resolve("absent.csv")));
  }

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
  void linesAreThoseOfAPlainSplit() throws IOException {
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
      List<RawLine> expected = plainSplit(out.toByteArray());
      List<RawLine> actual = new ArrayList<>();
      try (ByteLines b = ByteLines.open(f)) {
        while (b.next()) {
          actual.add(b.tooLong() ? LineSource.tooLong(b.number()) : LineSource.decode(b.buffer(), b.start(), b.length(), b.number()));
        }
        assertFalse(b.next());
      }
      assertEquals(expected, actual, "round " + round);
      List<RawLine> text = new ArrayList<>();
      try (LineSource src = LineSource.open(f)) {
        while (src.hasNext()) {
          text.add(src.next());
        }
      }
      assertEquals(expected, text, "round " + round);
    }
  }

  @Test
  void aLineOverTheLimitHoldingACarriageReturnKeepsNoHead() throws IOException {
    String record = "{\"insz\":\"85073003328\",\"quarter\":\"2024Q1\"}";
    String filler = "x".repeat(LineSource.MAX_LINE_BYTES + 10);
    String[] cases = {record + filler + "\r\n", record + filler + "\n", record + "\r" + filler + "\n",
      record + filler + "\r" + record + "\n", record + filler + "\r" + record, record + filler + "\r\r\n"};
    boolean[] head = {true, true, false, false, false, false};
    for (int k = 0; k < cases.length; k++) {
      Path f = dir.resolve("long" + k);
      Files.writeString(f, cases[k] + "{}\n");
      try (ByteLines b = ByteLines.open(f)) {
        assertTrue(b.next());
        assertTrue(b.tooLong());
        assertEquals(head[k] ? ByteLines.HEAD : 0, b.headLength(), "case " + k);
        if (cases[k].endsWith("\n")) {
          assertTrue(b.next());
          assertEquals(2, b.number());
        }
        assertFalse(b.next());
      }
    }
  }

  /** The oracle: split on every newline, drop a final empty piece, then decode each piece. */
  private static List<RawLine> plainSplit(byte[] all) {
    List<RawLine> out = new ArrayList<>();
    int from = 0;
    long number = 0;
    while (from < all.length) {
      int nl = from;
      while (nl < all.length && all[nl] != '\n') {
        nl++;
      }
      number++;
      int len = nl - from;
      if (len > LineSource.MAX_LINE_BYTES) {
        out.add(new RawLine(number, null, "line longer than " + LineSource.MAX_LINE_BYTES + " bytes; one record per line"));
      } else {
        int s = from;
        int e = nl;
        if (e > s && all[e - 1] == '\r') {
          e--;
        }
        if (number == 1 && e - s >= 3 && (all[s] & 0xFF) == 0xEF && (all[s + 1] & 0xFF) == 0xBB && (all[s + 2] & 0xFF) == 0xBF) {
          s += 3;
        }
        try {
          String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
              .decode(java.nio.ByteBuffer.wrap(all, s, e - s)).toString();
          out.add(new RawLine(number, text, null));
        } catch (java.nio.charset.CharacterCodingException x) {
          out.add(new RawLine(number, null, "not valid UTF-8; save the file as UTF-8"));
        }
      }
      from = nl + 1;
    }
    return out;
  }
}
