package be.jobbonus.core;

/** Region of the official residence (<i>woonplaats</i>) on the residence reference date (decree art. 4). */
public enum Region {
  FLEMISH_REGION,
  BRUSSELS_REGION,
  WALLOON_REGION,
  ABROAD,
  UNKNOWN
}
