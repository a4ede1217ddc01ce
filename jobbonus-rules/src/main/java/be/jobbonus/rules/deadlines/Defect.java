package be.jobbonus.rules.deadlines;

/** What VLABEL can find wrong in the art. 3 data (protocol art. 7). */
public enum Defect {
  /** <i>foutief</i> */
  WRONG,
  /** <i>onnauwkeurig</i> */
  INACCURATE,
  /** <i>onvolledig</i> */
  INCOMPLETE,
  /** <i>ontbrekend</i> */
  MISSING,
  /** <i>verouderd</i> */
  OUTDATED,
  /** <i>overtollig</i> (excessive: more than art. 3 allows) */
  EXCESSIVE
}
