package be.jobbonus.rules.access;

/** The two parties to the protocol of 8 September 2022. */
public enum Party {
  /** Departement Werk en Sociale Economie (<i>het departement</i>), its inspection VSI included. */
  DWSE,
  /** Vlaamse Belastingdienst. */
  VLABEL;

  /** The other party: the one to notify before an onward communication (protocol art. 4). */
  public Party other() {
    return this == DWSE ? VLABEL : DWSE;
  }
}
