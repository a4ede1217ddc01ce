package be.jobbonus.io.internal.xml;

import java.util.Arrays;

/**
 * Element names to their indices, a small open-addressed hash table on the names' own (cached)
 * hash codes: one probe, then one {@code equals} (which the parser's shared name strings usually
 * pass by identity), whatever the number of names. How the reader finds an element's child in
 * its table ({@link Element}) and an element it reads anywhere in a document ({@link DmfaTree}).
 */
final class NameTable {
  private final String[] names;
  private final int[] slots; // index + 1, 0 = empty
  private final int mask;

  NameTable(String[] names) {
    this.names = names.clone();
    int size = Integer.highestOneBit(Math.max(4, names.length * 4 - 1)) << 1;
    this.slots = new int[size];
    this.mask = size - 1;
    for (int i = 0; i < names.length; i++) {
      if (indexOf(names[i]) >= 0) {
        throw new IllegalArgumentException("a name twice in one table: " + names[i]);
      }
      int s = spread(names[i].hashCode()) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = i + 1;
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The index of {@code n} in the names given, or -1. */
  int indexOf(String n) {
    int s = spread(n.hashCode()) & mask;
    int i;
    while ((i = slots[s]) != 0) {
      if (names[i - 1].equals(n)) {
        return i - 1;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  /** The name at {@code index}. */
  String name(int index) {
    return names[index];
  }

  int size() {
    return names.length;
  }

  @Override
  public String toString() {
    return Arrays.toString(names);
  }
}
