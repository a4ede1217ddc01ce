package be.jobbonus.io.internal;

import java.util.List;

/** Line numbers in messages. */
public final class Lines {
  private Lines() {}

  /** {@code 3}, {@code 3 and 5}, {@code 3, 5 and 7}. */
  public static String join(List<Long> lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      b.append(i == 0 ? "" : i == lines.size() - 1 ? " and " : ", ").append(lines.get(i));
    }
    return b.toString();
  }
}
