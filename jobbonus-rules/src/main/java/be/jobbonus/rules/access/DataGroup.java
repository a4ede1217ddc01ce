package be.jobbonus.rules.access;

/** The groups of personal data an access names (protocol art. 3 and 6). */
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
  SOURCE_DATA,
  /**
   * The pseudonymised analysis view ({@code be.jobbonus.rules.pseudonym.AnalysisRecord}: a keyed
   * person key instead of the INSZ, no names, no birth date, no residence) and figures aggregated
   * from it. The group for reporting (the statuut "for reporting purposes", art. 3; art. 6).
   * Pseudonymised data stay personal data (GDPR recital 26), so access to it is decided too.
   */
  PSEUDONYMISED_OR_AGGREGATED
}
