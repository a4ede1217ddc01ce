package be.jobbonus.rules.access;

import be.jobbonus.core.parameters.Status;
import java.util.Objects;

/**
 * Where a rule of {@link AccessPolicy} comes from, as read from its data file: the article, how
 * sure the reading is, and the wording or reference.
 *
 * @param article the article (for example {@code protocol art. 4})
 * @param status L read in the text, S secondary sources, I interpreted
 * @param source the wording or the reference, with the reading when the status is I
 */
public record Citation(String article, Status status, String source) {
  public Citation {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
  }

  /** The least certain of two statuses (I before S before L): a decision is as sure as its weakest source. */
  static Status weakest(Status a, Status b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
