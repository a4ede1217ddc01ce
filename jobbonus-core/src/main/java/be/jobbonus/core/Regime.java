package be.jobbonus.core;

/** Working regime of a quarter: full-time or part-time (DmfA zone 00050, contract type). */
public enum Regime {
  FULL_TIME,
  PART_TIME
}
