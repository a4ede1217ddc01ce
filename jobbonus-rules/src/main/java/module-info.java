/**
 * The DWSE-VLABEL protocol of 8 September 2022 as code: the minimised VLABEL message (art. 3) and
 * its strict reader, purposes and recipients (art. 2, 3, 4, 6; recital C2), the pseudonymised analysis
 * view, retention (art. 3, decree art. 18) and the protocol's deadlines and duties (art. 6, 7, 8, 9,
 * 11).
 */
module be.jobbonus.rules {
  requires transitive be.jobbonus.core;
  requires tools.jackson.databind;

  exports be.jobbonus.rules.message;
  exports be.jobbonus.rules.access;
  exports be.jobbonus.rules.pseudonym;
  exports be.jobbonus.rules.retention;
  exports be.jobbonus.rules.deadlines;
}
