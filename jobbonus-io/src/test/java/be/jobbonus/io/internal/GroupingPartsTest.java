package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.io.InputKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grouping check read in parts at once says what one pass over the file says: drawn {@code
 * quarters.csv} files, grouped or not, with unreadable, blank and over-long lines, cut into one to
 * four parts anywhere (a run of one person across a cut included).
 */
class GroupingPartsTest {

  @TempDir
  Path dir;

  @Test
  void thePartsAgreeWithOnePass() throws IOException {
    Random r = new Random(11);
    int grouped = 0;
    int notGrouped = 0;
    for (int round = 0; round < 400; round++) {
      StringBuilder f = new StringBuilder(round % 7 == 0 ? "\uFEFFquarter,insz,wage_cents,work_fraction,regime\n"
          : "insz,quarter,wage_cents,work_fraction,regime\n");
      boolean swapped = round % 7 == 0;
      List<String> persons = new ArrayList<>();
      for (int p = 0; p < 2 + r.nextInt(30); p++) {
        persons.add(InszTestNumbers.valid(r));
      }
      int lines = 1 + r.nextInt(120);
      int person = 0;
      for (int k = 0; k < lines; k++) {
        if (r.nextInt(3) == 0) {
          person = r.nextInt(10) == 0 ? r.nextInt(persons.size()) : Math.min(persons.size() - 1, person + 1);
        }
        String insz = persons.get(person);
        String line = switch (r.nextInt(25)) {
          case 0 -> "";
          case 1 -> "not,a,line";
          case 2 -> round % 20 == 0 ? "x".repeat(LineSource.MAX_LINE_BYTES + 10) : "";
          case 3 -> "\"" + insz + "\",2024Q1,100,1,FULL_TIME";
          default -> swapped ? "2024Q1," + insz + ",100,1,FULL_TIME" : insz + ",2024Q1,100,1,FULL_TIME";
        };
        f.append(line).append(r.nextInt(20) == 0 ? "\r\n" : "\n");
      }
      Path file = dir.resolve("quarters-" + round + ".csv");
      Files.write(file, f.toString().getBytes(StandardCharsets.UTF_8));
      boolean onePass = Grouping.byInsz(file, InputKind.QUARTERS, null, new QuartersCsv("quarters.csv", 2024),
          "quarters.csv");
      long[] cut = Grouping.cut(file, 1 + r.nextInt(4), 1 + r.nextInt(200));
      List<long[]> runs = new ArrayList<>();
      for (int k = 0; k + 1 < cut.length; k++) {
        assertTrue(cut[k] <= cut[k + 1]);
        runs.add(Grouping.runs(file, cut[k], cut[k + 1], InputKind.QUARTERS, null,
            new QuartersCsv("quarters.csv", 2024), "quarters.csv"));
      }
      assertEquals(onePass, Grouping.grouped(runs), "round " + round + ", cut at " + java.util.Arrays.toString(cut));
      if (onePass) {
        grouped++;
      } else {
        notGrouped++;
      }
    }
    assertTrue(grouped > 50 && notGrouped > 50, grouped + " grouped, " + notGrouped + " not");
  }

  /** Valid INSZ numbers for the drawn files. */
  static final class InszTestNumbers {
    static String valid(Random r) {
      long first9 = (50 + r.nextInt(40)) * 10_000_000L + (1 + r.nextInt(12)) * 100_000L + (1 + r.nextInt(28)) * 1_000L
          + r.nextInt(998);
      return String.format("%09d%02d", first9, 97 - first9 % 97);
    }
  }
}
