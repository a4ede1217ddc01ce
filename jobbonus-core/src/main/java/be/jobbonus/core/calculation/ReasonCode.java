package be.jobbonus.core.calculation;

import be.jobbonus.core.parameters.Parameter;
import be.jobbonus.core.parameters.ParameterSets;

/**
 * Why a person, or a quarter, gets nothing. The article each condition comes from is data: the
 * citation under {@link #citationKey()} in the official parameter set, with its status and source.
 */
public enum ReasonCode {
  /** The statuut is not a beneficiary category. */
  CATEGORY("category"),
  /** No official residence in the Flemish Region on the residence reference date. */
  RESIDENCE("residence"),
  /** The quarter starts on or after the day the statutory pension age is reached. */
  PENSION_AGE("pensionAge"),
  /** The reference monthly wage of the quarter is above the upper limit of its period. */
  WAGE_ABOVE_UPPER_LIMIT("wageAboveUpperLimit"),
  /** No quarter with performance (work fraction 0 or no quarter given). */
  NO_PERFORMANCE("noPerformance"),
  /** The base amount is below the minimum payable amount. */
  BELOW_MINIMUM_PAYABLE("minimumPayable");

  private final String citationKey;

  ReasonCode(String citationKey) {
    this.citationKey = citationKey;
  }

  /** The key of the condition's citation in the parameter data ({@code citations}). */
  public String citationKey() {
    return citationKey;
  }

  /** The legal source of the condition, with status and source, from the official data. */
  public Parameter<String> citation() {
    return ParameterSets.official().citations().get(citationKey);
  }

  /** The legal source of the condition (the article(s)), from the official data. */
  public String article() {
    return citation().value();
  }
}
