package be.jobbonus.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes kept in memory in blocks of {@value #BLOCK} bytes: a chunk's formatted results until they
 * are written in order. Unlike a growing array, nothing is copied as it grows and no block is
 * large enough to need contiguous heap (a G1 humongous object) in a run held in {@code -Xmx1g}.
 */
final class Blocks extends OutputStream {

  static final int BLOCK = 1 << 16;

  private final List<byte[]> blocks = new ArrayList<>();
  private byte[] last;
  private int used = BLOCK;

  @Override
  public void write(int b) {
    if (used == BLOCK) {
      next();
    }
    last[used++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    while (len > 0) {
      if (used == BLOCK) {
        next();
      }
      int n = Math.min(len, BLOCK - used);
      System.arraycopy(b, off, last, used, n);
      used += n;
      off += n;
      len -= n;
    }
  }

  private void next() {
    last = new byte[BLOCK];
    blocks.add(last);
    used = 0;
  }

  /** Writes every byte to {@code out}, in order. */
  void writeTo(OutputStream out) throws IOException {
    for (byte[] b : blocks) {
      out.write(b, 0, b == last ? used : BLOCK);
    }
  }
}
