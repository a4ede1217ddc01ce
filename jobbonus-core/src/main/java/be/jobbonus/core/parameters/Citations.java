package be.jobbonus.core.parameters;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The legal sources the library cites, as data: for each reason, explanation step and derivation
 * rule, the article(s) with their status (L, S or I) and where that reading comes from. No
 * article is written in code; every citation shown is one of these.
 */
public final class Citations {

  /** The citations every parameter set has (the keys the library asks for). */
  public static final List<String> KEYS = List.of(
      "category", "residence", "pensionAge", "wageAboveUpperLimit", "noPerformance",
      "minimumPayable", "quarter", "annualBase", "fixedIncrease", "notBeneficiary", "total",
      "dmfaDerivation", "teachingStaff");

  /** Optional keys: the legal basis of one reference year's fixed increase. */
  static final String FIXED_INCREASE_PREFIX = "fixedIncrease.";

  private final ImmutableSortedMap<String, Parameter<String>> byKey;

  Citations(Map<String, Parameter<String>> byKey) {
    this.byKey = ImmutableSortedMap.copyOf(byKey);
    for (String key : KEYS) {
      if (!this.byKey.containsKey(key)) {
        throw new IllegalArgumentException("citation '" + key + "' missing");
      }
    }
  }

  /**
   * The citation under {@code key}: its value is the article(s), with status and source.
   *
   * @throws IllegalArgumentException for a key the data does not have
   */
  public Parameter<String> get(String key) {
    Parameter<String> c = byKey.get(Objects.requireNonNull(key, "key"));
    if (c == null) {
      throw new IllegalArgumentException("no citation '" + key + "'");
    }
    return c;
  }

  /** The legal basis of the fixed increase of {@code referenceYear}, else the general one. */
  public Parameter<String> fixedIncrease(int referenceYear) {
    Parameter<String> c = byKey.get(FIXED_INCREASE_PREFIX + referenceYear);
    return c != null ? c : get("fixedIncrease");
  }

  /** All citations by key. */
  public Map<String, Parameter<String>> all() {
    return byKey;
  }

  /** {@code article (status)}: how a citation is shown beside a step or a rule. */
  public static String shown(Parameter<String> citation) {
    return citation.value() + " (" + citation.status() + ")";
  }
}
