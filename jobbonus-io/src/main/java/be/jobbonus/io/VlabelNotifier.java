package be.jobbonus.io;

import be.jobbonus.rules.message.VlabelMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The library side of {@code jobbonus notify --results results.jsonl --out vlabel.jsonl}: reads the
 * calculation results and writes one {@link VlabelMessage} line per person to notify.
 *
 * <p><b>Who is sent</b>: only results with {@code "payable": true}. Protocol recital C2 has DWSE
 * send "a list of wage earners who qualify for the jobbonus" so that VLABEL notifies and pays them;
 * a person with nothing to pay needs neither, and minimisation (art. 3, GDPR art. 5(1)(c)) keeps
 * their data at DWSE. When such a person files an objection, DWSE builds the message for that one
 * person with {@link VlabelMessage#from} (Gegeven 1 covers "the person who filed an objection").
 *
 * <p><b>Input</b>: the results.jsonl of interfaces.md. Fields the message does not need are
 * ignored; the needed ones ({@code insz, lastName, firstName, statuut, referenceYear, total,
 * payable, quarters[].quarter, workFraction, wage, referenceMonthlyWage, baseAmount, amount}) are
 * required with their types. A line that fails is a {@link Reject} (line, field, reason, INSZ
 * masked); so is a second payable line for the same INSZ and reference year (never paid twice), and
 * a line whose {@code total} contradicts {@code payable}. Blank lines are skipped. Every other line
 * is counted as sent or not payable ({@link NotifyReport}).
 */
public final class VlabelNotifier {

  private VlabelNotifier() {}

  /**
   * Reads {@code results} and writes {@code out} (UTF-8 JSON Lines), replacing it only when the
   * whole file has been written (a temporary file in the same directory, then a move).
   *
   * @throws UncheckedIOException naming the file when it cannot be read or written
   */
  public static NotifyReport notify(Path results, Path out) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(out, "out");
    Path dir = out.toAbsolutePath().getParent();
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, out.getFileName().toString(), ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write in " + dir + ": " + e.getMessage(), e);
    }
    try {
      NotifyReport report;
      try (BufferedReader in = Files.newBufferedReader(results, StandardCharsets.UTF_8);
          Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        report = notify(in, results.getFileName().toString(), w);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + results + ": " + e.getMessage(), e);
      }
      try {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort: the temporary file holds personal data, but the move normally consumed it
      }
    }
  }

  /**
   * Streams results from {@code in} to messages on {@code out}, one line each ({@code \n}).
   *
   * @param sourceName the file name to put in rejects
   */
  public static NotifyReport notify(Reader in, String sourceName, Writer out) {
    Objects.requireNonNull(sourceName, "sourceName");
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    List<Reject> rejects = new ArrayList<>();
    Map<String, Long> sentAt = new HashMap<>();
    long records = 0;
    long sent = 0;
    long notPayable = 0;
    long n = 0;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        records++;
        ResultLine result;
        try {
          result = ResultLine.parse(line);
        } catch (ResultLine.Problem p) {
          rejects.add(new Reject(sourceName, n, p.field, p.maskedInsz == null ? "" : p.maskedInsz, p.reason));
          continue;
        }
        if (!result.payable) {
          notPayable++;
          continue;
        }
        String key = result.insz.digits() + "/" + result.referenceYear;
        Long first = sentAt.putIfAbsent(key, n);
        if (first != null) {
          rejects.add(new Reject(sourceName, n, "insz", result.insz.masked(),
              "same person and reference year as line " + first + ": not sent twice"));
          continue;
        }
        out.write(result.message().toJson());
        out.write('\n');
        sent++;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("I/O error at line " + n + " of " + sourceName + ": " + e.getMessage(), e);
    }
    return new NotifyReport(records, sent, notPayable, rejects);
  }
}
