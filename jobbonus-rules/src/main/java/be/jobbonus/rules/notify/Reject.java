package be.jobbonus.rules.notify;

import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One input line refused by {@link VlabelNotifier}: file, 1-based line number, field (a JSON path
 * such as {@code quarters[1].wage}, or {@code $} for the whole line), a reason a person can act on,
 * and the INSZ masked to its first six digits when the line had one that looked like an INSZ
 * ({@code null} otherwise). No other personal data.
 */
public record Reject(String file, long line, String field, String reason, String maskedInsz) {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    if (maskedInsz != null && !maskedInsz.matches("[0-9]{6}\\*{5}")) {
      throw new IllegalArgumentException("maskedInsz must be six digits and five asterisks");
    }
  }

  /** The rejects.jsonl line (interfaces.md): {@code file, line, field, reason, insz}. */
  public String toJson() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("file", file);
    o.put("line", line);
    o.put("field", field);
    o.put("reason", reason);
    if (maskedInsz == null) {
      o.putNull("insz");
    } else {
      o.put("insz", maskedInsz);
    }
    return MAPPER.writeValueAsString(o);
  }

  /** {@code file:line: field: reason (insz)}, for standard error. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + reason + (maskedInsz == null ? "" : " (" + maskedInsz + ")");
  }
}
