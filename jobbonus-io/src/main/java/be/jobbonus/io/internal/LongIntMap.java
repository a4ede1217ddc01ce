package be.jobbonus.io.internal;

import java.util.Arrays;

/**
 * A map from a non-zero {@code long} (an INSZ as a number) to a non-negative {@code int} (a slot,
 * an index): open addressing with linear probing in one primitive array, each key beside its
 * value (a look-up touches one cache line, not two), kept at most half full, no object per entry.
 * The first value stored for a key stays. The persons' index by INSZ and the XML reader's check
 * for an INSS declared twice. Not thread-safe while it is written; {@link #get} alone may run on
 * several threads.
 */
public final class LongIntMap {

  /** What {@link #get} and {@link #putIfAbsent} give for a key not (yet) stored. */
  public static final int ABSENT = -1;

  private final int initialSlots;
  /** Slot {@code i}: the key at {@code 2i} (0: free), its value at {@code 2i + 1}. */
  private long[] table;
  private int size;

  /** A map with room for {@code expected} keys before it grows. */
  public LongIntMap(int expected) {
    initialSlots = Integer.highestOneBit(Math.max(8, expected)) * 4; // a quarter to half full
    table = new long[2 * initialSlots];
  }

  /** The value stored for {@code key}, or {@link #ABSENT}. */
  public int get(long key) {
    long[] t = table;
    int mask = (t.length >>> 1) - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      long at = t[2 * i];
      if (at == 0) {
        return ABSENT; // key 0 too: it is never stored
      }
      if (at == key) {
        return (int) t[2 * i + 1];
      }
    }
  }

  /**
   * Stores {@code value} for {@code key} unless the key is there already.
   *
   * @param key not 0
   * @param value 0 or more
   * @return the value already stored for {@code key}, or {@link #ABSENT} after storing {@code value}
   */
  public int putIfAbsent(long key, int value) {
    if (key == 0 || value < 0) {
      throw new IllegalArgumentException("a key is not 0 and a value not negative");
    }
    if (size * 4 >= table.length) { // half the slots
      grow();
    }
    long[] t = table;
    int mask = (t.length >>> 1) - 1;
    int i = mix(key) & mask;
    while (t[2 * i] != 0) {
      if (t[2 * i] == key) {
        return (int) t[2 * i + 1];
      }
      i = (i + 1) & mask;
    }
    t[2 * i] = key;
    t[2 * i + 1] = value;
    size++;
    return ABSENT;
  }

  /** Keys stored. */
  public int size() {
    return size;
  }

  /** Removes every key; a map that had grown large starts again at its first size. */
  public void clear() {
    if (size > 0) {
      if (table.length > 2 * Math.max(initialSlots, 1 << 16)) {
        table = new long[2 * initialSlots];
      } else {
        Arrays.fill(table, 0);
      }
      size = 0;
    }
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[old.length * 2];
    int mask = (t.length >>> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      long key = old[j];
      if (key != 0) {
        int i = mix(key) & mask;
        while (t[2 * i] != 0) {
          i = (i + 1) & mask;
        }
        t[2 * i] = key;
        t[2 * i + 1] = old[j + 1];
      }
    }
    table = t;
  }

  /** Fibonacci hashing, the high half folded into the low one (the slot is taken from the low bits). */
  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
