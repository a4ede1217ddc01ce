package be.jobbonus.rules.access;

import java.util.Objects;
import java.util.Set;

/**
 * A purpose (<i>finaliteit</i>) of protocol art. 2: the party that processes for it, the data
 * groups it needs and, when it is reserved to some services (VSI's supervision), those services.
 *
 * @param id a stable identifier such as {@code VLABEL_PAYMENT}
 * @param party the party whose purpose it is
 * @param description what the processing is, with the protocol's Dutch term
 * @param article the legal source
 * @param dataGroups the data groups the purpose may use
 * @param onlyServices service ids the purpose is reserved to; empty means every service of the party
 */
public record Purpose(String id, Party party, String description, String article, Set<DataGroup> dataGroups,
    Set<String> onlyServices) {
  public Purpose {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(article, "article");
    dataGroups = Set.copyOf(dataGroups);
    onlyServices = Set.copyOf(onlyServices);
    if (dataGroups.isEmpty()) {
      throw new IllegalArgumentException("purpose " + id + ": no data groups");
    }
  }
}
