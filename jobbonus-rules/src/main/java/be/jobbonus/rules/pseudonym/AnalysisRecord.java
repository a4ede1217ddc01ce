package be.jobbonus.rules.pseudonym;

import be.jobbonus.core.Regime;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.calculation.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One person-year of the pseudonymised analysis view: the person key instead of the INSZ, no names,
 * no birth date, no residence; the statuut, the outcome and the calculation per quarter.
 *
 * @param personKey the keyed hash of the INSZ ({@link Pseudonymiser#personKey})
 * @param referenceYear the reference year
 * @param statuut the category
 * @param eligible whether the person is a beneficiary
 * @param payable whether an amount is paid
 * @param reasonCodes the codes of the unmet conditions ({@code ReasonCode} names)
 * @param baseCents the annual base amount
 * @param fixedIncreaseCents the fixed increase paid
 * @param totalCents the total paid
 * @param parametersId the parameter set, as {@code official-2024}
 * @param quarters the calculation per quarter
 */
public record AnalysisRecord(String personKey, int referenceYear, Statuut statuut, boolean eligible, boolean payable,
    List<String> reasonCodes, long baseCents, long fixedIncreaseCents, long totalCents, String parametersId,
    List<Quarter> quarters) {

  public AnalysisRecord {
    Objects.requireNonNull(personKey, "personKey");
    if (!personKey.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("personKey must be 64 lower-case hex digits");
    }
    Objects.requireNonNull(statuut, "statuut");
    reasonCodes = List.copyOf(reasonCodes);
    Objects.requireNonNull(parametersId, "parametersId");
    quarters = List.copyOf(quarters);
  }

  static AnalysisRecord of(String key, JobbonusResult r) {
    List<Quarter> qs = r.quarters().stream()
        .map(q -> new Quarter(q.quarter(), q.workFraction(), q.input().regime(), q.wageCents(),
            q.referenceMonthlyWageCents(), q.amountCents(), q.counted()))
        .toList();
    List<String> codes = r.reasons().stream().map(Reason::code).map(Enum::name).toList();
    return new AnalysisRecord(key, r.referenceYear(), r.statuut(), r.eligible(), r.payable(), codes, r.baseCents(),
        r.fixedIncreaseCents(), r.totalCents(), r.parametersId(), qs);
  }

  /**
   * One quarter of the analysis view.
   *
   * @param quarter the quarter
   * @param workFraction the prestatiebreuk
   * @param regime full-time or part-time
   * @param wageCents the wage (pseudonymised personal data)
   * @param referenceMonthlyWageCents the refertemaandloon, empty when the work fraction is 0
   * @param amountCents the jobbonus of the quarter
   * @param counted whether the quarter counts
   */
  public record Quarter(YearQuarter quarter, BigDecimal workFraction, Regime regime, long wageCents,
      OptionalLong referenceMonthlyWageCents, long amountCents, boolean counted) {
    public Quarter {
      Objects.requireNonNull(quarter, "quarter");
      Objects.requireNonNull(workFraction, "workFraction");
      Objects.requireNonNull(regime, "regime");
      Objects.requireNonNull(referenceMonthlyWageCents, "referenceMonthlyWageCents");
    }

    /** Hides the wages. */
    @Override
    public String toString() {
      return "Quarter[" + quarter + ", µ=" + workFraction.toPlainString() + ", amount " + amountCents + "c]";
    }
  }

  /** Shortened key, year, statuut and total; no wages. */
  @Override
  public String toString() {
    return "AnalysisRecord[" + personKey.substring(0, 12) + "…, " + referenceYear + ", " + statuut + ", total "
        + totalCents + "c]";
  }
}
