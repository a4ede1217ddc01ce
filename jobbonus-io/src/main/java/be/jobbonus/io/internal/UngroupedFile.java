package be.jobbonus.io.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-quarter file not grouped by INSZ ({@link Grouping}): every line with a readable INSZ kept
 * as bytes ({@link KeptLines}) and chained to the earlier lines of its person, the others refused
 * as they come; then each person's lines read again as one group, in the order their INSZ first
 * appears. A line whose INSZ cannot be read may then be anyone's, and holds every person.
 */
final class UngroupedFile {

  private UngroupedFile() {}

  static void read(Path data, PersonGroups groups) {
    KeptLines kept = new KeptLines(1 << 16, 1024);
    int[] next = new int[1024]; // per kept line: the same person's next line, or -1
    Map<Long, int[]> byPerson = new LinkedHashMap<>(); // INSZ → its first and last kept line
    try (ByteLines in = ByteLines.open(data)) {
      while (in.next()) {
        long key = in.tooLong() ? groups.keyOf(in.head(), 0, -1 - in.headLength(), in.number())
            : groups.keyOf(in.buffer(), in.start(), in.length(), in.number());
        if (key < 0) {
          continue; // blank, the header, or refused
        }
        int k = kept.add(in);
        if (k == next.length) {
          next = Arrays.copyOf(next, k * 2);
        }
        next[k] = -1;
        int[] ends = byPerson.get(key);
        if (ends == null) {
          byPerson.put(key, new int[] {k, k});
        } else {
          next[ends[1]] = k;
          ends[1] = k;
        }
      }
    }
    int[] chain = next;
    for (Map.Entry<Long, int[]> e : byPerson.entrySet()) {
      groups.startRegrouped(e.getKey());
      for (int k = e.getValue()[0]; k >= 0; k = chain[k]) {
        kept.read(k, groups::regroup);
      }
      groups.endGroup();
    }
  }
}
