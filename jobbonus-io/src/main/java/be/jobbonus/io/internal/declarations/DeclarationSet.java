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
 *   <li>A correction ({@code DmfAUpdate}) corrects the original of its identity: the corrections
 *       of one declaration, all naming the same {@code EmployerDeclarationPID}, follow its
 *       original in the order of their form's creation date and hour ({@link #chain}). A
 *       correction without its original, of different originals, naming another PID than the
 *       others, or made at the same date and hour as another one holds the persons it concerns
 *       ({@link #conflict}). What each correction does to each worker record is {@link
 *       Corrections}'.
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
  /** Per file: the original and its corrections in the order they apply, when the file is in such a chain; else null. */
  private final int[][] chain;
  private final List<Declared> declared;
  private final List<String> notices = new ArrayList<>();

  private DeclarationSet(List<String> names, List<Declared> declared) {
    this.names = names;
    this.declared = declared;
    this.duplicateOf = new int[names.size()];
    this.conflict = new String[names.size()];
    this.otherYear = new boolean[names.size()];
    this.chain = new int[names.size()][];
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
    DeclarationSet s = new DeclarationSet(List.copyOf(names), List.copyOf(declared));
    Map<Identity, List<Integer>> byIdentity = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    List<String> pidMessages = new ArrayList<>();
    for (int f = 0; f < declared.size(); f++) {
      Declared d = Objects.requireNonNull(declared.get(f), "declared");
      if (d == Declared.PID_MESSAGE) {
        pidMessages.add(Texts.pidMessage(names.get(f)));
        continue;
      }
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
      if (files.size() == 1 && !declared.get(files.get(0)).update()) {
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
      List<Integer> originals = new ArrayList<>();
      List<Integer> updates = new ArrayList<>();
      for (int f : distinct) {
        (declared.get(f).update() ? updates : originals).add(f);
      }
      if (originals.size() > 1) {
        List<String> those = new ArrayList<>();
        for (int f : originals) {
          those.add(names.get(f));
        }
        String reason = Texts.differentOriginals(those, e.getKey());
        for (int f : originals) {
          s.conflict[f] = reason;
        }
      }
      if (!updates.isEmpty()) {
        s.corrections(e.getKey(), originals, updates);
      }
    }
    s.notices.addAll(Texts.capped(duplicates, NOTICES_PER_KIND, "declarations received twice read once"));
    s.notices.addAll(Texts.capped(skipped, NOTICES_PER_KIND, "declarations of other years skipped"));
    s.notices.addAll(Texts.capped(pidMessages, NOTICES_PER_KIND, "DmfAPID messages skipped"));
    return s;
  }

  /**
   * The corrections {@code updates} (files, distinct) of the declaration {@code id} whose
   * distinct originals are {@code originals}: each either joins the original's chain, in the order
   * of its form's creation, or is held with the reason why it cannot be applied.
   */
  private void corrections(Identity id, List<Integer> originals, List<Integer> updates) {
    if (originals.isEmpty()) {
      for (int u : updates) {
        conflict[u] = Texts.withoutOriginal(names.get(u), id);
      }
      return;
    }
    if (originals.size() > 1) {
      for (int u : updates) {
        conflict[u] = Texts.ofDifferentOriginals(names.get(u), conflict[originals.get(0)]);
      }
      return;
    }
    long pid = declared.get(updates.get(0)).correction().pid();
    for (int u : updates) {
      if (declared.get(u).correction().pid() != pid) {
        List<String> those = new ArrayList<>();
        for (int v : updates) {
          those.add(names.get(v) + " (EmployerDeclarationPID " + declared.get(v).correction().pid() + ")");
        }
        String reason = Texts.differentPids(those, id);
        for (int v : updates) {
          conflict[v] = reason;
        }
        return;
      }
    }
    List<Integer> ordered = new ArrayList<>(updates);
    ordered.sort(java.util.Comparator.comparingLong((Integer u) -> declared.get(u).correction().created()));
    List<Integer> applied = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      long at = declared.get(ordered.get(i)).correction().created();
      int j = i;
      while (j + 1 < ordered.size() && declared.get(ordered.get(j + 1)).correction().created() == at) {
        j++;
      }
      if (j == i) {
        applied.add(ordered.get(i));
        continue;
      }
      List<String> those = new ArrayList<>();
      for (int k = i; k <= j; k++) {
        those.add(names.get(ordered.get(k)));
      }
      String reason = Texts.sameCreation(those, id, declared.get(ordered.get(i)).correction().createdText());
      for (int k = i; k <= j; k++) {
        conflict[ordered.get(k)] = reason;
      }
      i = j;
    }
    int[] c = new int[applied.size() + 1];
    c[0] = originals.get(0);
    for (int i = 0; i < applied.size(); i++) {
      c[i + 1] = applied.get(i);
    }
    if (c.length > 1) {
      for (int f : c) {
        chain[f] = c;
      }
    }
  }

  /**
   * The original declaration and the corrections that apply to it, in their order, when file
   * {@code f} is one of them and at least one correction applies; else null.
   */
  public int[] chain(int f) {
    return chain[f];
  }

  /** What file {@code f} declared. */
  public Declared declared(int f) {
    return declared.get(f);
  }

  /** File {@code f}'s name. */
  public String name(int f) {
    return names.get(f);
  }

  /**
   * The declaration file {@code f} holds, for the differences of a run and its explanation:
   * {@code dir/x.xml: the original declaration of employer RSZ number 123456789, 2024Q2} or {@code
   * dir/u.xml: a correction (DmfAUpdate, form created 2024-08-01 09:00:00.000, EmployerDeclarationPID
   * 12345678901) of employer …}. No personal data.
   */
  public String describe(int f) {
    Declared d = declared.get(f);
    String id = Identity.of(d).describe();
    return d.update()
        ? names.get(f) + ": a correction (DmfAUpdate, form created " + d.correction().createdText()
            + ", EmployerDeclarationPID " + d.correction().pid() + ") of " + id
        : names.get(f) + ": the original declaration of " + id;
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

  /**
   * Why the persons of file {@code f} are held, or null: different originals for one identity, or
   * a correction that cannot be applied (without its original, of different originals, naming
   * another PID, made at the same date and hour as another).
   */
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
  public record Identity(int quarter, boolean byNoss, long number) {
    public static Identity of(Declared d) {
      return d.noss() > 0 ? new Identity(d.quarter(), true, d.noss()) : new Identity(d.quarter(), false, d.companyId());
    }

    /** {@code the employer with RSZ number 123456789, 2024Q3}: no personal data. */
    public String describe() {
      return "employer " + (byNoss ? "RSZ number " + Texts.pad(number, 9) : "enterprise number " + Texts.pad(number, 10))
          + ", " + quarter / 10 + "Q" + quarter % 10;
    }
  }
}
