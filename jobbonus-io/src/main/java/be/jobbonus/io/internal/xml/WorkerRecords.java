package be.jobbonus.io.internal.xml;

import java.util.Arrays;

/**
 * The worker records of the document being read, in document order: each one's person (buffer
 * slot) and place in it, employer class and worker code, and in a correction the update action
 * (zone 00618) and the employer class and worker code it had ({@code LastSituationWR}), with how
 * many occupations it hands over and where it stands. Primitive columns, reused from one document
 * to the next.
 */
final class WorkerRecords {
  int count;
  int[] person = new int[64];
  int[] index = new int[64];
  int[] employerClass = new int[64];
  int[] code = new int[64];
  int[] lastClass = new int[64];
  int[] lastCode = new int[64];
  int[] action = new int[64];
  int[] occupations = new int[64];
  int[] line = new int[64];
  int[] column = new int[64];

  void clear() {
    count = 0;
  }

  void add(int p, int wr, int cls, int wcode, int lastCls, int lastWcode, int act, int occs, int ln, int col) {
    if (count == person.length) {
      int n = count * 2;
      person = Arrays.copyOf(person, n);
      index = Arrays.copyOf(index, n);
      employerClass = Arrays.copyOf(employerClass, n);
      code = Arrays.copyOf(code, n);
      lastClass = Arrays.copyOf(lastClass, n);
      lastCode = Arrays.copyOf(lastCode, n);
      action = Arrays.copyOf(action, n);
      occupations = Arrays.copyOf(occupations, n);
      line = Arrays.copyOf(line, n);
      column = Arrays.copyOf(column, n);
    }
    int i = count++;
    person[i] = p;
    index[i] = wr;
    employerClass[i] = cls;
    code[i] = wcode;
    lastClass[i] = lastCls;
    lastCode[i] = lastWcode;
    action[i] = act;
    occupations[i] = occs;
    line[i] = Math.max(0, ln);
    column[i] = Math.max(0, col);
  }

  /** The employer class shared by every worker record, or -1 when they differ (0 when there is none). */
  int sharedClass() {
    int c = count == 0 ? 0 : employerClass[0];
    for (int i = 1; i < count; i++) {
      if (employerClass[i] != c) {
        return -1;
      }
    }
    return c;
  }
}
