package be.jobbonus.io.internal.xml;

/**
 * A number element the reader knows ({@code INSS}, {@code ServiceNbrDays}, ...): its name, its
 * zone's digits and largest value, the hint every refusal of it gives, and what a refusal of a
 * value above the largest says (null: "must be at most ...").
 */
record Leaf(String name, int digits, long max, String hint, String tooLarge) {

  /** The {@code digits} of a date leaf ({@code YYYY-MM-DD}, read as the number {@code YYYYMMDD}). */
  static final int DATE = -10;

  /** A date leaf: {@code YYYY-MM-DD}, its value {@code YYYYMMDD}. */
  static Leaf date(String name, String hint) {
    return new Leaf(name, DATE, 9999_12_31L, hint, null);
  }

  Leaf(String name, int digits, String hint) {
    this(name, digits, Long.MAX_VALUE, hint, null);
  }

  Leaf(String name, int digits, long max, String hint) {
    this(name, digits, max, hint, null);
  }
}
