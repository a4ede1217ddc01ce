package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.batch.InOrder;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A per-quarter file grouped by INSZ computed on several threads: this thread splits the lines
 * ({@link ByteLines}) and cuts them into chunks of whole persons, kept as bytes ({@link
 * KeptLines}); each chunk is read, derived, computed and formatted on a thread of {@link InOrder}
 * by a run of its own ({@link PersonGroups#chunk}), into its own buffer; this thread writes the
 * buffers, the rejects and the counts in the chunks' order. A chunk ends only between two lines
 * whose INSZ is read the quick way ({@link DmfaJsonl#leadingInsz}, {@link QuartersCsv#leadingInsz})
 * and differs, so no person and no unreadable line's neighbours are split: the output is the same
 * bytes as one run over the file, whatever the number of threads.
 */
final class PersonChunks {

  /** Bytes after which a chunk ends at the next person, however few persons it holds. */
  private static final int MAX_BYTES = 16 << 20;

  private PersonChunks() {}

  /**
   * A chunk computed: its results' bytes, its rejects, its counts and what may hold persons; the
   * lines it was read from, if kept ({@code null} for XML).
   */
  record Done(Blocks results, List<Reject> rejects, Tally tally, Holds holds, KeptLines lines) {}

  /**
   * Buffers of chunks already written, taken again by the next chunks, so that a run allocates
   * about as many as it has chunks in flight. Used on the calling thread only.
   */
  static final class Spares {
    private final ArrayDeque<Blocks> blocks = new ArrayDeque<>();
    private final ArrayDeque<KeptLines> lines = new ArrayDeque<>();

    Blocks blocks() {
      Blocks b = blocks.poll();
      return b != null ? b : new Blocks();
    }

    KeptLines lines(int bytes, int count) {
      KeptLines l = lines.poll();
      return l != null ? l : new KeptLines(bytes, count);
    }

    void put(Done done) {
      done.results.clear();
      blocks.push(done.results);
      if (done.lines != null) {
        done.lines.clear();
        lines.push(done.lines);
      }
    }
  }

  /**
   * A task computing a chunk of {@code run}'s persons: a run of its own, made here (on the calling
   * thread), to which {@code read} hands the chunk's lines; its results go to a buffer of its own.
   *
   * @param computed the compute mode of a chunk, writing to the stream given
   * @param header {@code quarters.csv}'s header, else {@code null}
   */
  static Callable<Done> task(PersonGroups run, Function<OutputStream, Mode.Compute> computed, RawLine header,
      Spares spares, KeptLines lines, Consumer<PersonGroups> read) {
    Blocks bytes = spares.blocks();
    List<Reject> refused = new ArrayList<>();
    PersonGroups chunk = run.chunk(computed.apply(bytes), refused::add, header);
    if (lines != null) {
      chunk.startAt(lines.firstPerson);
    }
    return () -> {
      read.accept(chunk);
      chunk.endGroup();
      chunk.flush();
      return new Done(bytes, refused, chunk.tally, chunk.holds, lines);
    };
  }

  /**
   * Hands each chunk's output on to {@code run}, in the chunks' order: results, rejects, counts;
   * then its buffers to {@code spares}.
   */
  static Consumer<Done> inOrder(PersonGroups run, OutputStream results, String resultsName, Spares spares) {
    return done -> {
      try {
        done.results.writeTo(results);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + resultsName + ": " + LineSource.describe(e), e);
      }
      done.rejects.forEach(run.rejects()::reject);
      run.tally.add(done.tally);
      run.holds.add(done.holds);
      spares.put(done);
    };
  }

  /**
   * Every line of {@code data} through chunks of about {@code persons} persons of {@code run}, on
   * {@code threads} threads; the persons without lines are left to the caller.
   *
   * @param computed the compute mode of a chunk, writing to the stream given
   */
  static void run(Path data, InputKind kind, PersonGroups run, int threads, Function<OutputStream, Mode.Compute> computed,
      OutputStream results, String resultsName, int persons) {
    try (ByteLines in = ByteLines.open(data)) {
      Spares spares = new Spares();
      Cutter cutter = new Cutter(in, kind, run, persons, spares);
      Iterator<Callable<Done>> tasks = new Iterator<>() {
        private KeptLines next;
        private boolean cut;

        @Override
        public boolean hasNext() {
          if (!cut) {
            next = cutter.next();
            cut = true;
          }
          return next != null;
        }

        @Override
        public Callable<Done> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          cut = false;
          KeptLines lines = next;
          return task(run, computed, cutter.header, spares, lines,
              chunk -> lines.readAll((b, s, length, number) -> chunk.line(b, s, length, number, -1)));
        }
      };
      InOrder.run(threads, tasks, inOrder(run, results, resultsName, spares));
    }
  }

  /** Cuts the lines into chunks of about {@code persons} whole persons. */
  private static final class Cutter {
    private final ByteLines in;
    private final InputKind kind;
    private final PersonGroups run;
    private final int persons;
    private final Spares spares;
    /** {@code quarters.csv}'s header, for every chunk. */
    RawLine header;
    /** The next chunk, begun with the line that ended the last one. */
    private KeptLines pending;
    private long previous = -1;
    /** The person expected next in the persons file's order ({@link #inOrder}). */
    private int expected;
    private int count;
    private boolean ended;
    /** The size of the last chunk: the next one starts as large, to be copied as little as it grows. */
    private int lastBytes = 1 << 16;
    private int lastLines = 1 << 9;

    Cutter(ByteLines in, InputKind kind, PersonGroups run, int persons, Spares spares) {
      this.spares = spares;
      this.in = in;
      this.kind = kind;
      this.run = run;
      this.persons = persons;
    }

    /** The next chunk, or {@code null} after the last. */
    KeptLines next() {
      if (ended) {
        return null;
      }
      KeptLines chunk = pending != null ? pending : kept();
      pending = null;
      while (in.next()) {
        if (kind == InputKind.QUARTERS && header == null) {
          header = in.tooLong() ? LineSource.tooLong(in.number())
              : LineSource.decode(in.buffer(), in.start(), in.length(), in.number());
          run.reader.header(header);
          continue;
        }
        long key = quickKey();
        int person = key >= 0 && key != previous ? inOrder(key) : -1;
        if (key >= 0 && previous >= 0 && key != previous && (count >= persons || chunk.size() >= MAX_BYTES)) {
          lastBytes = chunk.size();
          lastLines = chunk.count();
          pending = kept();
          pending.firstPerson = person;
          pending.add(in);
          previous = key;
          count = 1;
          return chunk;
        }
        if (key >= 0 && key != previous) {
          count++;
        }
        if (chunk.count() == 0) {
          chunk.firstPerson = person;
        }
        previous = key;
        chunk.add(in);
      }
      ended = true;
      return chunk.count() > 0 ? chunk : null;
    }

    private KeptLines kept() {
      KeptLines k = spares.lines(lastBytes + (lastBytes >> 3), lastLines + (lastLines >> 3));
      k.firstPerson = -1;
      return k;
    }

    /**
     * The persons file's number of the person with INSZ {@code key} when they come next in that
     * file's order (among the next few: persons without lines are passed over), else -1. A look at
     * the persons' column only: a data file in the persons file's order has every chunk's first
     * person found here, and no chunk needs the index by INSZ.
     */
    private int inOrder(long key) {
      Persons people = run.people();
      for (int k = expected, end = Math.min(people.size(), expected + Persons.LOOK_AHEAD); k < end; k++) {
        if (people.insz(k) == key) {
          expected = k + 1;
          return k;
        }
      }
      return -1;
    }

    /**
     * The current line's INSZ when it is read the quick way (then the reader finds the same), else
     * -1: a line of unknown person, next to which no chunk ends.
     */
    private long quickKey() {
      if (in.tooLong()) {
        return -1;
      }
      byte[] b = in.buffer();
      int s = in.start();
      int e = s + in.length();
      long key = kind == InputKind.DMFA ? DmfaJsonl.leadingInsz(b, s, e) : run.reader.quarters.leadingInsz(b, s, e);
      return key >= 0 && LineSource.ascii(b, s, e) && (key == previous || Insz.isValid(key)) ? key : -1;
    }
  }
}
