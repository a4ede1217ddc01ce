package be.jobbonus.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.ReasonCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words as data: every key in every language, and the language's way of writing values. */
class TextsTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

  private static Properties file(String language) throws IOException {
    String name = "/be/jobbonus/core/text/texts" + (language.equals("en") ? "" : "_" + language) + ".properties";
    Properties p = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyLanguageHasExactlyTheKeysOfEnglish() throws IOException {
    Set<String> english = file("en").stringPropertyNames();
    for (String language : Texts.LANGUAGES) {
      Set<String> keys = file(language).stringPropertyNames();
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(keys);
      Set<String> extra = new TreeSet<>(keys);
      extra.removeAll(english);
      assertEquals("missing [] extra []", "missing " + missing + " extra " + extra, language);
    }
  }

  @Test
  void everyReasonCodeStatuutRegionAndRegimeHasItsKey() throws IOException {
    Set<String> english = file("en").stringPropertyNames();
    List<String> needed = new ArrayList<>();
    for (ReasonCode c : ReasonCode.values()) {
      needed.add("reason." + c.name());
    }
    for (Statuut s : Statuut.values()) {
      needed.add("statuut." + s.name());
    }
    for (Region r : Region.values()) {
      needed.add("region." + r.name());
    }
    for (Regime r : Regime.values()) {
      needed.add("regime." + r.name());
    }
    List<String> missing = new ArrayList<>(needed);
    missing.removeAll(english);
    assertEquals(List.of(), missing);
  }

  @Test
  void everyPatternParsesAndUsesTheSameArgumentsInEveryLanguage() throws IOException {
    Properties en = file("en");
    List<String> faults = new ArrayList<>();
    for (String language : Texts.LANGUAGES) {
      Properties p = file(language);
      for (String key : en.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        if (pattern == null || key.startsWith("format.date") || key.startsWith("format.monthDay")) {
          continue;
        }
        try {
          new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
          faults.add(language + " " + key + ": " + e.getMessage());
          continue;
        }
        if (!arguments(pattern).equals(arguments(en.getProperty(key)))) {
          faults.add(language + " " + key + ": arguments " + arguments(pattern) + ", English has "
              + arguments(en.getProperty(key)));
        }
        if (!language.equals("en") && pattern.isBlank()) {
          faults.add(language + " " + key + ": blank");
        }
      }
    }
    assertEquals(List.of(), faults);
  }

  private static Set<Integer> arguments(String pattern) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  @Test
  void dutchWritesAmountsAndDatesAsBelgiumDoes() {
    Texts nl = Texts.of(Locale.forLanguageTag("nl-BE"));
    assertEquals("€ 534,29", nl.money(53_429));
    assertEquals("€ 2.499,99", nl.money(249_999));
    assertEquals("€ 1.234.567,00", nl.money(123_456_700));
    assertEquals("€ 0,05", nl.money(5));
    assertEquals("€ -0,05", nl.money(-5));
    assertEquals("€ 108,571428…", nl.moneyText("108.571428…"));
    assertEquals("0,7725", nl.number("0.7725"));
    assertEquals("1 januari 2022", nl.date(LocalDate.of(2022, 1, 1)));
    assertEquals("31 december 2021", nl.date(LocalDate.of(2021, 12, 31)));
    assertEquals("1 januari", nl.monthDay(MonthDay.of(1, 1)));
    assertEquals("1e kwartaal 2021", nl.quarter(YearQuarter.of(2021, 1)));
    assertEquals("werknemer", nl.statuut(Statuut.EMPLOYEE));
    assertEquals("het Vlaamse Gewest", nl.region(Region.FLEMISH_REGION));
  }

  @Test
  void frenchWritesAmountsAndDatesAsBelgiumDoes() {
    Texts fr = Texts.of(Locale.forLanguageTag("fr-BE"));
    assertEquals("fr", fr.language());
    assertEquals("534,29\u00a0€", fr.money(53_429));
    assertEquals("2.499,99\u00a0€", fr.money(249_999));
    assertEquals("-0,05\u00a0€", fr.money(-5));
    assertEquals("0,7725", fr.number("0.7725"));
    assertEquals("1 janvier 2022", fr.date(LocalDate.of(2022, 1, 1)));
    assertEquals("3 novembre 2022", fr.date(LocalDate.of(2022, 11, 3)));
    assertEquals("trimestre 1 de 2021", fr.quarter(YearQuarter.of(2021, 1)));
    assertEquals("travailleur salarié", fr.statuut(Statuut.EMPLOYEE));
    assertEquals("l'étranger", fr.region(Region.ABROAD));
    assertEquals("le statut travailleur salarié n'ouvre pas le droit au jobbonus",
        fr.text("reason.CATEGORY", fr.statuut(Statuut.EMPLOYEE)));
  }

  @Test
  void englishKeepsTheFormatsOfTheOutputs() {
    Texts en = Texts.english();
    assertEquals("534.29", en.money(53_429));
    assertEquals("2499.99", en.money(249_999));
    assertEquals("2022-01-01", en.date(LocalDate.of(2022, 1, 1)));
    assertEquals("01-01", en.monthDay(MonthDay.of(1, 1)));
    assertEquals("2021Q1", en.quarter(YearQuarter.of(2021, 1)));
    assertEquals("[EMPLOYEE, CIVIL_SERVANT]", en.statuten(List.of(Statuut.EMPLOYEE, Statuut.CIVIL_SERVANT)));
    assertEquals(en, Texts.of(Locale.UK));
  }

  @Test
  void theDefaultLocaleDoesNotChooseTheLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nl-BE"));
      java.util.ResourceBundle.clearCache(Texts.class.getClassLoader());
      assertEquals("statuut EMPLOYEE is not a beneficiary category",
          Texts.load("en").text("reason.CATEGORY", "EMPLOYEE"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aLanguageWithoutTextsIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Texts.of(Locale.GERMAN));
    assertTrue(e.getMessage().contains("'de'") && e.getMessage().contains("en, nl"), e.getMessage());
  }
}
