package be.jobbonus.rules.message;

import be.jobbonus.core.Euro;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link VlabelMessage} as one JSON line with Jackson's tree model (no reflection). */
final class MessageJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private MessageJson() {}

  static String write(VlabelMessage m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("insz", m.insz().digits());
    o.put("lastName", m.lastName());
    o.put("firstName", m.firstName());
    o.put("statuut", m.statuut().name());
    o.put("referenceYear", m.referenceYear());
    o.put("total", Euro.format(m.totalCents()));
    ArrayNode qs = o.putArray("quarters");
    for (VlabelQuarter q : m.quarters()) {
      ObjectNode n = qs.addObject();
      n.put("quarter", q.quarter().toString());
      n.put("workFraction", q.workFractionText());
      n.put("wage", Euro.format(q.wageCents()));
      if (q.referenceMonthlyWageCents().isPresent()) {
        n.put("referenceMonthlyWage", Euro.format(q.referenceMonthlyWageCents().getAsLong()));
      } else {
        n.putNull("referenceMonthlyWage");
      }
      n.put("baseAmount", Euro.format(q.baseAmountCents()));
      n.put("amount", Euro.format(q.amountCents()));
    }
    return MAPPER.writeValueAsString(o);
  }
}
