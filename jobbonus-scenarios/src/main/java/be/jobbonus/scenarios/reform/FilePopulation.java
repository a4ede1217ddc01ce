package be.jobbonus.scenarios.reform;

import be.jobbonus.core.batch.InOrder;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A population read from files, the real declarations: {@code persons.csv} and {@code dmfa.jsonl}
 * (or {@code quarters.csv}) through the one file pipeline's readers and checks ({@link
 * CalculateRun#members}: the same lines, fields, grouping and refusals as {@code calculate}).
 * Streamed: the files are read ahead on a thread of their own ({@link InOrder#readAhead}), a
 * bounded number of persons waiting, so they are never held whole; closing the stream stops the
 * reading. Records the pipeline refuses are counted (and the first few kept, masked) and never
 * computed. Another input format (DmfA XML) is one more {@link InputKind} of {@link CalculateRun}.
 */
public final class FilePopulation implements Population {

  private static final int QUEUE = 16_384;

  private final ParameterSet parameters;
  private final int year;
  private final Path persons;
  private final Path data;
  private final InputKind kind;
  private final AtomicLong rejected = new AtomicLong();
  private final List<String> firstRejects = new ArrayList<>();

  private FilePopulation(ParameterSet parameters, int year, Path persons, Path data, InputKind kind) {
    this.parameters = parameters;
    this.year = year;
    this.persons = persons;
    this.data = data;
    this.kind = kind;
  }

  /**
   * The persons of {@code persons} with their work in {@code data} for {@code year}, read with the
   * checks of {@code parameters} (the DmfA rules a line must meet to be read).
   */
  public static FilePopulation of(ParameterSet parameters, int year, Path persons, Path data, InputKind kind) {
    Objects.requireNonNull(parameters, "parameters");
    parameters.requireYear(year);
    return new FilePopulation(parameters, year, Objects.requireNonNull(persons, "persons"),
        Objects.requireNonNull(data, "data"), Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public int referenceYear() {
    return year;
  }

  @Override
  public String description() {
    return "files " + persons.getFileName() + " and " + data.getFileName();
  }

  /** Records the file pipeline refused during the last read (never computed). */
  public long rejected() {
    return rejected.get();
  }

  @Override
  public String evidence() {
    StringBuilder b = new StringBuilder("Declarations read from files (" + persons.getFileName() + ", " + data.getFileName()
        + ") through the file pipeline's readers and checks, as `jobbonus calculate` reads them: real data as declared,"
        + " no model and no calibration. Records refused by the readers: "
        + String.format(Locale.ROOT, "%,d", rejected()) + ".");
    synchronized (firstRejects) {
      for (String r : firstRejects) {
        b.append("\n- ").append(r);
      }
    }
    return b.toString();
  }

  @Override
  public Stream<PersonYear> members() {
    rejected.set(0);
    synchronized (firstRejects) {
      firstRejects.clear();
    }
    return InOrder.readAhead(QUEUE, members -> new CalculateRun(parameters, year).members(persons,
        persons.getFileName().toString(), data, data.getFileName().toString(), kind, this::reject,
        m -> members.accept(kind == InputKind.QUARTERS ? PersonYear.of(m.person(), m.quarters())
            : PersonYear.ofDmfa(m.person(), m.lines()))));
  }

  private void reject(Reject r) {
    rejected.incrementAndGet();
    synchronized (firstRejects) {
      if (firstRejects.size() < 10) {
        firstRejects.add(r.file() + " line " + r.line() + ", " + r.field() + ": " + r.reason());
      }
    }
  }

  @Override
  public String toString() {
    return "FilePopulation[" + description() + "]";
  }
}
