package be.jobbonus.io.batch;

import be.jobbonus.core.Person;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.PersonsCsv;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The usable persons of a persons file as columns in file order, for the fast DmfA path: what the
 * kernel and the result writer need (INSZ, statuut, residence, first quarter at pension age,
 * pension age, names already as JSON text), filled while {@link PersonsCsv#read} reads each
 * person, so that later steps read small arrays in file order instead of following the objects
 * of a hash map. Looked up by INSZ number: first the person after the last one found (a DmfA
 * file in the persons file's order needs nothing else), else a hash index built on first use.
 * Filled first, then looked up; not thread-safe.
 */
final class PersonTable {

  private final BatchKernel kernel;
  private final ParameterSet parameters;

  private int size;
  long[] insz = new long[1024];
  PersonsCsv.Entry[] entries = new PersonsCsv.Entry[1024];
  byte[] statuut = new byte[1024];
  byte[] residence = new byte[1024];
  /** 1-5 (see {@link be.jobbonus.core.batch.BatchInput}), or 0 when the birth date is unknown: then the exact path. */
  byte[] pensionQuarter = new byte[1024];
  short[] pensionAge = new short[1024];
  /** 0 usable, 1 used (computed), 2 removed (refused after all). */
  byte[] state = new byte[1024];
  /** Last name then first name, each as JSON string content (escaped UTF-8), back to back. */
  byte[] names = new byte[1 << 16];
  /** Where person i's names start; {@code nameStart[i + 1]} is where they end. */
  int[] nameStart = new int[1025];
  int[] firstNameStart = new int[1024];
  private int namesUsed;

  /** The hash index, built on the first lookup that the file order does not answer. */
  private long[] keys;
  private int[] slots;
  /** Where the next person is expected: DmfA files usually follow the persons file's order. */
  private int cursor;

  static final byte USABLE = 0;
  static final byte USED = 1;
  static final byte REMOVED = 2;

  PersonTable(BatchKernel kernel, ParameterSet parameters) {
    this.kernel = kernel;
    this.parameters = parameters;
  }

  int size() {
    return size;
  }

  /** Adds a person read from the file (in file order). */
  void add(PersonsCsv.Entry e) {
    if (size == insz.length) {
      grow();
    }
    Person p = e.person();
    int i = size;
    insz[i] = Long.parseLong(p.insz().digits());
    entries[i] = e;
    statuut[i] = (byte) p.statuut().ordinal();
    residence[i] = (byte) p.residence().ordinal();
    LocalDate birth = p.birthDate().orElse(null);
    if (birth != null) {
      pensionQuarter[i] = (byte) kernel.firstQuarterAtPensionAge(birth);
      pensionAge[i] = (short) (int) parameters.pensionAgeRuleFor(birth).age().value();
    }
    nameStart[i] = namesUsed;
    append(p.lastName());
    firstNameStart[i] = namesUsed;
    append(p.firstName());
    nameStart[i + 1] = namesUsed;
    size++;
  }

  /** Marks the persons with these INSZs as refused after all. */
  void removeAll(java.util.Collection<String> refused) {
    for (String s : refused) {
      long key = Long.parseLong(s);
      int i = refused.size() <= 8 ? scan(key) : indexOf(key);
      if (i >= 0) {
        state[i] = REMOVED;
      }
    }
  }

  private int scan(long key) {
    for (int i = 0; i < size; i++) {
      if (insz[i] == key) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the person with this INSZ number, or -1; first tries the few persons after the
   * last one found (persons without DmfA lines are skipped that way).
   */
  int find(long key) {
    int i = -1;
    for (int k = cursor, end = Math.min(size, cursor + LOOK_AHEAD); k < end; k++) {
      if (insz[k] == key) {
        i = k;
        break;
      }
    }
    if (i < 0) {
      i = indexOf(key);
    }
    if (i >= 0) {
      cursor = i + 1;
    }
    return i;
  }

  /** How many persons after the last one found {@link #find} looks at before it uses the hash index. */
  private static final int LOOK_AHEAD = 16;

  /** The index of the person with this INSZ number, or -1. */
  int indexOf(long key) {
    if (keys == null) {
      keys = new long[Integer.highestOneBit(Math.max(16, size * 2)) * 2];
      slots = new int[keys.length];
      for (int i = 0; i < size; i++) {
        insert(insz[i], i);
      }
    }
    int mask = keys.length - 1;
    for (int h = mix(key) & mask; ; h = (h + 1) & mask) {
      long k = keys[h];
      if (k == key) {
        return slots[h];
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  /** End of the person's names in {@link #names}. */
  int namesEnd(int i) {
    return nameStart[i + 1];
  }

  private void append(String text) {
    int room = text.length() * 6;
    if (names.length - namesUsed < room) {
      names = Arrays.copyOf(names, Math.max(names.length * 2, namesUsed + room));
    }
    namesUsed = ResultBytes.encode(text, names, namesUsed);
  }

  private void insert(long key, int index) {
    int mask = keys.length - 1;
    int h = mix(key) & mask;
    while (keys[h] != 0) {
      h = (h + 1) & mask;
    }
    keys[h] = key;
    slots[h] = index;
  }

  private static int mix(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void grow() {
    int n = insz.length * 2;
    insz = Arrays.copyOf(insz, n);
    entries = Arrays.copyOf(entries, n);
    statuut = Arrays.copyOf(statuut, n);
    residence = Arrays.copyOf(residence, n);
    pensionQuarter = Arrays.copyOf(pensionQuarter, n);
    pensionAge = Arrays.copyOf(pensionAge, n);
    state = Arrays.copyOf(state, n);
    nameStart = Arrays.copyOf(nameStart, n + 1);
    firstNameStart = Arrays.copyOf(firstNameStart, n);
  }
}
