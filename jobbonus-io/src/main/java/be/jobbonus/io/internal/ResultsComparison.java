package be.jobbonus.io.internal;

import be.jobbonus.core.Euro;
import be.jobbonus.io.CalculateRun.Change;
import be.jobbonus.io.CalculateRun.Differences;
import be.jobbonus.io.RunCounts;
import be.jobbonus.io.InputFileException;
import be.jobbonus.rules.message.VlabelQuarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;

/**
 * The comparison behind {@code jobbonus recalculate}: the previous results of a reference year
 * against the results the new run writes, one line of differences.jsonl per person whose outcome
 * changed (docs/formats.md).
 *
 * <p><b>The previous file is checked first</b>, before anything is computed: with a seal key its
 * seal must verify ({@link ResultsSeal}), which shows calculate wrote every line, so a line is only
 * indexed; without a key every line must pass the checks notify makes ({@link ResultLine}: a
 * complete result, its amounts consistent with the parameter set it names), checked on every core
 * ({@link CheckedLines}). Either way every line must be of the run's reference year and parameter
 * set and name each person once. A
 * file that fails is refused whole: differences against a file the calculator did not write would
 * pay or recover amounts nobody computed.
 *
 * <p><b>The comparison</b> takes the new results as the run writes them ({@link #tap}): a line
 * byte-identical to the person's previous line is unchanged without being read further; any other
 * line is parsed and compared on what the person is paid and why (payable, total, base, the
 * reasons' codes, and per quarter its work fraction, wage, reference monthly wage, base amount and
 * amount). A change of name alone is not a difference. A person of the previous file whom the new
 * run does not compute (held by a refused record, or no longer in the persons file) keeps the
 * previous result: counted, not listed; the rejects say why.
 *
 * <p>The difference is the new total minus the previous total, both in cents as the calculator
 * rounded them: it is never rounded again, and no threshold drops a small one (IP-difference in
 * docs/calculation.md). Not thread-safe: the run's writer feeds it one line at a time, in order.
 */
public final class ResultsComparison {

  private final Path previousFile;
  private final String previousName;
  private final ResultCheck check;
  private final LongIntMap index;
  private final long[] offsets;
  private final int[] lengths;
  private final boolean[] seen;
  private final FileChannel previous;
  private final OutputStream out;
  private final Map<Change, long[]> byKind = new EnumMap<>(Change.class);
  private long unchanged;
  private long newNotPayable;
  private final Map<Change, long[]> amountByKind = new EnumMap<>(Change.class);
  private byte[] scratch = new byte[4096];
  private Behind behind = (insz, quarters) -> List.of();

  /** The declarations behind a person's quarters in the new run (file, identity, version), described. */
  public interface Behind {
    /** @param quarters bit q set for quarter q of the reference year */
    List<String> of(long insz, int quarters);
  }

  private ResultsComparison(Path previousFile, String previousName, ResultCheck check, LongIntMap index, long[] offsets,
      int[] lengths, OutputStream out) throws IOException {
    this.previousFile = previousFile;
    this.previousName = previousName;
    this.check = check;
    this.index = index;
    this.offsets = offsets;
    this.lengths = lengths;
    this.seen = new boolean[offsets.length];
    this.previous = FileChannel.open(previousFile, StandardOpenOption.READ);
    this.out = out;
    for (Change c : Change.values()) {
      byKind.put(c, new long[1]);
      amountByKind.put(c, new long[1]);
    }
  }

  /**
   * Reads and checks {@code previous} (see the class comment) and returns the comparison that
   * writes its differences to {@code out}.
   *
   * @param seal the key to verify the previous file's seal with, or {@code null}
   * @param parameters the run's {@code <set>-<year>}, which every previous line must name
   * @throws InputFileException naming the file, line and field when the file is refused
   * @throws be.jobbonus.io.SealException when the seal is missing or does not verify
   */
  public static ResultsComparison against(Path previous, String previousName, ResultCheck check, ResultsSeal seal,
      int year, String parameters, OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] recorded = seal == null ? null : ResultsSeal.readSeal(previous);
    Mac mac = seal == null ? null : seal.mac();
    Previous lines = new Previous(previousName, year, parameters);
    InputFileException[] refusal = {null};
    try (InputStream raw = Files.newInputStream(previous);
        ByteLines in = ByteLines.over(previous, mac == null ? raw : ResultsSeal.tap(raw, mac))) {
      long[] offset = {0};
      if (mac == null) {
        CheckedLines.check(() -> nextLine(in, offset, true), check, Runtime.getRuntime().availableProcessors(), lines::add);
      } else {
        byte[] suffix = ("\"parameters\":\"" + parameters + "\"}").getBytes(StandardCharsets.UTF_8);
        for (CheckedLines.Line line = nextLine(in, offset, false); line != null; line = nextLine(in, offset, false)) {
          if (refusal[0] == null) {
            try {
              lines.addSealed(line, in.buffer(), in.start() + (int) (line.offset - lineStart(offset, in)), suffix);
            } catch (InputFileException e) {
              refusal[0] = e; // the seal's verdict comes first: a tampered file is named as such
            }
          }
        }
        ResultsSeal.verify(previous, recorded, mac);
      }
      if (refusal[0] != null) {
        throw refusal[0];
      }
      if (lines.count == 0) {
        throw new InputFileException(previousName + ": holds no result; give the results file of the earlier run");
      }
      return new ResultsComparison(previous, previousName, check, lines.index, Arrays.copyOf(lines.offsets,
          lines.count), Arrays.copyOf(lines.lengths, lines.count), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + previousName + ": " + LineSource.describe(e), e);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      throw new UncheckedIOException("cannot read " + previousName + ": " + LineSource.describe(cause), cause);
    }
  }

  /**
   * The next non-blank line of the previous file, its place in the file kept without the line's
   * {@code \r} and, on line 1, its byte-order mark, so that a new line is compared with its text.
   * {@code offset[0]} is where the next line starts. Without {@code text}, the line is not decoded
   * (a sealed file's lines are not parsed).
   */
  private static CheckedLines.Line nextLine(ByteLines in, long[] offset, boolean text) {
    while (in.next()) {
      long at = offset[0];
      int length = in.length();
      offset[0] += length + 1L; // the line and its \n
      if (in.tooLong()) {
        return new CheckedLines.Line(in.number(), at, 0, null, new ResultLine.Problem("$",
            "longer than " + LineSource.MAX_LINE_BYTES + " bytes: not a results line", null));
      }
      byte[] b = in.buffer();
      int from = in.start();
      if (blank(b, from, length)) {
        continue;
      }
      RawLine decoded = text ? LineSource.decode(b, from, length, in.number()) : null;
      if (decoded != null && decoded.text() == null) {
        return new CheckedLines.Line(in.number(), at, 0, null, new ResultLine.Problem("$", "not valid UTF-8", null));
      }
      int cut = 0;
      if (in.number() == 1 && length >= 3 && (b[from] & 0xFF) == 0xEF && (b[from + 1] & 0xFF) == 0xBB
          && (b[from + 2] & 0xFF) == 0xBF) {
        cut = 3;
      }
      int end = b[from + length - 1] == '\r' ? length - 1 : length;
      return new CheckedLines.Line(in.number(), at + cut, end - cut, decoded == null ? null : decoded.text(), null);
    }
    return null;
  }

  /** Where the current line of {@code in} starts in the file, {@code offset[0]} being just past it. */
  private static long lineStart(long[] offset, ByteLines in) {
    return offset[0] - in.length() - 1L;
  }

  /** The previous file's lines as they are checked: each person's place in the file. */
  private static final class Previous {
    final String name;
    final int year;
    final String parameters;
    final LongIntMap index = new LongIntMap(1 << 12);
    long[] offsets = new long[1 << 12];
    int[] lengths = new int[1 << 12];
    int count;

    Previous(String name, int year, String parameters) {
      this.name = name;
      this.year = year;
      this.parameters = parameters;
    }

    /** Takes one checked line, in the file's order, and notes where it lies. */
    void add(CheckedLines.Line line) {
      if (line.problem != null) {
        throw refused(name, line.number, line.problem.field, line.problem.reason);
      }
      ResultLine r = line.result;
      if (r.referenceYear != year || !r.parameters.equals(parameters)) {
        throw refused(name, line.number, "parameters", "the line is of " + r.parameters + ", the run of " + parameters
            + ": compare results of one reference year and parameter set");
      }
      note(line, Long.parseLong(r.insz.digits()));
    }

    /**
     * Takes one line of a sealed file (its bytes from {@code b[from]}): the seal, verified once the
     * file is read, shows the calculator wrote every line, so a line is not parsed again; it must
     * only be of this run's parameter set and year (it ends with {@code suffix}) and name a person
     * not named before.
     */
    void addSealed(CheckedLines.Line line, byte[] b, int from, byte[] suffix) {
      if (line.problem != null) {
        throw refused(name, line.number, line.problem.field, line.problem.reason);
      }
      int n = line.length;
      if (n < suffix.length || !Arrays.equals(b, from + n - suffix.length, from + n, suffix, 0, suffix.length)) {
        throw refused(name, line.number, "parameters", "the line is not of the run's parameter set " + parameters);
      }
      long insz = inszOf(b, from, n);
      if (insz < 0) {
        throw refused(name, line.number, "insz", "the line does not start with an INSZ as calculate writes it");
      }
      note(line, insz);
    }

    private void note(CheckedLines.Line line, long insz) {
      if (count == offsets.length) {
        offsets = Arrays.copyOf(offsets, count * 2);
        lengths = Arrays.copyOf(lengths, count * 2);
      }
      if (index.putIfAbsent(insz, count) != LongIntMap.ABSENT) {
        throw refused(name, line.number, "insz", "the person has a second line: a results file holds each person once");
      }
      offsets[count] = line.offset;
      lengths[count] = line.length;
      count++;
    }
  }

  private static InputFileException refused(String name, long line, String field, String reason) {
    return new InputFileException(name + ": line " + line + ", " + field + ": " + reason
        + "; the previous results must be the file calculate wrote for this reference year and parameter set");
  }

  private static boolean blank(byte[] b, int from, int n) {
    for (int i = from; i < from + n; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * The stream the new results are written to: passes every byte to {@code results} and compares
   * each complete line with the previous file.
   */
  public OutputStream tap(OutputStream results) {
    return new LineTap(results, this::compare);
  }

  /** Where the declarations behind a change come from (the DmfA XML run); none by default. */
  public void behind(Behind b) {
    this.behind = Objects.requireNonNull(b, "behind");
  }

  /** One new result line (without its line end). */
  void compare(byte[] b, int from, int length) {
    try {
      int i = index.get(inszOfNew(b, from, length));
      if (i != LongIntMap.ABSENT && !seen[i] && sameBytes(i, b, from, length)) {
        seen[i] = true;
        unchanged++;
        return;
      }
      ResultLine now = ResultLine.parse(new String(b, from, length, StandardCharsets.UTF_8), check);
      if (i == LongIntMap.ABSENT) {
        if (now.payable) {
          write(now, null, Change.NEWLY_ENTITLED);
        } else {
          newNotPayable++;
        }
        return;
      }
      seen[i] = true;
      ResultLine before = ResultLine.parse(previousLine(i), check);
      Change kind = kind(before, now);
      if (kind == null) {
        unchanged++;
      } else {
        write(now, before, kind);
      }
    } catch (ResultLine.Problem p) {
      throw new IllegalStateException("a new result line does not read back (" + p.field + ": " + p.reason + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + previousName + ": " + LineSource.describe(e), e);
    }
  }

  /** The kind of change from {@code before} to {@code now}, or {@code null} when the outcome is the same. */
  static Change kind(ResultLine before, ResultLine now) {
    if (before.payable != now.payable) {
      return now.payable ? Change.NEWLY_ENTITLED : Change.NO_LONGER_ENTITLED;
    }
    if (now.totalCents > before.totalCents) {
      return Change.EXTRA_PAYMENT;
    }
    if (now.totalCents < before.totalCents) {
      return Change.RECOVERY;
    }
    return changedQuarters(before, now).isEmpty() && before.reasonCodes.equals(now.reasonCodes)
        ? null : Change.DETAIL_CHANGED;
  }

  /** The quarters whose work fraction, wage, reference monthly wage, base amount or amount changed. */
  static List<String> changedQuarters(ResultLine before, ResultLine now) {
    List<String> out = new ArrayList<>();
    for (VlabelQuarter q : now.quarters) {
      VlabelQuarter p = find(before.quarters, q);
      if (p == null || !same(p, q)) {
        out.add(q.quarter().toString());
      }
    }
    for (VlabelQuarter p : before.quarters) {
      if (find(now.quarters, p) == null) {
        out.add(p.quarter().toString());
      }
    }
    out.sort(null);
    return out;
  }

  private static VlabelQuarter find(List<VlabelQuarter> qs, VlabelQuarter like) {
    for (VlabelQuarter q : qs) {
      if (q.quarter().equals(like.quarter())) {
        return q;
      }
    }
    return null;
  }

  private static boolean same(VlabelQuarter a, VlabelQuarter b) {
    return a.workFraction().compareTo(b.workFraction()) == 0 && a.wageCents() == b.wageCents()
        && a.referenceMonthlyWageCents().equals(b.referenceMonthlyWageCents())
        && a.baseAmountCents() == b.baseAmountCents() && a.amountCents() == b.amountCents();
  }

  private void write(ResultLine now, ResultLine before, Change kind) throws IOException {
    long previousTotal = before == null ? 0 : before.totalCents;
    long difference = now.totalCents - previousTotal;
    byKind.get(kind)[0]++;
    amountByKind.get(kind)[0] += difference;
    StringBuilder s = new StringBuilder(192);
    s.append("{\"insz\":\"").append(now.insz.digits()).append("\",\"referenceYear\":").append(now.referenceYear)
        .append(",\"kind\":\"").append(kind.name()).append("\",\"previousTotal\":\"").append(Euro.format(previousTotal))
        .append("\",\"newTotal\":\"").append(Euro.format(now.totalCents)).append("\",\"difference\":\"")
        .append(Euro.format(difference)).append("\",\"quarters\":[");
    List<String> qs = before == null ? quartersOf(now) : changedQuarters(before, now);
    for (int k = 0; k < qs.size(); k++) {
      s.append(k == 0 ? "\"" : ",\"").append(qs.get(k)).append('"');
    }
    s.append("],\"declarations\":[");
    int mask = 0;
    for (String q : qs) {
      mask |= 1 << (q.charAt(q.length() - 1) - '0');
    }
    List<String> ds = behind.of(Long.parseLong(now.insz.digits()), mask);
    for (int k = 0; k < ds.size(); k++) {
      s.append(k == 0 ? "\"" : ",\"").append(JsonText.escape(ds.get(k))).append('"');
    }
    s.append("],\"parameters\":\"").append(JsonText.escape(now.parameters)).append("\"}\n");
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> quartersOf(ResultLine r) {
    List<String> out = new ArrayList<>();
    r.quarters.forEach(q -> out.add(q.quarter().toString()));
    return out;
  }

  /** The totals once every new line has been compared, with the run's counts. */
  public Differences totals(RunCounts run) {
    long notRecomputed = 0;
    for (boolean s : seen) {
      if (!s) {
        notRecomputed++;
      }
    }
    Map<Change, Long> counts = new EnumMap<>(Change.class);
    byKind.forEach((k, v) -> counts.put(k, v[0]));
    Map<Change, Long> amounts = new EnumMap<>(Change.class);
    amountByKind.forEach((k, v) -> amounts.put(k, v[0]));
    return new Differences(run, offsets.length, counts, amounts, unchanged, newNotPayable, notRecomputed);
  }

  /** Closes the previous file. */
  public void close() throws IOException {
    previous.close();
  }

  /** The INSZ of a new result line as a number. */
  private static long inszOfNew(byte[] b, int from, int length) {
    long key = inszOf(b, from, length);
    if (key < 0) {
      throw new IllegalStateException("a new result line does not start with its INSZ");
    }
    return key;
  }

  /** The INSZ of a result line as a number, read where calculate writes it: {"insz":"<11 digits>", …; -1 when it is not there. */
  private static long inszOf(byte[] b, int from, int length) {
    int p = from + 9;
    if (length < 21 || b[from] != '{' || b[p - 1] != '"' || b[p + 11] != '"') {
      return -1;
    }
    long key = 0;
    for (int k = p; k < p + 11; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      key = key * 10 + d;
    }
    return key;
  }

  private boolean sameBytes(int i, byte[] b, int from, int length) throws IOException {
    if (lengths[i] != length) {
      return false;
    }
    byte[] p = read(i);
    return Arrays.equals(p, 0, length, b, from, from + length);
  }

  private byte[] read(int i) throws IOException {
    int n = lengths[i];
    if (scratch.length < n) {
      scratch = new byte[Math.max(n, scratch.length * 2)];
    }
    ByteBuffer buf = ByteBuffer.wrap(scratch, 0, n);
    long at = offsets[i];
    while (buf.hasRemaining()) {
      int r = previous.read(buf, at + buf.position());
      if (r < 0) {
        throw new IOException(previousFile.getFileName() + " changed while it was read");
      }
    }
    return scratch;
  }

  private String previousLine(int i) throws IOException {
    byte[] b = read(i);
    CharBuffer c = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(b, 0, lengths[i]));
    return c.toString();
  }

  /** An output stream that hands every complete line to a consumer as it passes through. */
  static final class LineTap extends OutputStream {
    interface LineConsumer {
      void line(byte[] b, int from, int length);
    }

    private final OutputStream out;
    private final LineConsumer consumer;
    private byte[] pending = new byte[8192];
    private int n;

    LineTap(OutputStream out, LineConsumer consumer) {
      this.out = out;
      this.consumer = consumer;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      int start = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        if (b[i] == '\n') {
          if (n == 0) {
            consumer.line(b, start, i - start);
          } else {
            append(b, start, i - start);
            consumer.line(pending, 0, n);
            n = 0;
          }
          start = i + 1;
        }
      }
      append(b, start, end - start);
    }

    private void append(byte[] b, int from, int len) {
      if (len == 0) {
        return;
      }
      if (n + len > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(n + len, pending.length * 2));
      }
      System.arraycopy(b, from, pending, n, len);
      n += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (n > 0) {
        consumer.line(pending, 0, n);
        n = 0;
      }
      out.close();
    }
  }
}
