package be.jobbonus.core;

import be.jobbonus.core.internal.PostalCodes;
import java.util.Optional;

/** Region of the official residence (<i>woonplaats</i>) on the residence reference date (decree art. 4). */
public enum Region {
  FLEMISH_REGION,
  BRUSSELS_REGION,
  WALLOON_REGION,
  ABROAD,
  UNKNOWN;

  /** The lowest Belgian postal code. */
  public static final int LOWEST_POSTAL_CODE = 1000;
  /** The highest Belgian postal code. */
  public static final int HIGHEST_POSTAL_CODE = 9999;

  /**
   * The region a Belgian postal code lies in, by the postal-code ranges kept as data with their
   * source ({@code be/jobbonus/core/postal-codes.json}, docs/formats.md): {@link #FLEMISH_REGION},
   * {@link #BRUSSELS_REGION} or {@link #WALLOON_REGION}. Whether bpost has issued the code is not
   * checked.
   *
   * @throws IllegalArgumentException when the code is not from {@value #LOWEST_POSTAL_CODE} to
   *     {@value #HIGHEST_POSTAL_CODE}
   */
  public static Region ofPostalCode(int postalCode) {
    return PostalCodes.shipped().region(postalCode);
  }

  /**
   * A province of the Flemish Region, named in Dutch as the Flemish government's figures name it.
   * Brussels has no province; the Walloon provinces are not Flemish and not named here.
   */
  public enum Province {
    ANTWERPEN("Antwerpen"),
    LIMBURG("Limburg"),
    OOST_VLAANDEREN("Oost-Vlaanderen"),
    VLAAMS_BRABANT("Vlaams-Brabant"),
    WEST_VLAANDEREN("West-Vlaanderen");

    private final String dutchName;

    Province(String dutchName) {
      this.dutchName = dutchName;
    }

    /** The province's name in Dutch, as in {@code "Oost-Vlaanderen"}. */
    public String dutchName() {
      return dutchName;
    }

    /**
     * The Flemish province of a Belgian postal code, by the same ranges as {@link
     * Region#ofPostalCode}; empty for a code of the Brussels-Capital or the Walloon Region.
     *
     * @throws IllegalArgumentException when the code is not from 1000 to 9999
     */
    public static Optional<Province> ofPostalCode(int postalCode) {
      return PostalCodes.shipped().province(postalCode);
    }

    /**
     * The province of a Dutch name ({@link #dutchName()}).
     *
     * @throws IllegalArgumentException when no Flemish province has that name
     */
    public static Province ofDutchName(String name) {
      for (Province p : values()) {
        if (p.dutchName.equals(name)) {
          return p;
        }
      }
      throw new IllegalArgumentException("no Flemish province is named " + name);
    }
  }
}
