package be.jobbonus.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads one plain {@code dmfa.jsonl} line straight from its bytes into {@link OccupationFields},
 * without objects: the compact JSON our own files and most extracts have. It decides nothing about
 * validity: on anything it does not read entirely (whitespace, escapes, non-ASCII bytes, {@code
 * null}, a missing, repeated or mistyped field, a number with a sign, fraction or leading zero,
 * more than {@link OccupationFields#MAX_ITEMS} services, ...) it answers {@code false} and {@link
 * DmfaJsonl} reads the line with Jackson instead, into the same fields. The values it reads are
 * checked afterwards by the same checks as Jackson's.
 *
 * <p>Shape read: an object whose first field is {@code "insz"} (11 digits), then in any order
 * {@code quarter} ("YYYYQn"), {@code employer} (9 or 10 digits), {@code workerCode}, {@code
 * contract} (FULL_TIME or PART_TIME), {@code daysPerWeek}, {@code meanWorkingHours}, {@code
 * refMeanWorkingHours}, optional {@code services} [{code, days, hours?}] and {@code remunerations}
 * [{code, amount}]; a line with any other field is left to Jackson's reading. Mutable, one per
 * thread.
 */
final class DmfaLineScanner {

  private static final int MAX_ITEMS = OccupationFields.MAX_ITEMS;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final byte[] INSZ = bytes("insz");
  /** The fields after the INSZ, in the order our files write them. */
  private static final byte[][] NAMES = {bytes("quarter"), bytes("employer"), bytes("workerCode"), bytes("contract"),
      bytes("daysPerWeek"), bytes("meanWorkingHours"), bytes("refMeanWorkingHours"), bytes("services"),
      bytes("remunerations")};
  /** {@link #NAMES} as they appear: {@code "name":}. */
  private static final Token[] TOKENS = new Token[NAMES.length];
  private static final int INSZ_FIELD = NAMES.length;
  /** The fields that must be present: all but services and remunerations. */
  private static final int REQUIRED = 127;

  static {
    for (int f = 0; f < NAMES.length; f++) {
      TOKENS[f] = new Token(new String(NAMES[f], StandardCharsets.US_ASCII));
    }
  }

  /** The fields of a service and of a remuneration, each {@code "name":}. */
  private static final Token[] SERVICE_FIELDS = {new Token("code"), new Token("days"), new Token("hours")};
  private static final Token[] REMUNERATION_FIELDS = {new Token("code"), new Token("amount")};
  private static final byte[] FULL_TIME = bytes("FULL_TIME");
  private static final byte[] PART_TIME = bytes("PART_TIME");

  /** Where the fields go. */
  private OccupationFields f;
  private final long[] values = new long[3];
  private byte[] b;
  private int i;
  private int end;
  private int nameStart;
  private int nameLength;
  private int stringStart;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The INSZ digits when the line starts with {@code {"insz":"} and 11 digits in quotes, else -1.
   * Such a line's INSZ is the one the exact reader finds first.
   */
  static long leadingInsz(byte[] b, int s, int e) {
    if (e - s < 21 || b[s] != '{' || b[s + 1] != '"' || b[s + 2] != 'i' || b[s + 3] != 'n' || b[s + 4] != 's'
        || b[s + 5] != 'z' || b[s + 6] != '"' || b[s + 7] != ':' || b[s + 8] != '"' || b[s + 20] != '"') {
      return -1;
    }
    long v = 0;
    for (int k = s + 9; k < s + 20; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Reads the line {@code b[s..e)} (no terminator); {@code false} when it is not the plain shape. */
  boolean scan(byte[] bytes, int s, int e, OccupationFields into) {
    this.b = bytes;
    this.i = s;
    this.end = e;
    this.f = into;
    f.clear();
    f.insz = leadingInsz(bytes, s, e);
    if (f.insz < 0) {
      return false;
    }
    i = s + 21;
    int seen = 0;
    int expected = 0;
    while (true) {
      if (i >= end) {
        return false;
      }
      byte c = b[i++];
      if (c == '}') {
        break;
      }
      if (c != ',') {
        return false;
      }
      int field;
      if (expected < TOKENS.length && startsWith(TOKENS[expected])) { // the usual order, one comparison
        field = expected;
        i += TOKENS[expected].bytes.length;
      } else {
        if (!name()) {
          return false;
        }
        field = field();
      }
      expected = field + 1;
      if (field < 0) {
        return false; // an unknown field: Jackson's reading decides whether it is a misspelt one
      }
      if (!value(field)) {
        return false;
      }
      int bit = 1 << field;
      if ((seen & bit) != 0) {
        return false;
      }
      seen |= bit;
    }
    return i == end && (seen & REQUIRED) == REQUIRED;
  }

  /** The field named at {@code nameStart}: its index in {@link #TOKENS}, {@link #INSZ_FIELD}, or -1 when unknown. */
  private int field() {
    for (int f = 0; f < NAMES.length; f++) {
      if (is(NAMES[f])) {
        return f;
      }
    }
    return is(INSZ) ? INSZ_FIELD : -1;
  }

  /** Reads the value of {@code field}; false when it is not plain. */
  private boolean value(int field) {
    switch (field) {
      case 0:
        return quarterValue();
      case 1:
        return employerValue();
      case 2:
        f.workerCode = (int) integer(9);
        return f.workerCode >= 0;
      case 3:
        return contractValue();
      case 4:
        f.daysPerWeek = (int) integer(9);
        return f.daysPerWeek >= 0;
      case 5:
        f.meanWorkingHours = (int) integer(9);
        return f.meanWorkingHours >= 0;
      case 6:
        f.refMeanWorkingHours = (int) integer(9);
        return f.refMeanWorkingHours >= 0;
      case 7:
        return list(true);
      case 8:
        return list(false);
      default:
        return false; // the INSZ again: the exact reader explains it
    }
  }

  /** Which of {@code tokens} comes next (and moves past it), -1 for another field, -2 when not plain. */
  private int nested(Token[] tokens) {
    for (int t = 0; t < tokens.length; t++) {
      if (startsWith(tokens[t])) {
        i += tokens[t].bytes.length;
        return t;
      }
    }
    return name() ? -1 : -2;
  }

  /** A field name as it appears ({@code "name":}), with its bytes as little-endian words. */
  private static final class Token {
    final byte[] bytes;
    final long[] words;
    final long lastMask;

    Token(String name) {
      bytes = ("\"" + name + "\":").getBytes(StandardCharsets.US_ASCII);
      words = new long[(bytes.length + 7) / 8];
      for (int k = bytes.length - 1; k >= 0; k--) {
        words[k / 8] |= (bytes[k] & 0xFFL) << (8 * (k % 8));
      }
      int rest = bytes.length % 8;
      lastMask = rest == 0 ? -1L : (1L << (8 * rest)) - 1;
    }
  }

  /** Whether {@code token} is next; compares eight bytes at a time. */
  private boolean startsWith(Token token) {
    int len = token.bytes.length;
    if (end - i < len) {
      return false;
    }
    long[] w = token.words;
    if (i + 8 * w.length > b.length) {
      for (int k = 0; k < len; k++) {
        if (b[i + k] != token.bytes[k]) {
          return false;
        }
      }
      return true;
    }
    int last = w.length - 1;
    for (int k = 0; k < last; k++) {
      if ((long) LONGS.get(b, i + 8 * k) != w[k]) {
        return false;
      }
    }
    return (((long) LONGS.get(b, i + 8 * last) ^ w[last]) & token.lastMask) == 0;
  }

  /** After a ',' or '{': a field name in quotes and the ':' after it. */
  private boolean name() {
    if (i >= end || b[i] != '"') {
      return false;
    }
    int k = ++i;
    while (k < end) {
      byte c = b[k];
      if (c == '"') {
        break;
      }
      if (c < 0x20 || c == '\\' || c < 0) {
        return false;
      }
      k++;
    }
    if (k + 1 >= end || b[k + 1] != ':') {
      return false;
    }
    nameStart = i;
    nameLength = k - i;
    i = k + 2;
    return true;
  }

  private boolean is(byte[] name) {
    if (nameLength != name.length) {
      return false;
    }
    for (int k = 0; k < nameLength; k++) {
      if (b[nameStart + k] != name[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A non-negative whole number of at most {@code maxDigits} digits, without sign, fraction,
   * exponent or leading zero, followed by ',', '}' or ']'; -1 otherwise.
   */
  private long integer(int maxDigits) {
    int k = i;
    long v = 0;
    while (k < end) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      v = v * 10 + d;
      k++;
    }
    int n = k - i;
    if (n == 0 || n > maxDigits || (n > 1 && b[i] == '0') || k >= end) {
      return -1;
    }
    byte c = b[k];
    if (c != ',' && c != '}' && c != ']') {
      return -1;
    }
    i = k;
    return v;
  }

  /** A string of plain ASCII (no escape, no control byte); returns its length, -1 otherwise. */
  private int plainString() {
    if (i >= end || b[i] != '"') {
      return -1;
    }
    int k = i + 1;
    while (k < end) {
      byte c = b[k];
      if (c == '"') {
        int n = k - i - 1;
        stringStart = i + 1;
        i = k + 1;
        return n;
      }
      if (c < 0x20 || c == '\\') {
        return -1;
      }
      k++;
    }
    return -1;
  }

  private boolean quarterValue() {
    int n = plainString();
    int s = stringStart;
    if (n != 6 || b[s + 4] != 'Q') {
      return false;
    }
    int y = 0;
    for (int k = s; k < s + 4; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      y = y * 10 + d;
    }
    int q = b[s + 5] - '0';
    if (q < 1 || q > 4 || y < 1000) {
      return false;
    }
    f.year = y;
    f.quarter = q;
    return true;
  }

  private boolean employerValue() {
    int n = plainString();
    if (n != 9 && n != 10) {
      return false;
    }
    int s = stringStart;
    long v = 0;
    for (int k = s; k < s + n; k++) {
      if (b[k] < '0' || b[k] > '9') {
        return false;
      }
      v = v * 10 + b[k] - '0';
    }
    f.employer = v;
    f.employerDigits = n;
    return true;
  }

  private boolean contractValue() {
    int n = plainString();
    if (n != 9) {
      return false;
    }
    int s = stringStart;
    if (same(s, FULL_TIME)) {
      f.partTime = false;
      return true;
    }
    if (same(s, PART_TIME)) {
      f.partTime = true;
      return true;
    }
    return false;
  }

  private boolean same(int s, byte[] word) {
    for (int k = 0; k < word.length; k++) {
      if (b[s + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A list of services ({code, days, hours?}) or remunerations ({code, amount}): objects of whole
   * numbers, other plain fields skipped, into the columns.
   */
  private boolean list(boolean ofServices) {
    Token[] fields = ofServices ? SERVICE_FIELDS : REMUNERATION_FIELDS;
    if (i >= end || b[i] != '[') {
      return false;
    }
    i++;
    if (i < end && b[i] == ']') {
      i++;
      return true;
    }
    while (true) {
      int count = ofServices ? f.services : f.remunerations;
      if (count == MAX_ITEMS || i >= end || b[i] != '{') {
        return false;
      }
      i++;
      long[] v = values;
      v[0] = -1;
      v[1] = -1;
      v[2] = 0; // hours may be left out
      int seen = 0;
      boolean first = true;
      while (true) {
        if (i >= end) {
          return false;
        }
        if (!first || b[i] == '}') {
          byte c = b[i++];
          if (c == '}') {
            break;
          }
          if (c != ',') {
            return false;
          }
        }
        first = false;
        int which = nested(fields);
        if (which == -2) {
          return false;
        }
        if (which == -1) {
          return false; // as above
        }
        v[which] = integer(!ofServices && which == 1 ? 11 : 9); // amounts in cents reach 11 digits
        if (v[which] < 0 || (seen & (1 << which)) != 0) {
          return false;
        }
        seen |= 1 << which;
      }
      if ((seen & 3) != 3) { // code and days, or code and amount
        return false;
      }
      if (ofServices) {
        f.serviceCodes[count] = (int) v[0];
        f.serviceDays[count] = (int) v[1];
        f.serviceHours[count] = (int) v[2];
        f.services++;
      } else {
        f.remunerationCodes[count] = (int) v[0];
        f.remunerationAmounts[count] = v[1];
        f.remunerations++;
      }
      if (i >= end) {
        return false;
      }
      byte c = b[i++];
      if (c == ']') {
        return true;
      }
      if (c != ',') {
        return false;
      }
    }
  }
}
