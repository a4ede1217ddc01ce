/**
 * Domain value types of the Flemish jobbonus: the person's identification number ({@link
 * be.jobbonus.core.Insz}), the calendar quarter ({@link be.jobbonus.core.YearQuarter}), the
 * category of beneficiary ({@link be.jobbonus.core.Statuut}), the region of residence and the
 * working regime.
 *
 * <p>Null rules for every package of this library: no method accepts {@code null} unless its
 * documentation says so, and none returns {@code null}; a {@code null} argument throws {@link
 * NullPointerException}. All public types are immutable and thread-safe unless documented
 * otherwise. Invalid values throw {@link IllegalArgumentException} with a message that names the
 * field and the rule, never the personal data itself.
 */
package be.jobbonus.core;
