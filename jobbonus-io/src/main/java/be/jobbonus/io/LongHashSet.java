package be.jobbonus.io;

import java.util.Arrays;

/** A compact set of positive longs (INSZ numbers): 16 bytes a key at most. Not thread-safe. */
final class LongHashSet {
  private long[] table = new long[1024];
  private int size;

  boolean add(long key) {
    if (key <= 0) {
      throw new IllegalArgumentException("key must be positive");
    }
    if (size * 2 >= table.length) {
      long[] old = table;
      table = new long[old.length * 2];
      size = 0;
      for (long k : old) {
        if (k != 0) {
          add(k);
        }
      }
    }
    int mask = table.length - 1;
    int i = (int) (mix(key) & mask);
    while (table[i] != 0) {
      if (table[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = key;
    size++;
    return true;
  }

  boolean contains(long key) {
    int mask = table.length - 1;
    int i = (int) (mix(key) & mask);
    while (table[i] != 0) {
      if (table[i] == key) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  void clear() {
    Arrays.fill(table, 0);
    size = 0;
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }
}
