package be.jobbonus.core;

/**
 * The category of a person (<i>statuut</i>), decree of 20 May 2022 art. 3. Which categories are
 * beneficiaries is parameter data ({@code eligibleCategories}), not a property of this enum: the
 * official set holds the first four; the others are named exclusions.
 */
public enum Statuut {
  /** Worker subject to sickness/invalidity, unemployment and pension insurance (seafarers included). */
  EMPLOYEE,
  /** Statutory civil servant or tenured staff of (subsidised) education. */
  CIVIL_SERVANT,
  /** Holder of a doctoral grant at a private education or research institution. */
  DOCTORAL_GRANT_HOLDER,
  /** Employed in another EU/EEA state, returning daily or weekly to a main residence in Flanders. */
  CROSS_BORDER_WORKER,
  /** Medical specialist in training (<i>arts-specialist in opleiding</i>): excluded. */
  MEDICAL_SPECIALIST_IN_TRAINING,
  /** Apprentice or young person in partial social-security subjection: excluded. */
  APPRENTICE,
  /** Sportsperson on the flat-rate contribution base: excluded. */
  FLAT_RATE_SPORTSPERSON,
  /** Student worker for whom only the solidarity contribution is due: excluded. */
  STUDENT_SOLIDARITY
}
