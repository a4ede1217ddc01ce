package be.jobbonus.core.dmfa;

import be.jobbonus.core.batch.LineChecks;

/**
 * A service of an occupation line (<i>prestatie</i>, DmfA block 90018): a service code (annex 8)
 * with its days and hours, both in hundredths (zones 00063, 00064).
 *
 * @param code service code 0-999
 * @param days days in hundredths (6500 = 65 days), 0-36600
 * @param hours hours in hundredths (49400 = 494 h), 0-9999999; 0 when not declared
 */
public record Service(int code, int days, int hours) {

  /** Largest number of days in hundredths of one service (DmfA zone 00063). */
  public static final int MAX_DAYS = 36_600;
  /** Largest number of hours in hundredths of one service (DmfA zone 00064). */
  public static final int MAX_HOURS = 9_999_999;

  /** Checked by {@link LineChecks#service}. */
  public Service {
    LineChecks.service(code, days, hours);
  }

  public static Service of(int code, int days, int hours) {
    return new Service(code, days, hours);
  }
}
