package be.jobbonus.rules.access;

/** The groups of personal data an access names (protocol art. 3). */
public enum DataGroup {
  /** Gegeven 1: INSZ, last and first name, statuut. */
  IDENTIFICATION,
  /** Gegeven 2: reference year, total, calculation per quarter, statuut. */
  JOBBONUS_DATA,
  /**
   * Everything else DWSE holds for the calculation (DmfA lines and wages from the RSZ via the KSZ,
   * residence, birth date, employer, codes): never communicated to VLABEL (art. 3); DWSE's own
   * purposes and VSI's supervision only.
   */
  SOURCE_DATA
}
