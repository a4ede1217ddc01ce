package be.jobbonus.io.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * JSON string content as bytes, exactly as Jackson's JSON writer writes it: quote and backslash
 * escaped, U+0000-U+001F as {@code \b \t \n \f \r} or {@code \\u00XX}, everything else as UTF-8
 * (a test compares every character with Jackson). A lone surrogate, which strict UTF-8 input cannot
 * produce, is written as '?'. The one escaper of the writers that write bytes themselves.
 */
public final class JsonText {

  /** How the JSON writer writes the control characters U+0000-U+001F. */
  private static final String[] CONTROL_ESCAPES = new String[0x20];

  static {
    for (int c = 0; c < 0x20; c++) {
      CONTROL_ESCAPES[c] = String.format(Locale.ROOT, "\\u%04X", c);
    }
    CONTROL_ESCAPES['\b'] = "\\b";
    CONTROL_ESCAPES['\t'] = "\\t";
    CONTROL_ESCAPES['\n'] = "\\n";
    CONTROL_ESCAPES['\f'] = "\\f";
    CONTROL_ESCAPES['\r'] = "\\r";
  }

  private JsonText() {}

  /** Writes {@code s} into {@code dst} at {@code pos} (room for 6 bytes a char); returns the end. */
  public static int encode(String s, byte[] dst, int pos) {
    int n = pos;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < 0x80) {
        if (c < 0x20) {
          String e = CONTROL_ESCAPES[c];
          for (int j = 0; j < e.length(); j++) {
            dst[n++] = (byte) e.charAt(j);
          }
          continue;
        }
        if (c == '"' || c == '\\') {
          dst[n++] = '\\';
        }
        dst[n++] = (byte) c;
      } else if (c < 0x800) {
        dst[n++] = (byte) (0xC0 | (c >> 6));
        dst[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++k));
          dst[n++] = (byte) (0xF0 | (cp >> 18));
          dst[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          dst[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          dst[n++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          dst[n++] = '?';
        }
      } else {
        dst[n++] = (byte) (0xE0 | (c >> 12));
        dst[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        dst[n++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return n;
  }

  /** {@code s} as JSON string content (UTF-8 bytes, without quotes). */
  public static byte[] bytes(String s) {
    byte[] b = new byte[s.length() * 6];
    return Arrays.copyOf(b, encode(s, b, 0));
  }

  /** {@code s} as JSON string content, as text. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(CONTROL_ESCAPES[c]);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
