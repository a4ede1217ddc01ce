package be.jobbonus.rules.retention;

/**
 * The procedures that hold a record (DWSE privacy page: "judicial, administrative and extrajudicial
 * procedures and appeals arising from the processing").
 */
public enum ProcedureKind {
  /** Administrative objection (<i>bezwaar</i>) with VLABEL. */
  OBJECTION,
  /** Judicial dispute or appeal (<i>geschil, beroep</i>). */
  DISPUTE,
  /** Recovery of an amount paid wrongly (<i>terugvordering</i>). */
  RECOVERY,
  /** Extrajudicial procedure (mediation, ombudsman). */
  EXTRAJUDICIAL
}
