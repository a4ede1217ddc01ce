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

  static String pidMessage(String file) {
    return "note: " + file + " is a DmfAPID message (the numbers the social security gave a declaration; no wages or"
        + " days): skipped";
  }

  static String withoutOriginal(String update, DeclarationSet.Identity id) {
    return update + " is a correction (DmfAUpdate) of the declaration of " + id.describe()
        + ", whose original is not among the declarations read: what it corrects cannot be told, so this person is"
        + " held; add the original declaration (or give the corrected declaration as a whole original) and rerun";
  }

  static String ofDifferentOriginals(String update, String originalsReason) {
    return update + " corrects a declaration of which there are different originals (" + originalsReason + ")";
  }

  static String differentPids(List<String> updates, DeclarationSet.Identity id) {
    return join(updates) + " are corrections of the same " + id.describe()
        + " that name different declarations: which one corrects the original read cannot be told, so this person"
        + " is held; keep the corrections of the declaration read and rerun";
  }

  static String sameCreation(List<String> updates, DeclarationSet.Identity id, String created) {
    return join(updates) + " are different corrections of the same " + id.describe() + " made at the same form"
        + " creation date and hour (" + created + "): the order in which they apply cannot be told, so this person is"
        + " held; ask the employer which one came last and rerun with it";
  }

  static String mismatch(String update, DeclarationSet.Identity id, String what) {
    return update + " does not match the declaration it corrects (" + id.describe() + "): " + what
        + "; so this person is held: check that every correction of this declaration was given, in full, and rerun";
  }

  static String applied(String update, String original, DeclarationSet.Identity id, String created, int[] counts) {
    return "note: " + update + " corrects " + original + " (" + id.describe() + "; form created " + created + "): "
        + "worker records " + counts[1] + " modified, " + counts[0] + " deleted, " + counts[3] + " created, "
        + counts[9] + " unchanged";
  }

  /** A correction applied, in a run over one person's records ({@code explain}): no counts. */
  static String appliedTo(String update, String original, DeclarationSet.Identity id, String created) {
    return "note: " + update + " corrects " + original + " (" + id.describe() + "; form created " + created + ")";
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
