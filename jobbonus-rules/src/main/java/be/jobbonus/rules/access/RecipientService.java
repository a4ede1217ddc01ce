package be.jobbonus.rules.access;

import java.util.Objects;

/**
 * A service of a party that may receive the data (protocol art. 4). Within it, only persons whose
 * function profile needs the data get access: that is the identity and access management's task
 * (art. 6), not this library's.
 *
 * @param id a stable identifier such as {@code VLABEL_FINANCIELE_OPVOLGING}
 * @param party the party the service belongs to
 * @param name the protocol's name of the service (Dutch)
 * @param article the legal source
 */
public record RecipientService(String id, Party party, String name, String article) {
  public RecipientService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(article, "article");
  }
}
