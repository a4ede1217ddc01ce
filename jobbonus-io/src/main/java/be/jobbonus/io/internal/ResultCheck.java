package be.jobbonus.io.internal;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameter sets {@code notify} knows, by id, to check each results line against the set named
 * in its {@code parameters} field (fixed increase and minimum payable of the year). The official
 * set is always known.
 */
public final class ResultCheck {

  private final Map<String, ParameterSet> sets;

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

  /** The ids known, for messages. */
  String ids() {
    return String.join(", ", sets.keySet());
  }
}
