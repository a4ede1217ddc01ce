package be.jobbonus.io.batch;

import be.jobbonus.io.InputFileException;
import be.jobbonus.io.OccupationFields;
import be.jobbonus.io.Persons;
import be.jobbonus.io.Reject;
import be.jobbonus.io.xml.DmfaXmlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The records of a set of DmfA XML declarations, gathered by person: how {@link CalculateRun}
 * joins a person's occupations spread over the declarations of every employer and quarter.
 *
 * <p><b>A sort, not state per person.</b> The files are parsed in parallel, one {@link
 * DmfaXmlReader} per thread; each thread appends every record it is handed (an accepted
 * occupation's primitive fields, or a reject) to its own growing primitive arrays: no object per
 * occupation, no per-person map while parsing, so the memory is a few tens of bytes per occupation
 * whatever the order of the files. Then one {@code long} per record, (the person's rank &lt;&lt; 32)
 * | (the record's place among all files), is sorted: the rank is the person's position in the
 * persons file, else (an INSZ not there) a place after them in INSZ order; the place is the file's
 * index (the order the files were given, a directory's files in name order), then the record's
 * sequence in its file. A person's records come out together, in the persons file's order, each
 * person's in file and document order, independent of the number of threads. A sort was chosen
 * over state per person because a person's quarters can only be derived once all their files
 * are read, and a sorted primitive index costs 8 bytes per record, where a map per person would
 * cost objects per person and make the order depend on which thread finished first.
 *
 * <p>Records without a readable INSZ sort last, each alone. Not thread-safe after {@link #read}.
 */
final class XmlRecords {

  /** One thread's records, in the order its files were read. */
  private static final class Part {
    int n;
    long[] insz = new long[1024];
    int[] file = new int[1024];
    int[] line = new int[1024];
    int[] person = new int[1024];
    int[] workerRecord = new int[1024];
    int[] occupation = new int[1024];
    int[] start = new int[1025]; // into data; data[start[i]..start[i + 1]) the fields
    int[] data = new int[1 << 14];
    int used;
    final Map<Integer, Reject> rejects = new HashMap<>();

    void add(long key, int fileIndex, long lineNumber, int p, int w, int o) {
      if (n == insz.length) {
        int m = n + (n >> 1); // 1.5×: the peak of a growth stays near the arrays' size
        insz = Arrays.copyOf(insz, m);
        file = Arrays.copyOf(file, m);
        line = Arrays.copyOf(line, m);
        person = Arrays.copyOf(person, m);
        workerRecord = Arrays.copyOf(workerRecord, m);
        occupation = Arrays.copyOf(occupation, m);
        start = Arrays.copyOf(start, m + 1);
      }
      insz[n] = key;
      file[n] = fileIndex;
      line[n] = (int) Math.min(Integer.MAX_VALUE, lineNumber);
      person[n] = p;
      workerRecord[n] = w;
      occupation[n] = o;
      start[n] = used;
    }

    void fields(OccupationFields f) {
      int need = used + 12 + 3 * f.services + 3 * f.remunerations;
      if (need > data.length) {
        data = Arrays.copyOf(data, Math.max(need, data.length + (data.length >> 1)));
      }
      int[] d = data;
      int k = used;
      d[k++] = f.year;
      d[k++] = f.quarter;
      d[k++] = (int) (f.employer >>> 32);
      d[k++] = (int) f.employer;
      d[k++] = f.employerDigits;
      d[k++] = f.workerCode;
      d[k++] = f.partTime ? 1 : 0;
      d[k++] = f.daysPerWeek;
      d[k++] = f.meanWorkingHours;
      d[k++] = f.refMeanWorkingHours;
      d[k++] = f.services;
      for (int i = 0; i < f.services; i++) {
        d[k++] = f.serviceCodes[i];
        d[k++] = f.serviceDays[i];
        d[k++] = f.serviceHours[i];
      }
      d[k++] = f.remunerations;
      for (int i = 0; i < f.remunerations; i++) {
        d[k++] = f.remunerationCodes[i];
        d[k++] = (int) (f.remunerationAmounts[i] >>> 32);
        d[k++] = (int) f.remunerationAmounts[i];
      }
      used = k;
    }

    void end() {
      n++;
      start[n] = used;
    }

    void read(int i, long key, OccupationFields f) {
      int[] d = data;
      int k = start[i];
      f.insz = key;
      f.year = d[k++];
      f.quarter = d[k++];
      f.employer = ((long) d[k++] << 32) | (d[k++] & 0xFFFFFFFFL);
      f.employerDigits = d[k++];
      f.workerCode = d[k++];
      f.partTime = d[k++] != 0;
      f.daysPerWeek = d[k++];
      f.meanWorkingHours = d[k++];
      f.refMeanWorkingHours = d[k++];
      f.services = d[k++];
      for (int j = 0; j < f.services; j++) {
        f.serviceCodes[j] = d[k++];
        f.serviceDays[j] = d[k++];
        f.serviceHours[j] = d[k++];
      }
      f.remunerations = d[k++];
      for (int j = 0; j < f.remunerations; j++) {
        f.remunerationCodes[j] = d[k++];
        f.remunerationAmounts[j] = ((long) d[k++] << 32) | (d[k++] & 0xFFFFFFFFL);
      }
    }
  }

  private final List<Path> files;
  private final List<String> names;
  private final Part[] parts;
  /** Per file: the part that read it, its first record there, how many. */
  private final int[] filePart;
  private final int[] fileFirst;
  private final int[] fileCount;
  /** Per file: the place of its first record among all files' records. */
  private long[] fileBase;
  private long[] order;
  private int orderSize;

  private XmlRecords(List<Path> files, List<String> names, int threads) {
    this.files = files;
    this.names = names;
    this.parts = new Part[threads];
    this.filePart = new int[files.size()];
    this.fileFirst = new int[files.size()];
    this.fileCount = new int[files.size()];
  }

  /**
   * The declarations to read: each path a file, or a directory whose {@code *.xml} files are read
   * in name order (not its subdirectories); in the order given.
   *
   * @throws InputFileException when a directory holds no {@code *.xml} file or nothing is given
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> in;
        try (Stream<Path> s = Files.list(p)) {
          in = s.filter(f -> f.getFileName().toString().endsWith(".xml") && Files.isRegularFile(f)).sorted(
              (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
        }
        if (in.isEmpty()) {
          throw new InputFileException(p + " holds no *.xml file: give the DmfA declarations (one XML document each)");
        }
        out.addAll(in);
      } else {
        out.add(p);
      }
    }
    if (out.isEmpty()) {
      throw new InputFileException("no DmfA XML declaration given");
    }
    return out;
  }

  /**
   * Reads every file on {@code threads} threads (each file by one thread, the next free one).
   *
   * @param names the name of each file in rejects
   * @throws UncheckedIOException when a file cannot be read
   */
  static XmlRecords read(List<Path> files, List<String> names, int year, int threads) {
    int t = Math.max(1, Math.min(threads, files.size()));
    XmlRecords x = new XmlRecords(files, names, t);
    AtomicInteger next = new AtomicInteger();
    RuntimeException[] failure = new RuntimeException[t];
    Thread[] workers = new Thread[t];
    for (int k = 0; k < t; k++) {
      int id = k;
      Part part = new Part();
      x.parts[k] = part;
      workers[k] = new Thread(() -> {
        try {
          x.parse(id, part, next, year);
        } catch (RuntimeException e) {
          failure[id] = e;
        }
      }, "dmfa-xml-" + k);
    }
    if (t == 1) {
      workers[0].run();
    } else {
      for (Thread w : workers) {
        w.start();
      }
      for (Thread w : workers) {
        try {
          w.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading the DmfA declarations", e);
        }
      }
    }
    for (RuntimeException e : failure) {
      if (e != null) {
        throw e;
      }
    }
    return x;
  }

  private void parse(int id, Part part, AtomicInteger next, int year) {
    DmfaXmlReader reader = new DmfaXmlReader(year);
    int[] fileIndex = new int[1];
    DmfaXmlReader.Handler handler = new DmfaXmlReader.Handler() {
      @Override
      public void occupation(OccupationFields fields, DmfaXmlReader.Where where) {
        part.add(fields.insz, fileIndex[0], where.line(), where.person(), where.workerRecord(), where.occupation());
        part.fields(fields);
        part.end();
      }

      @Override
      public void reject(Reject reject, long insz, DmfaXmlReader.Where where) {
        part.add(insz, fileIndex[0], reject.line(), 0, 0, 0);
        part.rejects.put(part.n, reject);
        part.end();
      }
    };
    for (int f = next.getAndIncrement(); f < files.size(); f = next.getAndIncrement()) {
      fileIndex[0] = f;
      filePart[f] = id;
      fileFirst[f] = part.n;
      try {
        reader.read(files.get(f), names.get(f), handler);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + names.get(f) + ": " + e.getMessage(), e);
      }
      fileCount[f] = part.n - fileFirst[f];
    }
  }

  /** Every record's place; the order by person, then place. */
  void sort(Persons people) {
    fileBase = new long[files.size() + 1];
    for (int f = 0; f < files.size(); f++) {
      fileBase[f + 1] = fileBase[f] + fileCount[f];
    }
    long total = fileBase[files.size()];
    if (total > Integer.MAX_VALUE - 8 || total >= 1L << 32) {
      throw new InputFileException("the declarations hold " + total + " records; read at most "
          + (Integer.MAX_VALUE - 8) + " in one run");
    }
    // INSZs not in the persons file, ranked after the persons, in INSZ order
    long[] strangers = new long[64];
    int s = 0;
    for (Part p : parts) {
      for (int i = 0; i < p.n; i++) {
        long k = p.insz[i];
        if (k >= 0 && people.indexOf(k) < 0) {
          if (s == strangers.length) {
            strangers = Arrays.copyOf(strangers, s * 2);
          }
          strangers[s++] = k;
        }
      }
    }
    Arrays.sort(strangers, 0, s);
    int distinct = 0;
    for (int i = 0; i < s; i++) {
      if (distinct == 0 || strangers[distinct - 1] != strangers[i]) {
        strangers[distinct++] = strangers[i];
      }
    }
    long last = (long) people.size() + distinct; // records without INSZ
    order = new long[(int) total];
    orderSize = 0;
    for (int f = 0; f < files.size(); f++) {
      Part p = parts[filePart[f]];
      for (int j = 0; j < fileCount[f]; j++) {
        long k = p.insz[fileFirst[f] + j];
        long rank;
        if (k < 0) {
          rank = last;
        } else {
          int i = people.indexOf(k);
          rank = i >= 0 ? i : people.size() + Arrays.binarySearch(strangers, 0, distinct, k);
        }
        order[orderSize++] = rank << 32 | (fileBase[f] + j);
      }
    }
    Arrays.parallelSort(order, 0, orderSize);
  }

  int size() {
    return orderSize;
  }

  /** The place (file order) of the {@code i}-th record in person order. */
  long place(int i) {
    return order[i] & 0xFFFFFFFFL;
  }

  int fileOf(long place) {
    int f = Arrays.binarySearch(fileBase, place);
    if (f < 0) {
      return -f - 2;
    }
    while (f + 1 < fileBase.length && fileBase[f + 1] == place) {
      f++; // files without records share a base
    }
    return f;
  }

  /** Where record {@code place} of file {@code f} stands: its part and index there. */
  private Part part(int f) {
    return parts[filePart[f]];
  }

  private int index(int f, long place) {
    return fileFirst[f] + (int) (place - fileBase[f]);
  }

  long insz(int f, long place) {
    return part(f).insz[index(f, place)];
  }

  long line(int f, long place) {
    return part(f).line[index(f, place)];
  }

  /** The reject of this record, or {@code null} when it is an accepted occupation. */
  Reject reject(int f, long place) {
    Part p = part(f);
    return p.rejects.isEmpty() ? null : p.rejects.get(index(f, place));
  }

  void fields(int f, long place, OccupationFields into) {
    Part p = part(f);
    int i = index(f, place);
    p.read(i, p.insz[i], into);
  }

  /** The {@code Occupation} element's path, such as {@code EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]/Occupation[1]}. */
  String path(int f, long place) {
    Part p = part(f);
    int i = index(f, place);
    return DmfaXmlReader.occupationPath(p.person[i], p.workerRecord[i], p.occupation[i]);
  }

  String name(int f) {
    return names.get(f);
  }

  int files() {
    return files.size();
  }
}
