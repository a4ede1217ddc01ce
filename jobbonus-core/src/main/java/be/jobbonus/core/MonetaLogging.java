package be.jobbonus.core;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Moneta's start-up INFO message ("Using custom MathContext …") out of a program that
 * uses the library, so that it prints nothing it did not ask for.
 *
 * <p>Moneta 1.4.5 logs that message through {@code java.util.logging} when the class
 * {@code org.javamoney.moneta.Money} is initialised ({@code DefaultMonetaryContextFactory}); every
 * branch of that factory logs at INFO, whatever {@code javamoney.properties} says, so Moneta's
 * own configuration cannot turn it off. This class sets the level of that one logger to WARNING,
 * and only when the application has set none: no other logger, handler or the root level is
 * touched, and an application can set the logger's level itself (before or after) to see it.
 */
final class MonetaLogging {

  /** Moneta's logger of the default monetary context (a strong reference: JUL holds it weakly). */
  private static final Logger CONTEXT_FACTORY =
      Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory");

  static {
    if (CONTEXT_FACTORY.getLevel() == null) {
      CONTEXT_FACTORY.setLevel(Level.WARNING);
    }
  }

  private MonetaLogging() {}

  /** Ensures the level is set; call before the first JSR-354 amount is created. */
  static void quiet() {
    // the static initialiser does the work, once
  }
}
