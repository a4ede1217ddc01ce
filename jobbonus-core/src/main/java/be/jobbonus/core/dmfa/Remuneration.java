package be.jobbonus.core.dmfa;

import be.jobbonus.core.batch.LineChecks;

/**
 * A remuneration of an occupation line (<i>bezoldiging</i>, DmfA block 90019): a remuneration
 * code (annex 7) and its amount in euro cents at 100 % (zone 00070).
 *
 * @param code remuneration code 0-999
 * @param amountCents 0 to 99,999,999,999 cents (11 digits)
 */
public record Remuneration(int code, long amountCents) {

  /** Largest amount the DmfA zone 00070 can hold, in cents. */
  public static final long MAX_AMOUNT_CENTS = 99_999_999_999L;

  /** Checked by {@link LineChecks#remuneration}. */
  public Remuneration {
    LineChecks.remuneration(code, amountCents);
  }

  public static Remuneration of(int code, long amountCents) {
    return new Remuneration(code, amountCents);
  }

  /** Hides the amount. */
  @Override
  public String toString() {
    return "Remuneration[code " + code + "]";
  }
}
