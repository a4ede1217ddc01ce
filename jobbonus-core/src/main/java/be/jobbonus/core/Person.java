package be.jobbonus.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The person whose jobbonus is computed: identity (INSZ, names), birth date, category and region
 * of residence on the residence reference date (decree art. 3 and 4), and, when known, the postal
 * code of that residence, from which the province follows ({@link Region.Province#ofPostalCode}).
 *
 * <p>{@link #toString()} shows the masked INSZ only, never names, the birth date or the postal code.
 */
public final class Person {

  private final Insz insz;
  private final String lastName;
  private final String firstName;
  private final LocalDate birthDate; // nullable: then the INSZ's
  private final Statuut statuut;
  private final Region residence;
  private final int postalCode; // 0: not known

  private Person(Insz insz, String lastName, String firstName, LocalDate birthDate, Statuut statuut, Region residence) {
    this(insz, lastName, firstName, birthDate, statuut, residence, 0);
  }

  private Person(Insz insz, String lastName, String firstName, LocalDate birthDate, Statuut statuut, Region residence,
      int postalCode) {
    this.insz = Objects.requireNonNull(insz, "insz");
    this.lastName = Objects.requireNonNull(lastName, "lastName");
    this.firstName = Objects.requireNonNull(firstName, "firstName");
    this.birthDate = birthDate;
    this.statuut = Objects.requireNonNull(statuut, "statuut");
    this.residence = Objects.requireNonNull(residence, "residence");
    this.postalCode = postalCode;
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
    return new Person(insz, lastName, firstName, Objects.requireNonNull(date, "birthDate"), statuut, residence, postalCode);
  }

  public Person withStatuut(Statuut newStatuut) {
    return new Person(insz, lastName, firstName, birthDate, newStatuut, residence, postalCode);
  }

  public Person withResidence(Region newResidence) {
    return new Person(insz, lastName, firstName, birthDate, statuut, newResidence, postalCode);
  }

  /**
   * This person with the postal code of their residence (the national register has it). The
   * residence's region is not changed: a reader checks that the two agree.
   *
   * @throws IllegalArgumentException when the code is not a four-digit Belgian postal code (1000-9999)
   */
  public Person withPostalCode(int code) {
    if (code < Region.LOWEST_POSTAL_CODE || code > Region.HIGHEST_POSTAL_CODE) {
      throw new IllegalArgumentException("a Belgian postal code has four digits, 1000 to 9999");
    }
    return new Person(insz, lastName, firstName, birthDate, statuut, residence, code);
  }

  /** The postal code of the residence, when known. Personal data. */
  public OptionalInt postalCode() {
    return postalCode == 0 ? OptionalInt.empty() : OptionalInt.of(postalCode);
  }

  /**
   * The Flemish province of the residence, from the postal code; empty when the postal code is not
   * known or lies outside the Flemish Region.
   */
  public Optional<Region.Province> province() {
    return postalCode == 0 ? Optional.empty() : Region.Province.ofPostalCode(postalCode);
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
        && Objects.equals(birthDate, p.birthDate) && statuut == p.statuut && residence == p.residence
        && postalCode == p.postalCode;
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(insz, lastName, firstName, birthDate, statuut, residence);
    return postalCode == 0 ? h : 31 * h + postalCode;
  }

  /** Masked: INSZ's first six digits, statuut and residence only. */
  @Override
  public String toString() {
    return "Person[" + insz.masked() + ", " + statuut + ", " + residence + "]";
  }
}
