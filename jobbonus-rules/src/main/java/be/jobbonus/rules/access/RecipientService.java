package be.jobbonus.rules.access;

import be.jobbonus.core.parameters.Status;
import java.util.Objects;
import java.util.Set;

/**
 * A service of a party that may receive the data (protocol art. 4). Within it, only persons whose
 * function profile needs the data get access: that is the identity and access management's task
 * (art. 6), not this library's. A service may be limited to some purposes in the data (the
 * Studiedienst: reporting only, art. 3 and 6).
 *
 * @param id a stable identifier such as {@code VLABEL_FINANCIELE_OPVOLGING}
 * @param party the party the service belongs to
 * @param name the protocol's name of the service (Dutch)
 * @param article the legal source
 * @param status L read in the text, S secondary sources, I interpreted
 * @param source the wording, and the reading when the status is I
 * @param onlyPurposes purpose ids the service may act for; empty means every purpose of its party
 */
public record RecipientService(String id, Party party, String name, String article, Status status, String source,
    Set<String> onlyPurposes) {
  public RecipientService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    onlyPurposes = Set.copyOf(onlyPurposes);
  }

  /** The article, status and source of the service's listing (and limits). */
  public Citation citation() {
    return new Citation(article, status, source);
  }
}
