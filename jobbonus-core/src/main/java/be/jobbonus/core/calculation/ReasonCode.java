package be.jobbonus.core.calculation;

/** Why a person, or a quarter, gets nothing; each with the article it comes from. */
public enum ReasonCode {
  /** The statuut is not a beneficiary category. */
  CATEGORY("decree 20 May 2022 art. 3"),
  /** No official residence in the Flemish Region on the residence reference date. */
  RESIDENCE("decree 20 May 2022 art. 4"),
  /** The quarter starts on or after the day the statutory pension age is reached. */
  PENSION_AGE("decree 20 May 2022 art. 4"),
  /** The reference monthly wage of the quarter is above the upper limit of its period. */
  WAGE_ABOVE_UPPER_LIMIT("decree 20 May 2022 art. 4 and art. 5 §1, 2°"),
  /** No quarter with performance (work fraction 0 or no quarter given). */
  NO_PERFORMANCE("BVR 1 July 2022 art. 2 §2"),
  /** The base amount is below the minimum payable amount. */
  BELOW_MINIMUM_PAYABLE("decree 20 May 2022 art. 5 §5; BVR 1 July 2022 (minimum payable)");

  private final String article;

  ReasonCode(String article) {
    this.article = article;
  }

  /** The legal source of the condition. */
  public String article() {
    return article;
  }
}
