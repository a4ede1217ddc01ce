package be.jobbonus.io.internal.declarations;

import be.jobbonus.io.internal.xml.DmfaXmlReader.Declared;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run does with each declaration file, decided once every file is read (docs/dmfa.md §13):
 *
 * <ul>
 *   <li>A declaration's identity is the employer and the quarter: its RSZ (NOSS) number, or its
 *       enterprise number when the RSZ number is 0, and {@code Quarter}.
 *   <li>A second declaration with the same identity and the same content (everything the reader
 *       reads: persons, worker records, occupations, services, remunerations, and its faults; not
 *       the form's creation date, hour and reference) is the same declaration received again: it
 *       is read once, the first in the order given, with a notice naming both files.
 *   <li>Two or more declarations with the same identity and different content, none of which
 *       corrects another, are different originals: nobody can tell which one is right, so every
 *       person they hold is held (refused, the reason naming the files).
 *   <li>A declaration of a quarter outside the reference year is skipped with a notice: it
 *       concerns another year, and its persons are computed from their other declarations.
 * </ul>
 *
 * Files refused whole by the reader (not read as a declaration) take no part. Immutable once
 * built; its answers may be read on several threads.
 */
public final class DeclarationSet {

  /** Notices of one kind printed one by one; beyond, a count. */
  static final int NOTICES_PER_KIND = 20;

  private final List<String> names;
  /** Per file: the file it repeats (read once), or -1. */
  private final int[] duplicateOf;
  /** Per file: the reason that holds its persons (different originals), or null. */
  private final String[] conflict;
  private final boolean[] otherYear;
  private final List<String> notices = new ArrayList<>();

  private DeclarationSet(List<String> names) {
    this.names = names;
    this.duplicateOf = new int[names.size()];
    this.conflict = new String[names.size()];
    this.otherYear = new boolean[names.size()];
    java.util.Arrays.fill(duplicateOf, -1);
  }

  /**
   * The rules over {@code declared} (per file, in the order given; {@link Declared#NONE} for a
   * file refused whole), the files named by {@code names} in notices and reasons.
   *
   * @param referenceYear the run's year, for the notices of other years
   */
  public static DeclarationSet of(List<String> names, List<Declared> declared, int referenceYear) {
    if (names.size() != declared.size()) {
      throw new IllegalArgumentException("one name per declaration");
    }
    DeclarationSet s = new DeclarationSet(List.copyOf(names));
    Map<Identity, List<Integer>> byIdentity = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (int f = 0; f < declared.size(); f++) {
      Declared d = Objects.requireNonNull(declared.get(f), "declared");
      if (!d.read()) {
        continue;
      }
      if (d.otherYear()) {
        s.otherYear[f] = true;
        skipped.add(Texts.otherYear(names.get(f), d.quarter(), referenceYear));
        continue;
      }
      byIdentity.computeIfAbsent(Identity.of(d), k -> new ArrayList<>(1)).add(f);
    }
    List<String> duplicates = new ArrayList<>();
    for (Map.Entry<Identity, List<Integer>> e : byIdentity.entrySet()) {
      List<Integer> files = e.getValue();
      if (files.size() == 1) {
        continue;
      }
      List<Integer> distinct = new ArrayList<>();
      for (int f : files) {
        int same = -1;
        for (int k : distinct) {
          if (declared.get(k).sameContent(declared.get(f))) {
            same = k;
            break;
          }
        }
        if (same >= 0) {
          s.duplicateOf[f] = same;
          duplicates.add(Texts.duplicate(names.get(f), names.get(same), e.getKey()));
        } else {
          distinct.add(f);
        }
      }
      if (distinct.size() > 1) {
        List<String> those = new ArrayList<>();
        for (int f : distinct) {
          those.add(names.get(f));
        }
        String reason = Texts.differentOriginals(those, e.getKey());
        for (int f : distinct) {
          s.conflict[f] = reason;
        }
      }
    }
    s.notices.addAll(Texts.capped(duplicates, NOTICES_PER_KIND, "declarations received twice read once"));
    s.notices.addAll(Texts.capped(skipped, NOTICES_PER_KIND, "declarations of other years skipped"));
    return s;
  }

  /** Whether file {@code f}'s records are left out: a declaration received again, or of another year. */
  public boolean skipped(int f) {
    return duplicateOf[f] >= 0 || otherYear[f];
  }

  /** The file that file {@code f} repeats, or -1. */
  public int duplicateOf(int f) {
    return duplicateOf[f];
  }

  /** Whether file {@code f} is a declaration of another year (skipped). */
  public boolean otherYear(int f) {
    return otherYear[f];
  }

  /** Why the persons of file {@code f} are held (different originals for one identity), or null. */
  public String conflict(int f) {
    return conflict[f];
  }

  /** Whether some file's persons are held ({@link #conflict}). */
  public boolean anyConflict() {
    for (String c : conflict) {
      if (c != null) {
        return true;
      }
    }
    return false;
  }

  /** The notices for standard error, in the order of the files: no personal data. */
  public List<String> notices() {
    return List.copyOf(notices);
  }

  /** How many files there are. */
  public int size() {
    return names.size();
  }

  /**
   * A declaration's identity: the quarter and the employer, by its RSZ number ({@code noss} ≥ 1),
   * else by its enterprise number.
   */
  record Identity(int quarter, boolean byNoss, long number) {
    static Identity of(Declared d) {
      return d.noss() > 0 ? new Identity(d.quarter(), true, d.noss()) : new Identity(d.quarter(), false, d.companyId());
    }

    /** {@code the employer with RSZ number 123456789, 2024Q3}: no personal data. */
    String describe() {
      return "employer " + (byNoss ? "RSZ number " + Texts.pad(number, 9) : "enterprise number " + Texts.pad(number, 10))
          + ", " + quarter / 10 + "Q" + quarter % 10;
    }
  }
}
