package be.jobbonus.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An enum's constant names as ASCII bytes, for the quick line readers ({@link PersonsCsv.Plain},
 * {@link QuartersCsv#scan}) to find which constant a field names without making a string.
 */
final class ConstantNames {

  private final byte[][] names;

  ConstantNames(Enum<?>[] constants) {
    names = new byte[constants.length][];
    for (int k = 0; k < constants.length; k++) {
      names[k] = constants[k].name().getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** The ordinal of the constant named exactly {@code b[s..e)}, or -1. */
  int of(byte[] b, int s, int e) {
    for (int k = 0; k < names.length; k++) {
      if (Arrays.equals(names[k], 0, names[k].length, b, s, e)) {
        return k;
      }
    }
    return -1;
  }
}
