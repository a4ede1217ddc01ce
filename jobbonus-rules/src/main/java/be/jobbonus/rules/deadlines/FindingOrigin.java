package be.jobbonus.rules.deadlines;

/**
 * How VLABEL came to find a data-quality defect (protocol art. 7: "al dan niet op basis van een
 * mededeling van de betrokkene"). Both origins start the same clock: DWSE's month runs from the
 * finding.
 */
public enum FindingOrigin {
  /** VLABEL found the defect itself, in handling the data. */
  FOUND_BY_VLABEL,
  /** VLABEL found the defect on the basis of a report by the data subject (<i>de betrokkene</i>). */
  REPORTED_BY_DATA_SUBJECT
}
