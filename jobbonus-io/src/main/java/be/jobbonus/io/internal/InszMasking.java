package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import java.io.IOException;
import java.io.Writer;

/**
 * Masks every INSZ in a message: each run of 11 or more digits becomes its first six digits and
 * {@code *****} ({@link Insz#mask}), whatever the text around it. For messages that may echo user
 * input (picocli's "Unknown options", scenario problems, stack traces with {@code --debug}).
 */
public final class InszMasking {

  private InszMasking() {}

  /** {@code text} with every run of 11 or more digits masked; {@code null} stays {@code null}. */
  public static String mask(CharSequence text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        if (j - i >= 11) {
          if (b == null) {
            b = new StringBuilder(n).append(text, 0, i);
          }
          b.append(Insz.mask(text.subSequence(i, j)));
        } else if (b != null) {
          b.append(text, i, j);
        }
        i = j;
      } else {
        if (b != null) {
          b.append(c);
        }
        i++;
      }
    }
    return b == null ? text.toString() : b.toString();
  }

  /**
   * A writer that masks what it passes on to {@code out}, a line at a time (so that a number written
   * in pieces is still seen whole); {@link Writer#flush} passes on the part line too.
   */
  public static Writer writer(Writer out) {
    return new Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
          for (int k = off; k < off + len; k++) {
            char c = cbuf[k];
            line.append(c);
            if (c == '\n') {
              out.write(mask(line));
              line.setLength(0);
            }
          }
        }
      }

      @Override
      public void flush() throws IOException {
        synchronized (lock) {
          if (line.length() > 0) {
            out.write(mask(line));
            line.setLength(0);
          }
          out.flush();
        }
      }

      @Override
      public void close() throws IOException {
        flush();
        out.close();
      }
    };
  }
}
