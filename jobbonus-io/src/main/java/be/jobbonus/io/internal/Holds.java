package be.jobbonus.io.internal;

/**
 * What may hold persons of a run back, rather than pay them from part of their data: the first
 * line whose INSZ could not be read (it may be any person's without a line, and in a file not
 * grouped by INSZ anyone's), or a DmfA XML declaration not read to its end (it may hold anyone's
 * occupations). The reasons such a hold gives (words in {@link Refusals}). Not thread-safe; a
 * chunk of a run on another thread has a copy.
 */
final class Holds {

  private final String dataName;
  /** The first line whose INSZ could not be read, or -1. */
  long firstUnreadable = -1;
  /** The file of {@link #firstUnreadable} when it is not the data file (DmfA XML). */
  String unreadableIn;
  /**
   * A DmfA XML declaration refused before its end, or {@code null}: it holds every person like
   * an unreadable line in a file not grouped by INSZ ({@link #firstUnreadable} is then 0).
   */
  String brokenDeclaration;

  Holds(String dataName) {
    this.dataName = dataName;
  }

  Holds copy() {
    Holds c = new Holds(dataName);
    c.firstUnreadable = firstUnreadable;
    c.unreadableIn = unreadableIn;
    c.brokenDeclaration = brokenDeclaration;
    return c;
  }

  /** Takes {@code later}'s first unreadable line when this run had none (a later chunk's). */
  void add(Holds later) {
    if (firstUnreadable < 0 && later.firstUnreadable >= 0) {
      firstUnreadable = later.firstUnreadable;
      unreadableIn = later.unreadableIn;
    }
  }

  /** Whether every person without lines is held. */
  boolean holdsPersonsWithoutLines() {
    return firstUnreadable >= 0;
  }

  /** Why a person without lines is held. */
  String personWithoutLines() {
    return brokenDeclaration != null ? brokenHold("this person's")
        : Refusals.mayBeThisPersons(firstUnreadable, unreadableFile());
  }

  /** Why a line of a person held by the unreadable line {@code heldBy} next to theirs is refused. */
  String heldLine(long heldBy) {
    return brokenDeclaration != null ? brokenHold("more of this person's")
        : Refusals.nextToThisPersonsLines(heldBy, unreadableFile());
  }

  /**
   * Why the person record of a person is refused when none of their lines was refused for its own
   * sake, or {@code null} when nothing holds them ({@code heldBy} as in {@link #heldLine}, or -1).
   */
  String heldPerson(long heldBy) {
    return brokenDeclaration != null ? brokenHold("the person's")
        : heldBy >= 0 ? Refusals.nextToThePersonsRecords(heldBy, unreadableFile()) : null;
  }

  /** Why a person is held by {@link #brokenDeclaration}: it may hold {@code whose} occupations. */
  String brokenHold(String whose) {
    return Refusals.brokenDeclaration(brokenDeclaration, whose);
  }

  private String unreadableFile() {
    return unreadableIn != null ? unreadableIn : dataName;
  }
}
