/**
 * The jobbonus calculation: domain types, parameters as data, eligibility, the calculator and
 * its explanation, and the DmfA derivation. The calculator and the batch kernel run one integer
 * engine, which stays inside the module ({@code be.jobbonus.core.internal} is not exported); the
 * batch kernel's columns ({@code be.jobbonus.core.batch}) are exported to the project's own modules
 * only.
 *
 * <p>Module-path caveat: amounts are exposed as {@code javax.money} types only. Moneta 1.4.5, the
 * implementation used at run time, declares {@code requires okhttp3} in its module descriptor,
 * and this project excludes okhttp (the library never touches the network). Put Moneta on the
 * class path, not the module path, and {@code jakarta.annotation-api} with it (Moneta needs
 * {@code jakarta.annotation.Priority}); see docs/library.md.
 */
module be.jobbonus.core {
  requires transitive java.money;
  requires com.google.common;
  requires java.logging;
  requires tools.jackson.databind;

  exports be.jobbonus.core;
  exports be.jobbonus.core.parameters;
  exports be.jobbonus.core.calculation;
  exports be.jobbonus.core.dmfa;
  // The engine's columns and the derivation over primitives: mutable, not-thread-safe building
  // blocks of the project's own file runs, populations and benchmarks, not part of the API.
  exports be.jobbonus.core.batch to be.jobbonus.io, be.jobbonus.fixtures, be.jobbonus.scenarios, be.jobbonus.benchmarks;
  // The words of the library per language (a resource bundle) and how each language writes an
  // amount, a date and a quarter: for the beneficiary's notice, not part of the API.
  exports be.jobbonus.core.text to be.jobbonus.notice;
}
