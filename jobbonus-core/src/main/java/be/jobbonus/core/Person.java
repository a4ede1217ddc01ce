package be.jobbonus.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The person whose jobbonus is computed: identity (INSZ, names), birth date, category and region
 * of residence on the residence reference date (decree art. 3 and 4).
 *
 * <p>{@link #toString()} shows the masked INSZ only, never names or the birth date.
 */
public final class Person {

  private final Insz insz;
  private final String lastName;
  private final String firstName;
  private final LocalDate birthDate; // nullable: then the INSZ's
  private final Statuut statuut;
  private final Region residence;

  private Person(Insz insz, String lastName, String firstName, LocalDate birthDate, Statuut statuut, Region residence) {
    this.insz = Objects.requireNonNull(insz, "insz");
    this.lastName = Objects.requireNonNull(lastName, "lastName");
    this.firstName = Objects.requireNonNull(firstName, "firstName");
    this.birthDate = birthDate;
    this.statuut = Objects.requireNonNull(statuut, "statuut");
    this.residence = Objects.requireNonNull(residence, "residence");
  }

  /**
   * A person whose birth date is the one the INSZ encodes (if any; see {@link #withBirthDate}).
   * Names may be empty (a calculation does not need them) but not {@code null}.
   */
  public static Person of(Insz insz, String lastName, String firstName, Statuut statuut, Region residence) {
    return new Person(insz, lastName, firstName, null, statuut, residence);
  }

  /** This person with a birth date from the national register, which wins over the INSZ's. */
  public Person withBirthDate(LocalDate date) {
    return new Person(insz, lastName, firstName, Objects.requireNonNull(date, "birthDate"), statuut, residence);
  }

  public Person withStatuut(Statuut newStatuut) {
    return new Person(insz, lastName, firstName, birthDate, newStatuut, residence);
  }

  public Person withResidence(Region newResidence) {
    return new Person(insz, lastName, firstName, birthDate, statuut, newResidence);
  }

  public Insz insz() {
    return insz;
  }

  /** Personal data. */
  public String lastName() {
    return lastName;
  }

  /** Personal data. */
  public String firstName() {
    return firstName;
  }

  /** The birth date given, or else the one the INSZ encodes; empty when neither is known. */
  public Optional<LocalDate> birthDate() {
    return birthDate != null ? Optional.of(birthDate) : insz.birthDate();
  }

  public Statuut statuut() {
    return statuut;
  }

  /** Region of the official residence on the residence reference date. */
  public Region residence() {
    return residence;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Person)) {
      return false;
    }
    Person p = (Person) o;
    return insz.equals(p.insz) && lastName.equals(p.lastName) && firstName.equals(p.firstName)
        && Objects.equals(birthDate, p.birthDate) && statuut == p.statuut && residence == p.residence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(insz, lastName, firstName, birthDate, statuut, residence);
  }

  /** Masked: INSZ's first six digits, statuut and residence only. */
  @Override
  public String toString() {
    return "Person[" + insz.masked() + ", " + statuut + ", " + residence + "]";
  }
}
