package be.jobbonus.io.internal;

import be.jobbonus.core.Person;
import java.util.Arrays;
import java.util.Map;

/**
 * The usable persons of a {@code persons.csv} file, in file order, as columns (INSZ number, the
 * person, the line, the names already as JSON string content for the results writer) with one
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
  private static final int LOOK_AHEAD = 16;

  private int size;
  private long[] insz = new long[1024];
  private Person[] person = new Person[1024];
  private long[] line = new long[1024];
  private byte[] state = new byte[1024];
  private byte[] names = new byte[1 << 16];
  private int[] nameStart = new int[1025];
  private int[] firstNameStart = new int[1024];
  private int namesUsed;

  /** INSZ number → index, built on the first look-up that needs it. */
  private LongIntMap index;
  private int cursor;

  private Map<String, String> refused = Map.of();
  private long read;
  private long rejected;

  Persons() {}

  /** Adds a person read from line {@code number} (in file order); returns its index. */
  int add(Person p, long number) {
    if (size == insz.length) {
      grow();
    }
    int i = size;
    insz[i] = Long.parseLong(p.insz().digits());
    person[i] = p;
    line[i] = number;
    nameStart[i] = namesUsed;
    append(p.lastName());
    firstNameStart[i] = namesUsed;
    append(p.firstName());
    nameStart[i + 1] = namesUsed;
    size++;
    if (index != null) {
      index.putIfAbsent(insz[i], i); // the first person with this INSZ stays the one found
    }
    return i;
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

  /** Builds the look-up by INSZ now, so that {@link #find} may then run on several threads. */
  public void index() {
    if (index == null) {
      LongIntMap m = new LongIntMap(size);
      for (int i = 0; i < size; i++) {
        m.putIfAbsent(insz[i], i); // the first person with this INSZ stays the one found
      }
      index = m;
    }
  }

  /** The index of the person with these 11 digits, or -1. */
  public int indexOf(String digits) {
    return indexOf(Long.parseLong(digits));
  }

  public long insz(int i) {
    return insz[i];
  }

  public Person person(int i) {
    return person[i];
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
    index();
    return index.get(key); // LongIntMap.ABSENT is -1
  }

  private void append(String text) {
    int room = text.length() * 6;
    if (names.length - namesUsed < room) {
      names = Arrays.copyOf(names, Math.max(names.length * 2, namesUsed + room));
    }
    namesUsed = JsonText.encode(text, names, namesUsed);
  }

  private void grow() {
    int n = insz.length * 2;
    insz = Arrays.copyOf(insz, n);
    person = Arrays.copyOf(person, n);
    line = Arrays.copyOf(line, n);
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
