package be.jobbonus.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Euro amounts at the API edge. Inside the library money is integer cents ({@code long}); this
 * class converts to {@code "434.29"} text and to JSR-354 {@link MonetaryAmount}.
 */
public final class Euro {

  private static final CurrencyUnit EUR;

  static {
    MonetaLogging.quiet(); // before Moneta's first amount: its INFO message stays out
    EUR = Monetary.getCurrency("EUR");
  }

  private Euro() {}

  /** Cents as a decimal string with two decimals: {@code 43429 -> "434.29"}, {@code -5 -> "-0.05"}. */
  public static String format(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  /**
   * Cents as {@code locale}'s language writes an amount: {@code "534.29"} in English (as {@link
   * #format(long)}), {@code "€ 534,29"} and {@code "€ 2.499,99"} in Dutch. Exact: no floating point.
   *
   * @throws IllegalArgumentException when the library has no texts in that language
   */
  public static String format(long cents, java.util.Locale locale) {
    return be.jobbonus.core.text.Texts.of(locale).money(cents);
  }

  /**
   * Parses a decimal euro amount with at most two decimals ({@code "434.29"}, {@code "12"}) into
   * cents.
   *
   * @throws IllegalArgumentException when it is not a number or has more than two decimals
   */
  public static long parseCents(String text) {
    BigDecimal d;
    try {
      d = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal euro amount (digits with at most two decimals, such as 434.29)");
    }
    if (d.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("euro amount has more than two decimals");
    }
    return d.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /** Cents as a JSR-354 amount in EUR (needs a JSR-354 implementation such as Moneta at run time). */
  public static MonetaryAmount of(long cents) {
    return Monetary.getDefaultAmountFactory().setCurrency(EUR).setNumber(BigDecimal.valueOf(cents, 2)).create();
  }

  /**
   * A JSR-354 amount in EUR as exact cents.
   *
   * @throws IllegalArgumentException when the currency is not EUR or the amount has fractions of a cent
   */
  public static long toCents(MonetaryAmount amount) {
    if (!amount.getCurrency().getCurrencyCode().equals("EUR")) {
      throw new IllegalArgumentException("amount must be in EUR, was " + amount.getCurrency().getCurrencyCode());
    }
    BigDecimal d = amount.getNumber().numberValueExact(BigDecimal.class);
    if (d.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("amount has fractions of a cent");
    }
    return d.movePointRight(2).longValueExact();
  }
}
