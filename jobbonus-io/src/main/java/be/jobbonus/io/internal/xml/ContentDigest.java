package be.jobbonus.io.internal.xml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 of a declaration's content as the reader buffered it (the values it read, in
 * document order, and the faults it found), fed from the primitives already in memory when the
 * document ends: no second pass over the bytes. Two declarations with the same digest hold the
 * same persons, worker records, occupations, services, remunerations and faults; the form's
 * creation date, hour and reference are not part of it (the reader does not keep them). Not
 * thread-safe; one per reader.
 */
final class ContentDigest {

  private final MessageDigest sha;
  private final byte[] buf = new byte[8192];
  private int n;

  ContentDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  void reset() {
    sha.reset();
    n = 0;
  }

  void putLong(long v) {
    if (n + 8 > buf.length) {
      drain();
    }
    for (int i = 56; i >= 0; i -= 8) {
      buf[n++] = (byte) (v >>> i);
    }
  }

  /** Four bytes: every value is fed at a fixed width for its place, so the feed stays unambiguous. */
  void putInt(int v) {
    if (n + 4 > buf.length) {
      drain();
    }
    buf[n++] = (byte) (v >>> 24);
    buf[n++] = (byte) (v >>> 16);
    buf[n++] = (byte) (v >>> 8);
    buf[n++] = (byte) v;
  }

  /** A text (a fault's field and reason), length first. */
  void putText(String s) {
    if (s == null) {
      putLong(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    putLong(b.length);
    drain();
    sha.update(b);
  }

  private void drain() {
    sha.update(buf, 0, n);
    n = 0;
  }

  /** The first 128 bits of the digest, as two longs: {@code [high, low]}; resets. */
  long[] finish() {
    drain();
    byte[] d = sha.digest();
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = hi << 8 | (d[i] & 0xFF);
      lo = lo << 8 | (d[i + 8] & 0xFF);
    }
    return new long[] {hi, lo};
  }
}
