package be.jobbonus.io.internal;

import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parameter sets {@code notify} knows, by id, to check each results line against the set named
 * in its {@code parameters} field: the fixed increase and minimum payable of the year, and the
 * line's arithmetic recomputed from its quarters by the one engine ({@link #kernel}). The official
 * set is always known.
 */
public final class ResultCheck {

  private final Map<String, ParameterSet> sets;
  /** The engine per set and year, made once (a cache: the check itself is immutable). */
  private final Map<String, BatchKernel> kernels = new ConcurrentHashMap<>();
  private final Map<String, Boolean> covered = new ConcurrentHashMap<>();

  private ResultCheck(Map<String, ParameterSet> sets) {
    this.sets = sets;
  }

  /** Only the official set ({@link ParameterSets#official()}). */
  public static ResultCheck official() {
    Map<String, ParameterSet> m = new LinkedHashMap<>();
    ParameterSet o = ParameterSets.official();
    m.put(o.id(), o);
    return new ResultCheck(m);
  }

  /** This check, also knowing {@code set} (it replaces a set with the same id). */
  public ResultCheck with(ParameterSet set) {
    Objects.requireNonNull(set, "set");
    Map<String, ParameterSet> m = new LinkedHashMap<>(sets);
    m.put(set.id(), set);
    return new ResultCheck(m);
  }

  /** The set with this id, or {@code null}. */
  ParameterSet set(String id) {
    return sets.get(id);
  }

  /** The engine of {@code set} (one of these sets) for {@code year}, which it covers. */
  BatchKernel kernel(ParameterSet set, int year) {
    return kernels.computeIfAbsent(set.id() + "-" + year, k -> BatchKernel.of(set, year));
  }

  /** Whether {@code set} covers {@code year} ({@link ParameterSet#covers}), found once per set and year. */
  boolean covers(ParameterSet set, int year) {
    return covered.computeIfAbsent(set.id() + "-" + year, k -> set.covers(year));
  }

  /** The ids known, for messages. */
  String ids() {
    return String.join(", ", sets.keySet());
  }
}
