package be.jobbonus.core.text;

import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * The words of the library in one language, as data: the resource bundle {@code
 * be.jobbonus.core.text.texts} (English, the base file, and one file per other language, UTF-8
 * properties) holds every reason, every step of the explanation and how the language writes an
 * amount, a date and a quarter. Patterns are {@link MessageFormat}s whose arguments are always
 * text formatted here (never a number or date left to {@code MessageFormat}), so amounts stay exact
 * cents and a year is never grouped.
 *
 * <p>English is the language of {@code results.jsonl} and of {@code explain} by default; its
 * formats are those outputs' (plain amounts {@code 434.29}, ISO dates). Dutch writes amounts and
 * dates as Belgium does ({@code € 534,29}, {@code 1 januari 2022}), French likewise ({@code 534,29 €},
 * {@code 1 janvier 2022}; an unofficial translation, see docs/notice.md).
 *
 * <p>The bundle is looked up from this module only (a named module finds its own bundles), and an
 * English request asks for the base bundle directly, so the JVM's default locale never changes
 * the language chosen. Immutable and thread-safe.
 */
public final class Texts {

  /** The bundle's base name. */
  public static final String BUNDLE = "be.jobbonus.core.text.texts";

  /** The languages the bundle carries, English (the base bundle) first. */
  public static final List<String> LANGUAGES = List.of("en", "nl", "fr");

  private static final Texts ENGLISH = load("en");
  private static final Texts DUTCH = load("nl");
  private static final Texts FRENCH = load("fr");

  private final String language;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final String moneyPattern;
  private final String decimalSeparator;
  private final String groupingSeparator;
  private final DateTimeFormatter date;
  private final DateTimeFormatter monthDay;

  private Texts(String language, ResourceBundle bundle) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    this.bundle = bundle;
    this.moneyPattern = bundle.getString("format.money");
    this.decimalSeparator = bundle.getString("format.decimalSeparator");
    this.groupingSeparator = bundle.getString("format.groupingSeparator");
    this.date = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
    this.monthDay = DateTimeFormatter.ofPattern(bundle.getString("format.monthDay"), locale);
  }

  static Texts load(String language) {
    Locale l = language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
    return new Texts(language, ResourceBundle.getBundle(BUNDLE, l, Texts.class.getModule()));
  }

  /** English: the texts of {@code results.jsonl} and of the explanation by default. */
  public static Texts english() {
    return ENGLISH;
  }

  /**
   * The texts of {@code locale}'s language (its region and variant play no part).
   *
   * @throws IllegalArgumentException when the language is not one of {@link #LANGUAGES}
   */
  public static Texts of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    switch (locale.getLanguage()) {
      case "en":
        return ENGLISH;
      case "nl":
        return DUTCH;
      case "fr":
        return FRENCH;
      default:
        throw new IllegalArgumentException("no texts in language '" + locale.getLanguage() + "'; the languages are "
            + String.join(", ", LANGUAGES));
    }
  }

  /** The language, {@code en}, {@code nl} or {@code fr}. */
  public String language() {
    return language;
  }

  /** The locale of the language (no region). */
  public Locale locale() {
    return locale;
  }

  /**
   * The text under {@code key} with {@code args} put in.
   *
   * @throws MissingResourceException when the key is missing
   */
  public String text(String key, String... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0 && pattern.indexOf('\'') < 0) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** Cents as the language writes an amount: {@code 253429 -> "2534.29"} (en), {@code "€ 2.534,29"} (nl). */
  public String money(long cents) {
    return moneyText(BigDecimal.valueOf(cents, 2).toPlainString());
  }

  /**
   * An amount given as plain euro text ({@code "2000.00"}, {@code "108.571428…"}, {@code "-0.05"})
   * written as the language writes amounts.
   */
  public String moneyText(String plainEuro) {
    return MessageFormat.format(moneyPattern, number(plainEuro));
  }

  /** A plain decimal ({@code "0.7725"}) with the language's separators ({@code "0,7725"} in Dutch). */
  public String number(String plain) {
    String sign = "";
    String s = plain;
    if (s.startsWith("-")) {
      sign = "-";
      s = s.substring(1);
    }
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    String rest = dot < 0 ? "" : decimalSeparator + s.substring(dot + 1);
    if (!groupingSeparator.isEmpty() && whole.length() > 3) {
      StringBuilder b = new StringBuilder();
      int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
      b.append(whole, 0, first);
      for (int i = first; i < whole.length(); i += 3) {
        b.append(groupingSeparator).append(whole, i, i + 3);
      }
      whole = b.toString();
    }
    return sign + whole + rest;
  }

  /** A decimal number with the language's separators. */
  public String number(BigDecimal value) {
    return number(value.toPlainString());
  }

  /** A date: {@code 2022-01-01} (en), {@code 1 januari 2022} (nl). */
  public String date(LocalDate d) {
    return date.format(d);
  }

  /** A day of the year: {@code 01-01} (en), {@code 1 januari} (nl). */
  public String monthDay(MonthDay d) {
    return monthDay.format(d);
  }

  /** A quarter: {@code 2021Q1} (en), {@code 1e kwartaal 2021} (nl). */
  public String quarter(YearQuarter q) {
    return text("format.quarter", Integer.toString(q.year()), Integer.toString(q.quarter()));
  }

  /** The statuut's name in the language. */
  public String statuut(Statuut s) {
    return text("statuut." + s.name());
  }

  /** The region's name in the language. */
  public String region(Region r) {
    return text("region." + r.name());
  }

  /** The regime's name in the language. */
  public String regime(Regime r) {
    return text("regime." + r.name());
  }

  /** The statuten of {@code values} as a list in the language ({@code [EMPLOYEE, CIVIL_SERVANT]} in English). */
  public String statuten(Collection<Statuut> values) {
    StringJoiner j = new StringJoiner(", ");
    values.forEach(s -> j.add(statuut(s)));
    return text("format.list", j.toString());
  }
}
