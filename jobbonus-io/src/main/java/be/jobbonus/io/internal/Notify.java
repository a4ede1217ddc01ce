package be.jobbonus.io.internal;

import be.jobbonus.io.NotifyReport;
import be.jobbonus.io.OutputInUseException;
import be.jobbonus.io.Reject;
import be.jobbonus.io.SealException;
import be.jobbonus.rules.message.VlabelMessage;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;

/**
 * The notify run behind {@link be.jobbonus.io.VlabelNotifier} and {@code jobbonus notify --results results.jsonl --out vlabel.jsonl}: reads the
 * calculation results and writes one {@link VlabelMessage} line per person to notify.
 *
 * <p><b>Who is sent</b>: only results with {@code "payable": true}. Protocol recital C2 has DWSE
 * send "a list of wage earners who qualify for the jobbonus" so that VLABEL notifies and pays them;
 * a person with nothing to pay needs neither, and minimisation (art. 3, GDPR art. 5(1)(c)) keeps
 * their data at DWSE. When such a person files an objection, DWSE builds the message for that one
 * person with {@link VlabelMessage#from} (Gegeven 1 covers "the person who filed an objection").
 *
 * <p><b>Input</b>: the results.jsonl of docs/formats.md, verified before anything is sent
 * ({@link ResultLine}): every line must be a complete result with exactly the fields of the format
 * and their types, quarter amounts adding up to the base, total = base + the year's fixed increase
 * of the parameter set it names (or 0.00 when not payable), a payable flag that agrees with its
 * reasons and the minimum payable, and every figure recomputed from its quarters by the one engine
 * as calculate computes it (reference monthly wage, base amount, amounts, base, reasons) — with or
 * without a seal. A line that fails is a {@link Reject} (line, field, reason, INSZ
 * masked); so is a second payable line for the same INSZ and reference year (never paid twice).
 * Blank lines are skipped. Every other line is counted as sent or not payable ({@link NotifyReport}).
 * With a seal key, the HMAC of the exact bytes read must match {@code results.jsonl.seal}, else
 * nothing is written ({@link ResultsSeal}).
 */
public final class Notify {

  private Notify() {}

  /** {@link #notify(Path, Path, ResultCheck, ResultsSeal)} against the official parameter set, unsealed. */
  public static NotifyReport notify(Path results, Path out) {
    return notify(results, out, ResultCheck.official(), null);
  }

  /**
   * Reads {@code results} and writes {@code out} (UTF-8 JSON Lines) through an {@link OutputFile}:
   * owner-only, replaced only when the whole file has been written and, with a {@code seal}, only
   * when the seal of the exact bytes read verifies.
   *
   * @param check the parameter sets the lines are checked against
   * @param seal the key to verify {@code results.jsonl.seal} with, or {@code null} (not verified)
   * @throws SealException when the seal is missing or does not verify: nothing is written
   * @throws OutputInUseException when another run writes {@code out}
   * @throws UncheckedIOException naming the file when it cannot be read or written
   */
  public static NotifyReport notify(Path results, Path out, ResultCheck check, ResultsSeal seal) {
    return notify(results, out, check, seal, null);
  }

  /**
   * {@link #notify(Path, Path, ResultCheck, ResultsSeal)} for the persons {@code changed} lists only
   * (the differences of a recalculation, {@link ChangedPersons}); {@code null} for everyone payable.
   */
  public static NotifyReport notify(Path results, Path out, ResultCheck check, ResultsSeal seal,
      ChangedPersons changed) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(check, "check");
    byte[] recorded = seal == null ? null : ResultsSeal.readSeal(results);
    try (OutputFile file = OutputFile.open(out, true)) {
      NotifyReport report;
      Mac mac = seal == null ? null : seal.mac();
      try (InputStream raw = Files.newInputStream(results);
          BufferedReader in = new BufferedReader(new InputStreamReader(mac == null ? raw : ResultsSeal.tap(raw, mac),
              StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
        Writer w = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
        report = notify(in, results.getFileName().toString(), w, check, changed);
        if (mac != null) {
          while (in.read() >= 0) {
            // drain: the MAC covers every byte
          }
          ResultsSeal.verify(results, recorded, mac);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + results + ": " + LineSource.describe(e), e);
      }
      file.commit();
      return report;
    }
  }

  /**
   * Streams results from {@code in} to messages on {@code out}, one line each ({@code \n}).
   *
   * @param sourceName the file name to put in rejects
   */
  public static NotifyReport notify(Reader in, String sourceName, Writer out) {
    return notify(in, sourceName, out, ResultCheck.official());
  }

  /**
   * Streams results from {@code in} to messages on {@code out}, each line checked against
   * {@code check} first ({@link ResultLine}): a line that is not a complete, consistent result is a
   * reject, never a message.
   */
  public static NotifyReport notify(Reader in, String sourceName, Writer out, ResultCheck check) {
    return notify(in, sourceName, out, check, null);
  }

  /**
   * Streams results to messages as {@link #notify(Reader, String, Writer, ResultCheck)} does, or,
   * with {@code changed}, for the listed persons only: a listed person is sent when they were or are
   * payable (a person no longer entitled gets the message of their new result, total 0.00), and is
   * counted as not payable when they were and are not; the other lines are counted in {@link
   * ChangedPersons#unchanged()}, not in the report. A listed person whose line does not have the
   * new total the differences give, or who has no line, is a reject.
   */
  public static NotifyReport notify(Reader in, String sourceName, Writer out, ResultCheck check,
      ChangedPersons changed) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(check, "check");
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    Sending s = new Sending(sourceName, out, changed);
    long[] n = {0};
    try {
      CheckedLines.check(() -> {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          n[0]++;
          if (!line.isBlank()) {
            return new CheckedLines.Line(n[0], 0, 0, line, null);
          }
        }
        return null;
      }, check, Runtime.getRuntime().availableProcessors(), line -> {
        try {
          s.take(line);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      out.flush();
      if (changed != null) {
        for (Reject missing : changed.notFound(sourceName)) {
          s.rejects.add(missing);
          s.records++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("I/O error at line " + n[0] + " of " + sourceName + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("I/O error at line " + n[0] + " of " + sourceName + ": " + e.getCause().getMessage(),
          e.getCause());
    }
    return new NotifyReport(s.records, s.sent, s.notPayable, s.rejects);
  }

  /** What notify does with each checked line, in the file's order. */
  private static final class Sending {
    final String sourceName;
    final Writer out;
    final ChangedPersons changed;
    final List<Reject> rejects = new ArrayList<>();
    final Map<String, Long> sentAt = new HashMap<>();
    long records;
    long sent;
    long notPayable;

    Sending(String sourceName, Writer out, ChangedPersons changed) {
      this.sourceName = sourceName;
      this.out = out;
      this.changed = changed;
    }

    void take(CheckedLines.Line line) throws IOException {
      long n = line.number;
      records++;
      if (line.problem != null) {
        ResultLine.Problem p = line.problem;
        rejects.add(new Reject(sourceName, n, p.field, p.maskedInsz == null ? "" : p.maskedInsz, p.reason));
        return;
      }
      ResultLine result = line.result;
      if (changed != null) {
        ChangedPersons.Entry e = changed.take(result);
        if (e == null) {
          records--; // not listed: counted as unchanged
          return;
        }
        String problem = e.problemWith(result);
        if (problem != null) {
          rejects.add(new Reject(sourceName, n, "total", result.insz.masked(), problem));
          return;
        }
        if (!e.concernsVlabel()) {
          notPayable++;
          return;
        }
        VlabelMessage m = result.messageOfOutcome();
        if (m == null) {
          rejects.add(new Reject(sourceName, n, "lastName", result.insz.masked(),
              "the names are needed to tell VLABEL of the changed outcome"));
          return;
        }
        out.write(m.toJson());
        out.write('\n');
        sent++;
        return;
      }
      if (!result.payable) {
        notPayable++;
        return;
      }
      String key = result.insz.digits() + "/" + result.referenceYear;
      Long first = sentAt.putIfAbsent(key, n);
      if (first != null) {
        rejects.add(new Reject(sourceName, n, "insz", result.insz.masked(),
            "same person and reference year as line " + first + ": not sent twice"));
        return;
      }
      out.write(result.message().toJson());
      out.write('\n');
      sent++;
    }
  }
}
