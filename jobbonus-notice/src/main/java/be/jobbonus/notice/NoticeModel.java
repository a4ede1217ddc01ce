package be.jobbonus.notice;

import be.jobbonus.core.text.Texts;
import be.jobbonus.rules.message.VlabelMessage;
import be.jobbonus.rules.message.VlabelQuarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a notice shows, made from the VLABEL message alone (protocol art. 3: Gegeven 1 and 2)
 * and the objection data, written as the notice's language writes them. The names are the
 * template's ({@link #NAMES}).
 *
 * <p>The message has no field for the fixed increase: the notice shows the total less the
 * quarters' amounts as the fixed increase (what notify checks a result for: total = base + the
 * year's fixed increase, the quarters adding up to the base).
 */
final class NoticeModel {

  /** Every name a template may use. */
  static final List<String> NAMES = List.of("referenceYear", "date", "firstName", "lastName", "insz", "statuut",
      "total", "quartersTotal", "fixedIncrease", "hasFixedIncrease", "quarters", "quarter", "workFraction", "wage",
      "referenceMonthlyWage", "baseAmount", "amount", "quarterWithoutPerformance", "objectionBody",
      "objectionBodyInferred", "objectionAddress", "objectionAddressInferred", "objectionTerm",
      "objectionTermInferred", "objectionInferred");

  private NoticeModel() {}

  /**
   * @throws IllegalArgumentException when the total is below the quarters' amounts (a message of a
   *     person with nothing to pay: the message carries no reasons, so no notice can explain it)
   */
  static Map<String, Object> of(VlabelMessage m, Texts t, Objection objection, LocalDate date) {
    long quartersTotal = 0;
    List<Map<String, Object>> quarters = new ArrayList<>(m.quarters().size());
    boolean withoutPerformance = false;
    for (VlabelQuarter q : m.quarters()) {
      Map<String, Object> row = new HashMap<>(8);
      row.put("quarter", t.quarter(q.quarter()));
      row.put("workFraction", t.number(q.workFractionText()));
      row.put("wage", t.money(q.wageCents()));
      if (q.referenceMonthlyWageCents().isPresent()) {
        row.put("referenceMonthlyWage", t.money(q.referenceMonthlyWageCents().getAsLong()));
      } else {
        row.put("referenceMonthlyWage", "\u2013");
        withoutPerformance = true;
      }
      row.put("baseAmount", t.money(q.baseAmountCents()));
      row.put("amount", t.money(q.amountCents()));
      quarters.add(row);
      quartersTotal += q.amountCents();
    }
    long fixedIncrease = m.totalCents() - quartersTotal;
    if (fixedIncrease < 0) {
      throw new IllegalArgumentException("total: below the sum of the quarters' amounts (a person with nothing to"
          + " pay); a notice shows a payable jobbonus");
    }
    Map<String, Object> model = new HashMap<>(40);
    model.put("referenceYear", Integer.toString(m.referenceYear()));
    model.put("date", date == null ? "" : t.date(date));
    model.put("firstName", m.firstName());
    model.put("lastName", m.lastName());
    model.put("insz", shown(m.insz().digits()));
    model.put("statuut", t.statuut(m.statuut()));
    model.put("total", t.money(m.totalCents()));
    model.put("quartersTotal", t.money(quartersTotal));
    model.put("fixedIncrease", t.money(fixedIncrease));
    model.put("hasFixedIncrease", fixedIncrease > 0);
    model.put("quarters", quarters);
    model.put("quarterWithoutPerformance", withoutPerformance);
    model.put("objectionBody", objection.body().value());
    model.put("objectionBodyInferred", Objection.inferred(objection.body()));
    model.put("objectionAddress", objection.address().value());
    model.put("objectionAddressInferred", Objection.inferred(objection.address()));
    model.put("objectionTerm", objection.term().value());
    model.put("objectionTermInferred", Objection.inferred(objection.term()));
    model.put("objectionInferred", objection.anyInferred());
    return model;
  }

  /** An INSZ as Belgium prints it: {@code 85.07.30-033.28}. */
  static String shown(String d) {
    return d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "-" + d.substring(6, 9) + "."
        + d.substring(9, 11);
  }
}
