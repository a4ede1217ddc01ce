package be.jobbonus.io.internal.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Scans a number element's text (an INSZ, a code, days or hours in hundredths, an amount in euro
 * cents) straight from the parser's characters, without a {@code String}: an unsigned number of
 * digits, surrounding whitespace allowed, or a code saying why it is none. Keeps, from the last
 * text scanned, its count of digits and its first characters (to mask an INSS that is not a
 * number). An element inside the value is handed to the reader ({@link Nested}), which reads it
 * to its end. Not thread-safe: one per reader.
 */
final class NumberScanner {

  /** What the reader does with an element found inside a value: reads it to its end (the parser is at its start). */
  @FunctionalInterface
  interface Nested {
    void element() throws XMLStreamException;
  }

  /** No text, or whitespace only. */
  static final long EMPTY = -1;
  /** Other characters than digits, or digits after whitespace after digits. */
  static final long NOT_DIGITS = -2;
  /** More digits than the zone has. */
  static final long TOO_LONG = -3;
  /** An element inside the value. */
  static final long NESTED = -4;

  /** The characters kept of the last text: the 6 digits of a birth date that a masked INSZ shows. */
  private static final int HEAD = 6;

  private final Nested nested;
  private final char[] head = new char[HEAD];
  private int headLength;
  private boolean headDigits;
  private int digits;

  NumberScanner(Nested nested) {
    this.nested = nested;
  }

  /**
   * The current element's text (the reader is at its START_ELEMENT) as an unsigned number of at
   * most {@code maxDigits} digits; the reader ends at its END_ELEMENT. A number of 0 or more, else
   * {@link #EMPTY}, {@link #NOT_DIGITS}, {@link #TOO_LONG} or {@link #NESTED}.
   */
  long scan(XMLStreamReader2 r, int maxDigits) throws XMLStreamException {
    long v = 0;
    int digits = 0;
    int state = 0; // 0 before the digits, 1 in them, 2 after them
    boolean bad = false;
    headLength = 0;
    headDigits = true;
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      switch (ev) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE: {
          char[] text = r.getTextCharacters();
          int end = r.getTextStart() + r.getTextLength();
          for (int i = r.getTextStart(); i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
              if (state == 2) {
                bad = true;
              }
              state = 1;
              if (++digits <= 18) {
                v = v * 10 + (c - '0');
              }
              if (headLength < HEAD) {
                head[headLength++] = c;
              }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
              if (state == 1) {
                state = 2;
              }
            } else {
              bad = true;
              if (headLength < HEAD) {
                headDigits = false;
                head[headLength++] = '?';
              }
            }
          }
          break;
        }
        case XMLStreamConstants.START_ELEMENT:
          nested.element();
          bad = true;
          digits = -1_000_000;
          break;
        default:
          // comments and processing instructions inside a value: ignored
      }
    }
    this.digits = digits;
    if (digits < 0) {
      return NESTED;
    }
    if (bad) {
      return NOT_DIGITS;
    }
    if (digits == 0) {
      return EMPTY;
    }
    if (digits > maxDigits) {
      return TOO_LONG;
    }
    return v;
  }

  /**
   * The current element's text as a date {@code YYYY-MM-DD} (surrounding whitespace allowed),
   * returned as the number {@code YYYYMMDD}, else {@link #EMPTY}, {@link #NOT_DIGITS} (any other
   * text, or a day that does not exist) or {@link #NESTED}; the reader ends at its END_ELEMENT.
   */
  long scanDate(XMLStreamReader2 r) throws XMLStreamException {
    char[] d = date;
    int n = 0;
    boolean nested = false;
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
        char[] text = r.getTextCharacters();
        int end = r.getTextStart() + r.getTextLength();
        for (int i = r.getTextStart(); i < end; i++) {
          char c = text[i];
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (n > 0 && n < d.length) {
              n = d.length + 1; // whitespace inside the date
            }
            continue;
          }
          if (n < d.length) {
            d[n] = c;
          }
          n++;
        }
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        r.skipElement();
        nested = true;
      }
    }
    digits = n;
    if (nested) {
      return NESTED;
    }
    if (n == 0) {
      return EMPTY;
    }
    if (n != d.length || d[4] != '-' || d[7] != '-') {
      return NOT_DIGITS;
    }
    long v = 0;
    for (int i = 0; i < d.length; i++) {
      if (i == 4 || i == 7) {
        continue;
      }
      if (d[i] < '0' || d[i] > '9') {
        return NOT_DIGITS;
      }
      v = v * 10 + (d[i] - '0');
    }
    int year = (int) (v / 10000);
    int month = (int) (v / 100 % 100);
    int day = (int) (v % 100);
    if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(Math.max(1, year), month).lengthOfMonth()) {
      return NOT_DIGITS;
    }
    return v;
  }

  private final char[] date = new char[10];

  /** The digits of the last text scanned (negative when it held an element). */
  int digits() {
    return digits;
  }

  /**
   * The first 6 characters of the last text scanned when they are digits (an INSS that is not a
   * number may still be masked by them), else null.
   */
  String leadingDigits() {
    return headDigits && headLength >= HEAD ? new String(head, 0, HEAD) : null;
  }
}
