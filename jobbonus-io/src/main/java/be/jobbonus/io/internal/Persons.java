package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The usable persons of a {@code persons.csv} file, in file order, as columns (INSZ number, line,
 * statuut, residence, postal code, birth date, the names as UTF-8 and already as JSON string
 * content for the results writer; about 100 bytes a person, no object per person: a {@link
 * Person} is made again only where one is asked for, {@link #person}) with one
 * lookup by INSZ: first the persons just after the last one found (a data file in the persons
 * file's order needs nothing else), else a hash index built on first use. Also why the others were
 * refused. Read once by {@link PersonsCsv#read}; a run marks the persons it has used. Not
 * thread-safe.
 */
public final class Persons {

  private static final byte USABLE = 0;
  private static final byte USED = 1;
  private static final byte REMOVED = 2;
  /** How many persons after the last one found {@link #indexOf} looks at before it uses the hash index. */
  static final int LOOK_AHEAD = 16;
  private static final int NO_DATE = Integer.MIN_VALUE;
  private static final Statuut[] STATUUTS = Statuut.values();
  private static final Region[] REGIONS = Region.values();

  private int size;
  private long[] insz;
  private long[] line;
  private byte[] statuut;
  private byte[] residence;
  private short[] postalCode; // 0: none
  /** The birth date (epoch day) the person's record gives, else the INSZ's; {@link #NO_DATE}: neither. */
  private int[] birth;
  /** Whether the record gave the birth date (a {@link Person} made again has it only then). */
  private boolean[] birthGiven;
  private byte[] raw; // the names as UTF-8, last then first
  private int[] rawStart;
  private int[] rawFirstStart;
  private int rawUsed;
  private byte[] state;
  private byte[] names;
  private int[] nameStart;
  private int[] firstNameStart;
  private int namesUsed;

  /** INSZ number → index, built on the first look-up that needs it. */
  private volatile LongIntMap index;
  private int cursor;

  private Map<String, String> refused = Map.of();
  private long read;
  private long rejected;

  /** Room for {@code expected} persons and {@code nameBytes} bytes of their names before a column grows. */
  Persons(int expected, int nameBytes) {
    int n = Math.max(16, expected);
    insz = new long[n];
    line = new long[n];
    statuut = new byte[n];
    residence = new byte[n];
    postalCode = new short[n];
    birth = new int[n];
    birthGiven = new boolean[n];
    rawStart = new int[n + 1];
    rawFirstStart = new int[n];
    state = new byte[n];
    nameStart = new int[n + 1];
    firstNameStart = new int[n];
    raw = new byte[Math.max(16, nameBytes)];
    names = new byte[Math.max(16, nameBytes)];
  }

  /** Adds a person read from line {@code number} (in file order); returns its index. */
  int add(Person p, long number) {
    Optional<LocalDate> b = p.birthDate();
    int i = columns(Long.parseLong(p.insz().digits()), number, p.statuut().ordinal(), p.residence().ordinal(),
        p.postalCode().orElse(0), b.isPresent() ? (int) b.get().toEpochDay() : NO_DATE,
        b.isPresent() && !b.equals(p.insz().birthDate()));
    nameStart[i] = namesUsed;
    append(p.lastName());
    firstNameStart[i] = namesUsed;
    append(p.firstName());
    nameStart[i + 1] = namesUsed;
    rawStart[i] = rawUsed;
    appendRaw(p.lastName());
    rawFirstStart[i] = rawUsed;
    appendRaw(p.firstName());
    rawStart[i + 1] = rawUsed;
    return added(i);
  }

  /**
   * Adds a person of a line read the quick way ({@link PersonsCsv.Plain}), whose names in {@code b}
   * are UTF-8 without control characters, quotes or backslashes (the same bytes as JSON string
   * content); returns its index.
   */
  int add(PersonsCsv.Plain p, byte[] b, long number) {
    int i = columns(p.insz, number, p.statuut, p.residence, p.postalCode, (int) p.birth, p.birthGiven);
    nameStart[i] = namesUsed;
    names = copy(b, p.from[1], p.to[1], names, namesUsed);
    firstNameStart[i] = namesUsed += p.to[1] - p.from[1];
    names = copy(b, p.from[2], p.to[2], names, namesUsed);
    nameStart[i + 1] = namesUsed += p.to[2] - p.from[2];
    rawStart[i] = rawUsed;
    raw = copy(b, p.from[1], p.to[1], raw, rawUsed);
    rawFirstStart[i] = rawUsed += p.to[1] - p.from[1];
    raw = copy(b, p.from[2], p.to[2], raw, rawUsed);
    rawStart[i + 1] = rawUsed += p.to[2] - p.from[2];
    return added(i);
  }

  /** The next person's columns but the names (the columns grown if full); returns its index. */
  private int columns(long number, long lineNumber, int statuutOrdinal, int residenceOrdinal, int postal,
      int birthDay, boolean givenDate) {
    if (size == insz.length) {
      grow();
    }
    int i = size;
    insz[i] = number;
    line[i] = lineNumber;
    statuut[i] = (byte) statuutOrdinal;
    residence[i] = (byte) residenceOrdinal;
    postalCode[i] = (short) postal;
    birth[i] = birthDay;
    birthGiven[i] = givenDate;
    return i;
  }

  /** Counts person {@code i}, whose columns are written, and indexes them if the index is built. */
  private int added(int i) {
    size++;
    if (index != null) {
      index.putIfAbsent(insz[i], i); // the first person with this INSZ stays the one found
    }
    return i;
  }

  /** {@code from[s..e)} copied into {@code to} at {@code at}; returns {@code to}, or a larger copy of it if it was full. */
  private static byte[] copy(byte[] from, int s, int e, byte[] to, int at) {
    byte[] room = to.length - at < e - s ? Arrays.copyOf(to, Math.max(to.length * 2, at + e - s)) : to;
    System.arraycopy(from, s, room, at, e - s);
    return room;
  }

  /** Marks person {@code i} as refused after all (an INSZ found on several lines). */
  void remove(int i) {
    state[i] = REMOVED;
  }

  void finish(Map<String, String> refusedPersons, long records, long refusedRecords) {
    this.refused = refusedPersons;
    this.read = records;
    this.rejected = refusedRecords;
  }

  /** Persons added, the refused-after-all included (see {@link #usable}). */
  public int size() {
    return size;
  }

  /** The index of the person with this INSZ number (usable or already used), or -1. */
  public int indexOf(long key) {
    int i = -1;
    for (int k = cursor, end = Math.min(size, cursor + LOOK_AHEAD); k < end; k++) {
      if (insz[k] == key) {
        i = k;
        break;
      }
    }
    if (i < 0) {
      i = hashed(key);
    }
    if (i < 0 || state[i] == REMOVED) {
      return -1;
    }
    cursor = i + 1;
    return i;
  }

  /**
   * The index of the person with this INSZ number (usable or already used), or -1, without
   * {@link #indexOf}'s look-ahead: safe on several threads at once once {@link #index} has run.
   */
  public int find(long key) {
    int i = hashed(key);
    return i < 0 || state[i] == REMOVED ? -1 : i;
  }

  /**
   * {@link #find(long)}, looking at person {@code hint} and the few after first (the one after the
   * last found: in a data file in the persons file's order, the next one with lines), else the hash
   * index. Safe on several threads as {@link #find(long)} is.
   */
  public int find(long key, int hint) {
    for (int k = Math.max(0, hint), end = Math.min(size, k + LOOK_AHEAD); hint >= 0 && k < end; k++) {
      if (insz[k] == key) { // the first person with this INSZ: the one the index has
        return state[k] == REMOVED ? -1 : k;
      }
    }
    return find(key);
  }

  /**
   * Builds the look-up by INSZ now (else the first look-up that needs it does, on whichever
   * thread): once the persons are read, {@link #find} may run on several threads.
   */
  public void index() {
    if (index == null) {
      synchronized (this) {
        if (index == null) {
          LongIntMap m = new LongIntMap(Math.max(size, insz.length));
          for (int i = 0; i < size; i++) {
            m.putIfAbsent(insz[i], i); // the first person with this INSZ stays the one found
          }
          index = m;
        }
      }
    }
  }

  /** Whether the look-up by INSZ is built (then {@link #add} keeps it up to date). */
  boolean indexed() {
    return index != null;
  }

  /**
   * Whether two persons have the same INSZ: possible only when persons were added while {@link
   * #indexed} was false (nothing then looked for the INSZ first). The numbers are sorted, unless
   * they already increase, and neighbours compared: no look-up per person.
   */
  boolean repeats() {
    boolean increasing = true;
    for (int i = 1; i < size && increasing; i++) {
      increasing = insz[i] > insz[i - 1];
    }
    if (increasing) {
      return false;
    }
    long[] sorted = Arrays.copyOf(insz, size);
    Arrays.sort(sorted);
    for (int i = 1; i < size; i++) {
      if (sorted[i] == sorted[i - 1]) {
        return true;
      }
    }
    return false;
  }

  /** The index of the person with these 11 digits, or -1. */
  public int indexOf(String digits) {
    return indexOf(Long.parseLong(digits));
  }

  public long insz(int i) {
    return insz[i];
  }

  /**
   * Person {@code i} as read, made again from the columns (an object per call: for a reject, an
   * explanation, a collected member; the runs read the columns).
   */
  public Person person(int i) {
    Insz id = Insz.parse(digits(i));
    Person p = Person.of(id, lastName(i), firstName(i), statuut(i), residence(i));
    if (postalCode[i] != 0) {
      p = p.withPostalCode(postalCode[i]);
    }
    return birthGiven[i] ? p.withBirthDate(LocalDate.ofEpochDay(birth[i])) : p;
  }

  /** The INSZ's 11 digits. Personal data. */
  public String digits(int i) {
    String s = Long.toString(insz[i]);
    return s.length() >= 11 ? s : "0".repeat(11 - s.length()) + s;
  }

  /** The INSZ masked: safe for rejects. */
  public String masked(int i) {
    return Insz.mask(digits(i));
  }

  public Statuut statuut(int i) {
    return STATUUTS[statuut[i]];
  }

  public Region residence(int i) {
    return REGIONS[residence[i]];
  }

  /** The birth date the record gives, else the INSZ's (the persons reader refuses a person with neither). */
  public LocalDate birthDate(int i) {
    if (birth[i] == NO_DATE) {
      throw new IllegalStateException("a person without a birth date");
    }
    return LocalDate.ofEpochDay(birth[i]);
  }

  /** The province of the postal code given, if one was. */
  public Optional<Region.Province> province(int i) {
    return postalCode[i] == 0 ? Optional.empty() : Region.Province.ofPostalCode(postalCode[i]);
  }

  /** Whether a postal code was given. */
  public boolean hasPostalCode(int i) {
    return postalCode[i] != 0;
  }

  public String lastName(int i) {
    return new String(raw, rawStart[i], rawFirstStart[i] - rawStart[i], StandardCharsets.UTF_8);
  }

  public String firstName(int i) {
    return new String(raw, rawFirstStart[i], rawStart[i + 1] - rawFirstStart[i], StandardCharsets.UTF_8);
  }

  /** The person's line in the persons file. */
  public long line(int i) {
    return line[i];
  }

  /** Not refused and not yet used by the run. */
  public boolean usable(int i) {
    return state[i] == USABLE;
  }

  public boolean used(int i) {
    return state[i] == USED;
  }

  /** Marks the person as having records in the data file. */
  public void markUsed(int i) {
    state[i] = USED;
  }

  /** The names of person {@code i}, last then first, as JSON string content (UTF-8, escaped). */
  public byte[] names() {
    return names;
  }

  public int lastNameStart(int i) {
    return nameStart[i];
  }

  public int firstNameStart(int i) {
    return firstNameStart[i];
  }

  public int namesEnd(int i) {
    return nameStart[i + 1];
  }

  /** Why the person record(s) with this valid INSZ were refused, or {@code null}. */
  public String refusal(String digits) {
    return refused.get(digits);
  }

  /** Records read (non-blank lines after the header). */
  public long read() {
    return read;
  }

  /** Records refused. */
  public long rejected() {
    return rejected;
  }

  private int hashed(long key) {
    LongIntMap m = index;
    if (m == null) {
      index();
      m = index;
    }
    return m.get(key); // LongIntMap.ABSENT is -1
  }

  private void append(String text) {
    int room = text.length() * 6;
    if (names.length - namesUsed < room) {
      names = Arrays.copyOf(names, Math.max(names.length * 2, namesUsed + room));
    }
    namesUsed = JsonText.encode(text, names, namesUsed);
  }

  private void appendRaw(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    raw = copy(b, 0, b.length, raw, rawUsed);
    rawUsed += b.length;
  }

  private void grow() {
    int n = insz.length * 2;
    insz = Arrays.copyOf(insz, n);
    line = Arrays.copyOf(line, n);
    statuut = Arrays.copyOf(statuut, n);
    residence = Arrays.copyOf(residence, n);
    postalCode = Arrays.copyOf(postalCode, n);
    birth = Arrays.copyOf(birth, n);
    birthGiven = Arrays.copyOf(birthGiven, n);
    rawStart = Arrays.copyOf(rawStart, n + 1);
    rawFirstStart = Arrays.copyOf(rawFirstStart, n);
    state = Arrays.copyOf(state, n);
    nameStart = Arrays.copyOf(nameStart, n + 1);
    firstNameStart = Arrays.copyOf(firstNameStart, n);
  }

  /** The count only: no personal data. */
  @Override
  public String toString() {
    return "Persons[" + size + "]";
  }
}
