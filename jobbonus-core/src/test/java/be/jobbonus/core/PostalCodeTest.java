package be.jobbonus.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Region.Province;
import be.jobbonus.core.internal.PostalCodes;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The region and province of a postal code, from the ranges kept as data; a person's province. */
class PostalCodeTest {

  @Test
  void eachRangeGivesItsRegionAndProvince() {
    assertEquals(Region.BRUSSELS_REGION, Region.ofPostalCode(1000));
    assertEquals(Region.BRUSSELS_REGION, Region.ofPostalCode(1299));
    assertEquals(Optional.empty(), Province.ofPostalCode(1210), "Brussels has no province");
    assertEquals(Region.WALLOON_REGION, Region.ofPostalCode(1300));
    assertEquals(Region.WALLOON_REGION, Region.ofPostalCode(1499));
    assertEquals(Optional.of(Province.VLAAMS_BRABANT), Province.ofPostalCode(1500));
    assertEquals(Optional.of(Province.VLAAMS_BRABANT), Province.ofPostalCode(1999));
    assertEquals(Optional.of(Province.ANTWERPEN), Province.ofPostalCode(2000));
    assertEquals(Optional.of(Province.ANTWERPEN), Province.ofPostalCode(2999));
    assertEquals(Optional.of(Province.VLAAMS_BRABANT), Province.ofPostalCode(3000));
    assertEquals(Optional.of(Province.VLAAMS_BRABANT), Province.ofPostalCode(3499));
    assertEquals(Optional.of(Province.LIMBURG), Province.ofPostalCode(3500));
    assertEquals(Optional.of(Province.LIMBURG), Province.ofPostalCode(3999));
    assertEquals(Region.WALLOON_REGION, Region.ofPostalCode(4000));
    assertEquals(Region.WALLOON_REGION, Region.ofPostalCode(7999));
    assertEquals(Optional.empty(), Province.ofPostalCode(6700), "Walloon provinces are not Flemish");
    assertEquals(Optional.of(Province.WEST_VLAANDEREN), Province.ofPostalCode(8000));
    assertEquals(Optional.of(Province.WEST_VLAANDEREN), Province.ofPostalCode(8999));
    assertEquals(Optional.of(Province.OOST_VLAANDEREN), Province.ofPostalCode(9000));
    assertEquals(Optional.of(Province.OOST_VLAANDEREN), Province.ofPostalCode(9999));
    assertThrows(IllegalArgumentException.class, () -> Region.ofPostalCode(999));
    assertThrows(IllegalArgumentException.class, () -> Province.ofPostalCode(10000));
  }

  @Test
  void everyFlemishCodeHasAProvinceAndNoOtherDoes() {
    for (int c = Region.LOWEST_POSTAL_CODE; c <= Region.HIGHEST_POSTAL_CODE; c++) {
      assertEquals(Region.ofPostalCode(c) == Region.FLEMISH_REGION, Province.ofPostalCode(c).isPresent(), "code " + c);
    }
    assertEquals(2, PostalCodes.shipped().ranges(Province.VLAAMS_BRABANT).length / 2);
    assertEquals("Oost-Vlaanderen", Province.OOST_VLAANDEREN.dutchName());
    assertEquals(Province.WEST_VLAANDEREN, Province.ofDutchName("West-Vlaanderen"));
    assertThrows(IllegalArgumentException.class, () -> Province.ofDutchName("Henegouwen"));
  }

  @Test
  void aPersonsProvinceFollowsTheirPostalCode() {
    Person p = Person.of(Insz.parse("85073003328"), "Peeters", "An", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    assertTrue(p.postalCode().isEmpty());
    assertTrue(p.province().isEmpty());
    Person q = p.withPostalCode(9000).withBirthDate(LocalDate.of(1985, 7, 30));
    assertEquals(9000, q.postalCode().getAsInt());
    assertEquals(Optional.of(Province.OOST_VLAANDEREN), q.province());
    assertFalse(q.equals(p.withBirthDate(LocalDate.of(1985, 7, 30))));
    assertEquals(p.hashCode(), Person.of(Insz.parse("85073003328"), "Peeters", "An", Statuut.EMPLOYEE,
        Region.FLEMISH_REGION).hashCode());
    assertFalse(q.toString().contains("9000"), "the postal code is personal data: " + q);
    assertThrows(IllegalArgumentException.class, () -> p.withPostalCode(100));
  }
}
