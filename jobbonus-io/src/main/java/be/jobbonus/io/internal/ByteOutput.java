package be.jobbonus.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The byte buffer of a results writer ({@link ResultsJson}, {@link ResultsCsv}) and the one way
 * they write numbers: an INSZ's 11 digits, whole numbers, cents as euro with two decimals, a work
 * fraction with at least two decimals. Written to the stream in blocks of 64 KiB. Not
 * thread-safe.
 */
abstract class ByteOutput implements Closeable {

  private final OutputStream out;
  private final String fileName;
  byte[] buf = new byte[1 << 16];
  int n;

  /** @param fileName the file's name, for write errors */
  ByteOutput(OutputStream out, String fileName) {
    this.out = out;
    this.fileName = fileName;
  }

  final void ensure(int room) {
    if (buf.length - n < room) {
      flushBuffer();
      if (buf.length < room) {
        buf = new byte[room];
      }
    }
  }

  final void put(byte[] b) {
    put(b, 0, b.length);
  }

  final void put(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, n, len);
    n += len;
  }

  /** {@link #put} into room already {@link #ensure}d: for the short constant parts of a line. */
  final void add(byte[] b) {
    System.arraycopy(b, 0, buf, n, b.length);
    n += b.length;
  }

  /** {@link #put} into room already {@link #ensure}d. */
  final void add(byte[] b, int off, int len) {
    System.arraycopy(b, off, buf, n, len);
    n += len;
  }

  /** "00" to "99": the two digits of every number below 100, to write numbers two digits at a time. */
  static final byte[] PAIRS = new byte[200];

  static {
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  /** The 11 digits of an INSZ number, with its leading zeros. */
  final void inszDigits(long v) {
    digits(buf, n, n + 11, v);
    n += 11;
  }

  /** A non-negative whole number in decimal. */
  final void decimal(long v) {
    n = decimal(buf, n, v);
  }

  /** Writes the non-negative {@code v} in decimal into {@code out} at {@code at}; returns the index after it. */
  static int decimal(byte[] out, int at, long v) {
    int count = 1;
    for (long p = 10; count < 19 && v >= p; p *= 10) {
      count++;
    }
    digits(out, at, at + count, v);
    return at + count;
  }

  /** {@code v} (non-negative) in decimal in {@code out[at..end)}, leading zeros filling the width; two digits at a time. */
  static void digits(byte[] out, int at, int end, long v) {
    int k = end;
    for (; v > Integer.MAX_VALUE; v /= 10) { // only for numbers beyond 2^31 - 1
      out[--k] = (byte) ('0' + v % 10);
    }
    int x = (int) v;
    for (; k - at >= 2; x /= 100) {
      int r = x % 100 * 2;
      out[--k] = PAIRS[r + 1];
      out[--k] = PAIRS[r];
    }
    if (k > at) {
      out[--k] = (byte) ('0' + x);
    }
  }

  /** Cents as {@link be.jobbonus.core.Euro#format}: 5 -> 0.05, 123456 -> 1234.56 (never negative here). */
  final void cents(long c) {
    long euros = c / 100;
    decimal(euros);
    int f = (int) (c - euros * 100) * 2;
    buf[n++] = '.';
    buf[n++] = PAIRS[f];
    buf[n++] = PAIRS[f + 1];
  }

  /** A work fraction in ten-thousandths with at least two decimals: 8000 -> 0.80, 7725 -> 0.7725. */
  final void workFraction(int m) {
    buf[n++] = (byte) ('0' + m / 10_000);
    buf[n++] = '.';
    int f = m % 10_000;
    buf[n++] = (byte) ('0' + f / 1000);
    buf[n++] = (byte) ('0' + f / 100 % 10);
    if (f % 100 != 0) {
      buf[n++] = (byte) ('0' + f / 10 % 10);
      if (f % 10 != 0) {
        buf[n++] = (byte) ('0' + f % 10);
      }
    }
  }

  final void flushBuffer() {
    try {
      out.write(buf, 0, n);
      n = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + fileName + ": " + LineSource.describe(e), e);
    }
  }

  /** Writes what is buffered to the stream (does not close it). */
  public void flush() {
    flushBuffer();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + fileName + ": " + LineSource.describe(e), e);
    }
  }

  @Override
  public void close() {
    flush();
  }
}
