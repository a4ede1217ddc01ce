package be.jobbonus.io.internal.declarations;

import be.jobbonus.io.internal.xml.DmfaXmlReader.Correction;
import be.jobbonus.io.internal.xml.DmfaXmlReader.Declared;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corrections applied, as the social security applies them (docs/dmfa.md §13, "Corrections"):
 * by worker record, the INSZ, employer class and worker code under the declaration's identity.
 * Each chain of {@link DeclarationSet#chain} starts from its original's worker records; each
 * correction in turn deletes (action 0), replaces (1, the worker record as it was named by {@code
 * LastSituationWR}), creates (3) or leaves (9) a worker record. What remains is the latest
 * situation of the declaration: every record of a worker record whose latest version is in
 * another file is superseded ({@link #superseded}). An action that does not match the worker
 * records at that point (modifying, deleting or leaving one that is not there, creating one that
 * is) holds its person, in every file of the chain ({@link #hold}). Decided from the records
 * kept by the reader (no second pass over the bytes). Immutable once built.
 */
public final class Corrections {

  /** The records of the files, as the reader kept them. */
  public interface Records {
    /** How many records file {@code f} has. */
    int count(int f);

    /** Record {@code j}'s INSZ, or -1. */
    long insz(int f, int j);

    /** Record {@code j}'s person and worker record in its document (1-based). */
    int person(int f, int j);

    int workerRecord(int f, int j);

    /** Record {@code j}'s worker code (an occupation of an original). */
    int workerCode(int f, int j);

    /** Whether record {@code j} is a refusal (never superseded: its person is refused anyway). */
    boolean refused(int f, int j);
  }

  private final BitSet[] superseded;
  private final Map<Long, String>[] held;
  private final List<String> notices;

  private Corrections(int files, List<String> notices) {
    this.superseded = new BitSet[files];
    @SuppressWarnings("unchecked")
    Map<Long, String>[] h = new Map[files];
    this.held = h;
    this.notices = notices;
  }

  /** The corrections of {@code set} applied to the records of its files. */
  public static Corrections apply(DeclarationSet set, Records records) {
    return apply(set, records, -1);
  }

  /**
   * The corrections of {@code set} applied to the records of its files, which hold the records of
   * INSZ {@code only} alone when it is not -1 ({@code explain}): the actions on other persons are
   * passed over (their records were not kept).
   */
  public static Corrections apply(DeclarationSet set, Records records, long only) {
    List<String> applied = new ArrayList<>();
    Corrections c = new Corrections(set.size(), applied);
    Set<Integer> done = new HashSet<>();
    for (int f = 0; f < set.size(); f++) {
      int[] chain = set.chain(f);
      if (chain != null && done.add(chain[0])) {
        c.chain(set, chain, records, applied, only);
      }
    }
    List<String> capped = Texts.capped(applied, DeclarationSet.NOTICES_PER_KIND, "corrections applied");
    return new Corrections(c.superseded, c.held, capped);
  }

  private Corrections(BitSet[] superseded, Map<Long, String>[] held, List<String> notices) {
    this.superseded = superseded;
    this.held = held;
    this.notices = List.copyOf(notices);
  }

  /** One worker record's key: INSZ, employer class, worker code. */
  static long key(long insz, int employerClass, int workerCode) {
    return insz << 20 | (long) (employerClass & 0x3FF) << 10 | (workerCode & 0x3FF);
  }

  private void chain(DeclarationSet set, int[] chain, Records records, List<String> applied, long only) {
    int original = chain[0];
    Declared od = set.declared(original);
    DeclarationSet.Identity id = DeclarationSet.Identity.of(od);
    Map<Long, Integer> state = new HashMap<>();
    for (int j = 0; j < records.count(original); j++) {
      if (!records.refused(original, j)) {
        state.put(keyOf(od, records, original, j), original);
      }
    }
    Map<Long, String> holds = new HashMap<>();
    for (int k = 1; k < chain.length; k++) {
      int u = chain[k];
      Correction c = set.declared(u).correction();
      int[] counts = new int[10];
      for (int i = 0; i < c.size(); i++) {
        long insz = c.insz()[i];
        if (holds.containsKey(insz) || only >= 0 && insz != only) {
          continue;
        }
        long before = key(insz, c.lastClass()[i], c.lastCode()[i]);
        long after = key(insz, c.employerClass()[i], c.workerCode()[i]);
        int action = c.action()[i];
        String wrong = null;
        String wr = "the worker record of employer class " + pad(c.lastClass()[i]) + " and worker code "
            + pad(c.lastCode()[i]);
        if (action == Correction.CREATED) {
          if (state.containsKey(after)) {
            wrong = "it creates (action 3) the worker record of employer class " + pad(c.employerClass()[i])
                + " and worker code " + pad(c.workerCode()[i]) + ", which the declaration already has";
          } else {
            state.put(after, u);
          }
        } else if (!state.containsKey(before)) {
          wrong = "it " + (action == Correction.DELETED ? "deletes (action 0) " : action == Correction.MODIFIED
              ? "modifies (action 1) " : "leaves unchanged (action 9) ") + wr + ", which the declaration does not have";
        } else if (action == Correction.DELETED) {
          state.remove(before);
        } else if (action == Correction.MODIFIED) {
          if (after != before && state.containsKey(after)) {
            wrong = "it makes " + wr + " into one the declaration already has";
          } else {
            state.remove(before);
            state.put(after, u);
          }
        }
        if (wrong != null) {
          holds.put(insz, Texts.mismatch(set.name(u), id, wrong));
        } else if (action >= 0 && action < counts.length) {
          counts[action]++;
        }
      }
      applied.add(only >= 0 ? Texts.appliedTo(set.name(u), set.name(original), id, c.createdText())
          : Texts.applied(set.name(u), set.name(original), id, c.createdText(), counts));
    }
    for (int f : chain) {
      Declared d = set.declared(f);
      BitSet out = new BitSet();
      for (int j = 0; j < records.count(f); j++) {
        if (records.refused(f, j)) {
          continue;
        }
        Integer latest = state.get(keyOf(d, records, f, j));
        if (latest == null || latest != f) {
          out.set(j);
        }
      }
      superseded[f] = out;
      held[f] = holds.isEmpty() ? null : holds;
    }
  }

  /** The key of record {@code j} of file {@code f}: its worker record's, after the file's action. */
  private static long keyOf(Declared d, Records records, int f, int j) {
    int p = records.person(f, j);
    int w = records.workerRecord(f, j);
    long insz = records.insz(f, j);
    if (d.update()) {
      Correction c = d.correction();
      int i = c.find(p, w);
      return i < 0 ? -1 : key(insz, c.employerClass()[i], c.workerCode()[i]);
    }
    return key(insz, d.employerClass(p, w), records.workerCode(f, j));
  }

  private static String pad(int v) {
    return Texts.pad(v, 3);
  }

  /** Whether record {@code j} of file {@code f} is superseded: its worker record's latest version is elsewhere (or it was deleted). */
  public boolean superseded(int f, int j) {
    return superseded[f] != null && superseded[f].get(j);
  }

  /** Why person {@code insz} is held in file {@code f} (a correction that does not match), or null. */
  public String hold(int f, long insz) {
    return held[f] == null ? null : held[f].get(insz);
  }

  /** Whether file {@code f} is in a chain of corrections applied. */
  public boolean corrected(int f) {
    return superseded[f] != null;
  }

  /** The notices of the corrections applied: no personal data. */
  public List<String> notices() {
    return notices;
  }
}
