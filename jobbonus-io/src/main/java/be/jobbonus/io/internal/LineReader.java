package be.jobbonus.io.internal;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;

/**
 * One line of a per-quarter file read by its format's reader: a {@code dmfa.jsonl} line into
 * {@link #fields} ({@link DmfaJsonl}), a {@code quarters.csv} line into its {@link QuarterInput}
 * ({@link QuartersCsv}, after its header); either way the line's INSZ ({@link #key}) and its
 * refusal, if any. A negative length is a line over the limit, of which {@code b[s..s-1-length)}
 * holds the first bytes. Reused from line to line; not thread-safe.
 */
final class LineReader {

  private final InputKind kind;
  final DmfaJsonl dmfa;
  final QuartersCsv quarters;
  /** The occupation of the last {@code dmfa.jsonl} line read. */
  final OccupationFields fields = new OccupationFields();
  private boolean header;
  private long key;
  private Reject reject;
  /** The {@code quarters.csv} line's quarter of the year (1-4), wage, work fraction (ten-thousandths) and regime. */
  private int quarterOfYear;
  private long wageCents;
  private int workFraction;
  private Regime regime;

  LineReader(InputKind kind, String dataName, int year) {
    this.kind = kind;
    this.dmfa = kind == InputKind.DMFA ? new DmfaJsonl(dataName, year) : null;
    this.quarters = kind == InputKind.QUARTERS ? new QuartersCsv(dataName, year) : null;
  }

  /** The header of {@code quarters.csv}, read. */
  void header(RawLine line) {
    header = true;
    quarters.header(line);
  }

  /** Reads a line; {@code false} for a blank line or {@code quarters.csv}'s header (read here). */
  boolean read(byte[] b, int s, int length, long number) {
    if (kind == InputKind.DMFA) {
      DmfaJsonl.Outcome o = length < 0 ? dmfa.readTooLong(b, s, -1 - length, number, fields)
          : dmfa.read(b, s, length, number, fields);
      if (o == DmfaJsonl.Outcome.BLANK) {
        return false;
      }
      key = dmfa.key();
      reject = o == DmfaJsonl.Outcome.REJECTED ? dmfa.reject() : null;
      return true;
    }
    if (header && length >= 0 && quarters.scan(b, s, s + length)) { // the usual line, without objects
      key = quarters.scannedKey();
      reject = null;
      quarterOfYear = quarters.scannedQuarter();
      wageCents = quarters.scannedWage();
      workFraction = quarters.scannedFraction();
      regime = quarters.scannedRegime();
      return true;
    }
    RawLine raw = length < 0 ? LineSource.tooLong(number) : LineSource.decode(b, s, length, number);
    if (!header) {
      header(raw);
      return false;
    }
    if (raw.ok() && raw.text().isBlank()) {
      return false;
    }
    DataRecord<QuarterInput> r = quarters.parse(raw);
    key = r.insz() == null ? -1 : Long.parseLong(r.insz());
    reject = r.reject();
    QuarterInput q = r.value();
    if (q != null) {
      quarterOfYear = q.quarter().quarter();
      wageCents = q.wageCents();
      workFraction = q.workFractionTenThousandths();
      regime = q.regime();
    }
    return true;
  }

  /** The INSZ of the line read, or -1 when it could not be read. */
  long key() {
    return key;
  }

  /** The line's refusal, or {@code null}. */
  Reject reject() {
    return reject;
  }

  /** Adds the quarter of the {@code quarters.csv} line read (not refused) to {@code lines}. */
  void quarterTo(GroupLines lines) {
    lines.quarter(quarterOfYear, wageCents, workFraction, regime);
  }
}
