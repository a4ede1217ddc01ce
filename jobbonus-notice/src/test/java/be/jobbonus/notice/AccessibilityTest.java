package be.jobbonus.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rules of an accessible notice, tested on the HTML itself (WCAG 2.1 AA as it applies to one
 * static page): the language, the title, one main heading, a data table with a caption and header
 * cells with their scope, no meaning in the style sheet alone, and text colours of at least 4.5:1
 * against their background. The HTML is parsed as XML: well-formed, which the PDF needs too.
 */
class AccessibilityTest {

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static String html(String lang) {
    return Notices.of(Locale.forLanguageTag(lang)).dated(PublishedExample.DATE).html(PublishedExample.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "fr"})
  void languageTitleAndHeadings(String lang) throws Exception {
    Document d = parse(html(lang));
    Element root = d.getDocumentElement();
    assertEquals(lang, root.getAttribute("lang"));
    assertFalse(d.getElementsByTagName("title").item(0).getTextContent().isBlank());
    assertEquals(1, d.getElementsByTagName("h1").getLength(), "one main heading");
    assertTrue(d.getElementsByTagName("h2").getLength() >= 3);
    assertEquals(1, d.getElementsByTagName("main").getLength());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "fr"})
  void theTableHasACaptionAndEveryHeaderCellItsScope(String lang) throws Exception {
    Document d = parse(html(lang));
    NodeList tables = d.getElementsByTagName("table");
    assertEquals(1, tables.getLength());
    Element table = (Element) tables.item(0);
    assertFalse(table.getElementsByTagName("caption").item(0).getTextContent().isBlank());
    NodeList ths = table.getElementsByTagName("th");
    for (int i = 0; i < ths.getLength(); i++) {
      String scope = ((Element) ths.item(i)).getAttribute("scope");
      assertTrue(scope.equals("col") || scope.equals("row"), "th without scope: " + ths.item(i).getTextContent());
    }
    Element head = (Element) table.getElementsByTagName("thead").item(0);
    assertEquals(6, head.getElementsByTagName("th").getLength(), "a header for each column");
    NodeList rows = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
    assertEquals(4, rows.getLength());
    for (int i = 0; i < rows.getLength(); i++) {
      Element first = (Element) ((Element) rows.item(i)).getElementsByTagName("*").item(0);
      assertEquals("th", first.getTagName(), "each row is named by its quarter");
      assertEquals("row", first.getAttribute("scope"));
      assertEquals(6, ((Element) rows.item(i)).getElementsByTagName("*").getLength());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "fr"})
  void readableWithoutTheStyleSheet(String lang) throws Exception {
    String html = html(lang);
    Document d = parse(html);
    assertFalse(html.contains("style=\""), "no style attributes: the style sheet is the only style");
    String css = d.getElementsByTagName("style").item(0).getTextContent();
    assertFalse(css.contains("display: none") || css.contains("display:none") || css.contains("content:"),
        "no text hidden or added by the style sheet");
    assertEquals(0, d.getElementsByTagName("img").getLength(), "no text in pictures");
    if (html.contains(" (*)")) {
      assertTrue(html.contains("class=\"note\">(*) "), "a mark is explained in the text");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "fr"})
  void everyTextColourHasAContrastOfAtLeastFourAndAHalf(String lang) throws Exception {
    String css = parse(html(lang)).getElementsByTagName("style").item(0).getTextContent();
    Map<String, Map<String, String>> rules = rules(css);
    String page = rules.get("body").get("background-color");
    assertEquals("#ffffff", page);
    List<String> faults = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, Map<String, String>> r : rules.entrySet()) {
      String fg = r.getValue().get("color");
      if (fg == null) {
        continue;
      }
      String bg = r.getValue().getOrDefault("background-color", page);
      double ratio = contrast(fg, bg);
      checked++;
      if (ratio < 4.5) {
        faults.add(r.getKey() + ": " + fg + " on " + bg + " is " + String.format(Locale.ROOT, "%.2f", ratio) + ":1");
      }
    }
    assertTrue(checked >= 6, "colours found: " + checked);
    assertEquals(List.of(), faults);
  }

  @org.junit.jupiter.api.Test
  void theContrastFormulaIsWcags() {
    assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
    assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
    assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01); // the grey that just fails AA
  }

  /** Selector to declarations, one rule per selector (a list of selectors counts for each). */
  static Map<String, Map<String, String>> rules(String css) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    Matcher m = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(css);
    while (m.find()) {
      Map<String, String> decls = new TreeMap<>();
      for (String d : m.group(2).split(";")) {
        int colon = d.indexOf(':');
        if (colon > 0) {
          String prop = d.substring(0, colon).strip();
          decls.put(prop.equals("background") ? "background-color" : prop, d.substring(colon + 1).strip());
        }
      }
      for (String sel : m.group(1).split(",")) {
        out.computeIfAbsent(sel.strip(), k -> new TreeMap<>()).putAll(decls);
      }
    }
    return out;
  }

  /** WCAG 2.1's contrast ratio of two #rrggbb colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    assertTrue(hex.matches("#[0-9a-fA-F]{6}"), "a colour as #rrggbb: " + hex);
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double s = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
