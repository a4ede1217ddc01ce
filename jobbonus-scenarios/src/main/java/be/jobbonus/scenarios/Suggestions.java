package be.jobbonus.scenarios;

import be.jobbonus.io.internal.Names;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** "Did you mean": the allowed name closest to a misspelt one, for the messages about a file. */
final class Suggestions {

  private Suggestions() {}

  /** The closest allowed name within two edits (case ignored; the first in name order on a tie), or {@code null}. */
  static String closest(String name, Set<String> allowed) {
    String best = null;
    int bestDistance = 3;
    for (String a : new TreeSet<>(allowed)) {
      int d = Names.distance(name.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = a;
        bestDistance = d;
      }
    }
    return best;
  }
}
