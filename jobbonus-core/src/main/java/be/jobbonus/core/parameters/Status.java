package be.jobbonus.core.parameters;

/** How sure we are of a parameter value (docs/calculation.md, "Status marks"). */
public enum Status {
  /** Read in the legal text. */
  L,
  /** Secondary sources (government pages, social secretariats, press) agree. */
  S,
  /** Inferred; to be confirmed against the legal text. */
  I
}
