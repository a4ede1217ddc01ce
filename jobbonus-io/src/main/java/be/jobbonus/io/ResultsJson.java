package be.jobbonus.io;

import be.jobbonus.core.Euro;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.calculation.QuarterResult;
import be.jobbonus.core.calculation.Reason;
import java.io.Closeable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code results.jsonl}, one object per person, exactly as interfaces.md shows, plus
 * {@code lastName}, {@code firstName} (so that {@code notify} needs nothing else), per quarter
 * {@code counted}, {@code referenceMonthlyWage} {@code null} when µ = 0, and {@code reasons} as
 * objects {@code {"code","article","message","quarter"?}}. Money is a decimal string with two
 * decimals; {@code workFraction} a string with at least two decimals. Not thread-safe.
 */
public final class ResultsJson implements Closeable {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final JsonLinesFile out;

  private ResultsJson(JsonLinesFile out) {
    this.out = out;
  }

  /**
   * The file, written whole or not at all ({@link OutputFile}): {@link #close} moves it into place
   * unless a write failed.
   *
   * @throws UncheckedIOException when the file cannot be created
   * @throws OutputInUseException when another run writes it
   */
  public static ResultsJson create(Path file) {
    return new ResultsJson(JsonLinesFile.create(file));
  }

  /** Lines into {@code file}; the caller commits it when the run succeeded. {@link #close} only flushes. */
  public static ResultsJson over(OutputFile file) {
    return new ResultsJson(JsonLinesFile.over(file));
  }

  /** Hands the lines written so far to the underlying {@link OutputFile}. */
  public void flush() {
    out.flush();
  }

  /** A work fraction as text with at least two decimals: 1 -> "1.00", 0.7725 -> "0.7725". */
  public static String workFraction(BigDecimal f) {
    BigDecimal s = f.stripTrailingZeros();
    return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
  }

  /** The JSON object of one result. */
  public static ObjectNode toNode(JobbonusResult r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("insz", r.insz().digits());
    n.put("lastName", r.person().lastName());
    n.put("firstName", r.person().firstName());
    n.put("referenceYear", r.referenceYear());
    n.put("statuut", r.statuut().name());
    n.put("eligible", r.eligible());
    ArrayNode reasons = n.putArray("reasons");
    for (Reason reason : r.reasons()) {
      ObjectNode o = reasons.addObject();
      o.put("code", reason.code().name());
      o.put("article", reason.article());
      o.put("message", reason.message());
      reason.quarter().ifPresent(q -> o.put("quarter", q.toString()));
    }
    ArrayNode qs = n.putArray("quarters");
    for (QuarterResult q : r.quarters()) {
      ObjectNode o = qs.addObject();
      o.put("quarter", q.quarter().toString());
      o.put("counted", q.counted());
      o.put("workFraction", workFraction(q.workFraction()));
      o.put("wage", Euro.format(q.wageCents()));
      if (q.referenceMonthlyWageCents().isPresent()) {
        o.put("referenceMonthlyWage", Euro.format(q.referenceMonthlyWageCents().getAsLong()));
      } else {
        o.putNull("referenceMonthlyWage");
      }
      o.put("baseAmount", Euro.format(q.baseAmountCents()));
      o.put("amount", Euro.format(q.amountCents()));
    }
    n.put("base", Euro.format(r.baseCents()));
    n.put("fixedIncrease", Euro.format(r.fixedIncreaseCents()));
    n.put("total", Euro.format(r.totalCents()));
    n.put("payable", r.payable());
    n.put("parameters", r.parametersId());
    return n;
  }

  /** One result as a JSON line (no terminator). */
  public static String toJson(JobbonusResult r) {
    return MAPPER.writeValueAsString(toNode(r));
  }

  public void write(JobbonusResult r) {
    out.writeLine(toJson(r));
  }

  public long count() {
    return out.count();
  }

  @Override
  public void close() {
    out.close();
  }
}
