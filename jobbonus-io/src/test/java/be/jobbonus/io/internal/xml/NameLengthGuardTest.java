package be.jobbonus.io.internal.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link NameLengthGuard}: the limit on every kind of name, whatever the blocks the bytes come in. */
class NameLengthGuardTest {

  private static final int MAX = 8;

  /** Reads {@code text} through the guard in blocks of random sizes; true when refused. */
  private static boolean refused(String text, long seed) throws IOException {
    Random random = new Random(seed);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (InputStream in = new NameLengthGuard(new ByteArrayInputStream(bytes), MAX)) {
      byte[] buf = new byte[32];
      int total = 0;
      while (true) {
        int n = random.nextInt(4) == 0 ? (in.read() < 0 ? -1 : 1) : in.read(buf, 0, 1 + random.nextInt(buf.length));
        if (n < 0) {
          break;
        }
        total += n;
      }
      assertEquals(bytes.length, total);
      return false;
    } catch (NameLengthGuard.NameTooLongException e) {
      return true;
    }
  }

  private static void check(boolean expected, String text) throws IOException {
    for (long seed = 0; seed < 40; seed++) {
      assertEquals(expected, refused(text, seed), text + " (seed " + seed + ")");
    }
  }

  @Test
  void namesUpToTheLimitPass() throws IOException {
    check(false, "<?xml version=\"1.0\"?><!-- a comment longer than eight --><Abcdefgh a-2.x:y='v v v v v v v'"
        + " b1234567=\"<Abcdefghijkl>\">text without any name limit at all</Abcdefgh><a/><é123456/>");
  }

  @Test
  void aNameOverTheLimitIsRefusedWherever() throws IOException {
    check(true, "<Abcdefghi>x</Abcdefghi>"); // element
    check(true, "<A>x</Abcdefghi>"); // end tag
    check(true, "<A abcdefghi=\"1\"/>"); // attribute
    check(true, "<A b=\"1\" abcdefghi='2'/>"); // after a quoted value
    check(true, "<A12345678/>"); // digits count
    check(true, "<Aé2345678/>"); // as do non-ASCII bytes (é is two)
    check(true, "text <Abc:defghi/>");
  }

  /** Long runs at every alignment, read in large blocks (the eight-bytes-at-a-time scans). */
  @Test
  void longRunsAtEveryAlignment() throws IOException {
    for (int pad = 0; pad < 9; pad++) {
      String text = "t".repeat(pad) + "é<!-- x -->" + "text ".repeat(20);
      for (int len = 250; len <= 260; len++) {
        String name = "N" + "é".repeat(pad % 3) + "a-1:".repeat((len - 1 - 2 * (pad % 3)) / 4);
        name += "b".repeat(len - name.getBytes(StandardCharsets.UTF_8).length);
        String doc = text + "<R>" + text + "<" + name + " x=\"" + text + "\">" + text + "</" + name + "></R>";
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        boolean refused;
        try (InputStream in = new NameLengthGuard(new ByteArrayInputStream(bytes), 256)) {
          byte[] buf = new byte[4096];
          while (in.read(buf, 0, buf.length) >= 0) {
            // read to the end
          }
          refused = false;
        } catch (NameLengthGuard.NameTooLongException e) {
          refused = true;
        }
        assertEquals(len > 256, refused, "name of " + len + " bytes, pad " + pad);
      }
    }
  }

  @Test
  void aRunOfLettersInTextOrValuesIsNotAName() throws IOException {
    check(false, "<A>abcdefghijklmnopqrstuvwxyz</A><B c=\"abcdefghijklmnopqrstuvwxyz\"/>");
  }
}
