package be.jobbonus.io.internal;

import be.jobbonus.io.SealException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal of a results file: HMAC-SHA-256 of its exact bytes under a key the operator keeps in a
 * file, written by {@code calculate --seal-key-file} to {@code results.jsonl.seal} (64 lowercase hex
 * digits and a line end) and checked by {@code notify --seal-key-file} before anything is sent. The
 * key is never printed.
 */
public final class ResultsSeal {

  /** Shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  private final byte[] key;

  private ResultsSeal(byte[] key) {
    this.key = key;
  }

  /**
   * The key in {@code keyFile}: its bytes, without a final line end.
   *
   * <p><b>A key others can read is refused.</b> Where the file system has POSIX permissions, a key
   * file that users other than its owner and group may read or write ({@code o+r} or {@code o+w},
   * such as the 0644 a default umask gives) is refused before anything is read or written: a seal
   * proves only that whoever wrote it held the key, so with a world-readable key anyone on the
   * machine could change the results and seal them again, and notify would report "seal:
   * verified" for them. A refusal costs a {@code chmod 600}; a warning would let the false
   * assurance through. Access by the group is allowed (a team may share the key between the
   * accounts that run calculate and notify), with a warning ({@link #keyFileWarning}).
   *
   * @throws SealException when it cannot be read, others may read or write it, or it is shorter
   *     than {@value #MIN_KEY_BYTES} bytes
   */
  public static ResultsSeal fromKeyFile(Path keyFile) {
    Set<PosixFilePermission> mode = permissions(keyFile);
    if (mode != null && (mode.contains(PosixFilePermission.OTHERS_READ)
        || mode.contains(PosixFilePermission.OTHERS_WRITE))) {
      throw new SealException("--seal-key-file " + keyFile + ": other users can read or write it (mode "
          + PosixFilePermissions.toString(mode) + "); a key others can read is not a secret, and anyone on this"
          + " machine could change the results and seal them again. Make it owner-only: chmod 600 " + keyFile);
    }
    byte[] b;
    try {
      b = Files.readAllBytes(keyFile);
    } catch (IOException e) {
      throw new SealException("--seal-key-file " + keyFile + ": cannot be read (" + LineSource.describe(e) + ")");
    }
    int n = b.length;
    while (n > 0 && (b[n - 1] == '\n' || b[n - 1] == '\r')) {
      n--;
    }
    if (n < MIN_KEY_BYTES) {
      throw new SealException("--seal-key-file " + keyFile + ": the key must be at least " + MIN_KEY_BYTES
          + " bytes (for example: openssl rand -hex 32 > " + keyFile.getFileName() + ")");
    }
    return new ResultsSeal(Arrays.copyOf(b, n));
  }

  /**
   * A warning for a key file its group may read or write (allowed, see {@link #fromKeyFile}), or
   * {@code null}.
   */
  public static String keyFileWarning(Path keyFile) {
    Set<PosixFilePermission> mode = permissions(keyFile);
    if (mode != null && (mode.contains(PosixFilePermission.GROUP_READ)
        || mode.contains(PosixFilePermission.GROUP_WRITE))) {
      return "--seal-key-file " + keyFile + " can be read or written by its group (mode "
          + PosixFilePermissions.toString(mode) + "): everyone in the group can seal results; chmod 600 "
          + keyFile + " unless the group is meant to share the key";
    }
    return null;
  }

  /** The POSIX permissions of {@code file} (links followed), or {@code null} where there are none. */
  private static Set<PosixFilePermission> permissions(Path file) {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException | IOException e) {
      return null; // not a POSIX file system, or unreadable: reading the key says why
    }
  }

  /** The seal file of {@code results}: {@code results.jsonl.seal} beside it. */
  public static Path sealFile(Path results) {
    return results.resolveSibling(results.getFileName().toString() + ".seal");
  }

  /** A fresh MAC under this key. */
  public Mac mac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The text of a seal file for a finished MAC. */
  public static String sealText(Mac mac) {
    return HexFormat.of().formatHex(mac.doFinal()) + "\n";
  }

  /** {@code out} with every byte written also fed to {@code mac}. */
  public static OutputStream tap(OutputStream out, Mac mac) {
    return new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        mac.update((byte) b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        mac.update(b, off, len);
      }
    };
  }

  /** {@code in} with every byte read also fed to {@code mac}. */
  public static InputStream tap(InputStream in, Mac mac) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          mac.update((byte) b);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
          mac.update(b, off, n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        throw new IOException("skip is not supported on a sealed stream");
      }

      @Override
      public boolean markSupported() {
        return false;
      }
    };
  }

  /**
   * The MAC recorded in {@code sealFile}.
   *
   * @throws SealException when it is missing or not a seal
   */
  public static byte[] readSeal(Path results) {
    Path sealFile = sealFile(results);
    String text;
    try {
      text = Files.readString(sealFile, StandardCharsets.US_ASCII).strip();
    } catch (NoSuchFileException e) {
      throw new SealException(results + " has no seal (" + sealFile.getFileName() + "): it was not written by "
          + "'jobbonus calculate --seal-key-file'; nothing was sent");
    } catch (IOException e) {
      throw new SealException("cannot read the seal " + sealFile + " (" + LineSource.describe(e) + "); nothing was sent");
    }
    if (!text.matches("[0-9a-f]{64}")) {
      throw new SealException("the seal " + sealFile + " is not a seal (64 hex digits); nothing was sent");
    }
    return HexFormat.of().parseHex(text);
  }

  /**
   * Checks a finished MAC against the recorded one.
   *
   * @throws SealException when they differ
   */
  public static void verify(Path results, byte[] recorded, Mac computed) {
    if (!MessageDigest.isEqual(recorded, computed.doFinal())) {
      throw new SealException("the seal of " + results + " does not verify: the file was changed after calculate, "
          + "or the key is not the one calculate used; nothing was sent");
    }
  }
}
