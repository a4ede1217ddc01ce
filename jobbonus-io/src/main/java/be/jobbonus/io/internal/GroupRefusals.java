package be.jobbonus.io.internal;

import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusal policy for one person's lines (docs/cli.md): when any line is refused, every line
 * is, each refused line with its own reason and the others pointing at them; a person held by an
 * unreadable line next to theirs is refused whole; the person record then says which lines were
 * refused. The words are {@link Refusals}'; {@link PersonGroups} applies what is decided here.
 */
final class GroupRefusals {

  private GroupRefusals() {}

  /**
   * Whether every line of the group is usable, so that {@link #problems} finds nothing (asked
   * first: it makes nothing for the usual person): no line refused, and in {@code quarters.csv} no
   * quarter given twice (the lines of a usable person are all of the reference year).
   */
  static boolean usable(GroupLines g, InputKind kind) {
    int lines = g.count();
    for (int k = 0; k < lines; k++) {
      if (g.reject(k) != null) {
        return false;
      }
    }
    if (kind == InputKind.QUARTERS) {
      int seen = 0;
      for (int k = 0; k < lines; k++) {
        int bit = 1 << g.quarterOfYear(k);
        if ((seen & bit) != 0) {
          return false;
        }
        seen |= bit;
      }
    }
    return true;
  }

  /**
   * The group's refusals, or {@code null} when every line is usable: each refused line with its
   * own reason, every other line pointing at them. In {@code quarters.csv} a quarter given twice
   * is refused on its second line.
   */
  static List<Reject> problems(GroupLines g, InputKind kind, String dataName, String masked) {
    int lines = g.count();
    if (usable(g, kind)) {
      return null; // the usual person: every line read and accepted
    }
    Map<Long, Reject> byLine = new HashMap<>(); // by (file, line)
    for (int k = 0; k < lines; k++) {
      if (g.reject(k) != null) {
        byLine.putIfAbsent(g.place(k), g.reject(k));
      }
    }
    if (byLine.isEmpty() && kind == InputKind.QUARTERS) {
      Map<Integer, Long> seen = new HashMap<>();
      for (int k = 0; k < lines; k++) {
        long number = g.number(k);
        Long before = seen.putIfAbsent(g.quarterOfYear(k), number);
        if (before != null) {
          byLine.putIfAbsent(number, new Reject(dataName, number, "quarter", masked,
              Refusals.givenTwice(g.yearQuarter(k), before, number)));
        }
      }
    }
    if (byLine.isEmpty()) {
      return null;
    }
    List<Long> bad = new ArrayList<>(byLine.keySet());
    bad.sort(null);
    String others;
    if (kind != InputKind.DMFA_XML) {
      List<Long> numbers = new ArrayList<>(bad.size());
      for (long b : bad) {
        numbers.add(b & 0xFFFFFFFFL);
      }
      others = Refusals.sameLinesRejected(numbers, dataName);
    } else {
      List<Reject> badOnes = new ArrayList<>(bad.size());
      for (long b : bad) {
        badOnes.add(byLine.get(b));
      }
      others = Refusals.samePlacesRejected(badOnes);
    }
    List<Reject> out = new ArrayList<>(lines);
    for (int k = 0; k < lines; k++) {
      Reject own = byLine.get(g.place(k));
      out.add(own != null ? own : g.refusal(k, "insz", masked, others));
    }
    return out;
  }

  /** Every line of a person held: their own refusal where they have one, else {@code why}. */
  static List<Reject> held(GroupLines g, String masked, String why) {
    List<Reject> out = new ArrayList<>(g.count());
    for (int k = 0; k < g.count(); k++) {
      out.add(g.reject(k) != null ? g.reject(k) : g.refusal(k, "insz", masked, why));
    }
    return out;
  }

  /** Every line refused for one reason the derivation gave for the whole person. */
  static List<Reject> all(GroupLines g, String field, String masked, String reason) {
    List<Reject> out = new ArrayList<>(g.count());
    for (int k = 0; k < g.count(); k++) {
      out.add(g.refusal(k, field, masked, reason));
    }
    return out;
  }

  /**
   * Why the person record is refused along with {@code refused}: the lines refused for their own
   * sake, or else what held the person ({@code heldBy}: the unreadable line next to theirs, or -1).
   */
  static String personReason(List<Reject> refused, InputKind kind, String dataName, Holds holds, long heldBy) {
    List<Long> own = new ArrayList<>();
    List<Reject> ownRejects = new ArrayList<>();
    for (Reject r : refused) {
      if (!r.reason().startsWith(Refusals.NOT_COMPUTED)) {
        own.add(r.line());
        ownRejects.add(r);
      }
    }
    String held = own.isEmpty() ? holds.heldPerson(heldBy) : null;
    if (held != null) {
      return held;
    }
    ownRejects.sort(Comparator.comparing(Reject::file).thenComparingLong(Reject::line));
    String where = kind != InputKind.DMFA_XML ? Refusals.lines(dataName, own) : Refusals.places(ownRejects);
    return Refusals.recordsRejected(where);
  }
}
