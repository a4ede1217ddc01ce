package be.jobbonus.rules.access;

import be.jobbonus.core.parameters.Status;
import java.util.Objects;
import java.util.Set;

/**
 * A purpose (<i>finaliteit</i>) of the protocol (art. 2; objection advice: recital C2 and art. 3;
 * reporting: art. 3): the party that processes for it, the data groups it needs and, when it is
 * reserved to some services (VSI's supervision, the Studiedienst's reporting), those services.
 *
 * @param id a stable identifier such as {@code VLABEL_PAYMENT}
 * @param party the party whose purpose it is
 * @param description what the processing is, with the protocol's Dutch term
 * @param article the legal source
 * @param status L read in the text, S secondary sources, I interpreted
 * @param source the wording, and the reading when the status is I
 * @param dataGroups the data groups the purpose may use
 * @param onlyServices service ids the purpose is reserved to; empty means every service of the party
 */
public record Purpose(String id, Party party, String description, String article, Status status, String source,
    Set<DataGroup> dataGroups, Set<String> onlyServices) {
  public Purpose {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    dataGroups = Set.copyOf(dataGroups);
    onlyServices = Set.copyOf(onlyServices);
    if (dataGroups.isEmpty()) {
      throw new IllegalArgumentException("purpose " + id + ": no data groups");
    }
  }

  /** The article, status and source of the purpose. */
  public Citation citation() {
    return new Citation(article, status, source);
  }
}
