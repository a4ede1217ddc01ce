package be.jobbonus.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes kept in memory in blocks of {@value #BLOCK} bytes: a chunk's formatted results until they
 * are written in order. Unlike a growing array, nothing is copied as it grows and no block is
 * large enough to need contiguous heap (a G1 humongous object) in a run held in {@code -Xmx1g}.
 * Emptied ({@link #clear}) it keeps its blocks for the next chunk. Not thread-safe.
 */
final class Blocks extends OutputStream {

  static final int BLOCK = 1 << 16;

  private final List<byte[]> blocks = new ArrayList<>();
  /** Blocks in use; the last of them is filled to {@link #used}. */
  private int count;
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
    if (count == blocks.size()) {
      blocks.add(new byte[BLOCK]);
    }
    last = blocks.get(count++);
    used = 0;
  }

  /** Writes every byte to {@code out}, in order. */
  void writeTo(OutputStream out) throws IOException {
    for (int k = 0; k < count; k++) {
      byte[] b = blocks.get(k);
      out.write(b, 0, b == last ? used : BLOCK);
    }
  }

  /** Empties it, keeping its blocks to be written again. */
  void clear() {
    count = 0;
    last = null;
    used = BLOCK;
  }
}
