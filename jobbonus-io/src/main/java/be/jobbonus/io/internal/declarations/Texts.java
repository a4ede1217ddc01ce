package be.jobbonus.io.internal.declarations;

import java.util.ArrayList;
import java.util.List;

/** The notices and reasons of the declaration rules; no personal data (file names, employer numbers, quarters). */
final class Texts {

  private Texts() {}

  static String duplicate(String again, String first, DeclarationSet.Identity id) {
    return "note: " + again + " is the same declaration as " + first + " (" + id.describe()
        + "; the same content apart from the form's creation date, hour and reference): read once";
  }

  static String otherYear(String file, int quarter, int referenceYear) {
    return "note: " + file + " is the declaration of " + quarter / 10 + "Q" + quarter % 10
        + ", outside reference year " + referenceYear + ": skipped (it concerns another year)";
  }

  /** The reason of every occupation of persons held by different originals. */
  static String differentOriginals(List<String> files, DeclarationSet.Identity id) {
    return join(files) + " are different original declarations of the same " + id.describe()
        + " and no correction links them: nobody can tell which one is right, so this person is held;"
        + " keep the declaration that is right (or send the change as a correction, DmfAUpdate) and rerun";
  }

  /** The first {@code max} notices, then one line counting the rest. */
  static List<String> capped(List<String> notices, int max, String what) {
    if (notices.size() <= max) {
      return notices;
    }
    List<String> out = new ArrayList<>(notices.subList(0, max));
    out.add("note: ... and " + (notices.size() - max) + " more " + what);
    return out;
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String join(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      b.append(i == 0 ? "" : i == names.size() - 1 ? " and " : ", ").append(names.get(i));
    }
    return b.toString();
  }

  static String pad(long v, int width) {
    String s = Long.toString(v);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
