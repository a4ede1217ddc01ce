package be.jobbonus.io.internal.xml;

import be.jobbonus.core.Regime;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.io.internal.OccupationFields;

/** An {@link OccupationLine} as the primitive {@link OccupationFields} every reader fills. */
public final class LineFields {

  private LineFields() {}

  /**
   * Fills {@code into} with {@code line}: INSZ and employer as numbers, the quarter as year and
   * quarter, the units unchanged.
   *
   * @throws IllegalArgumentException when the line has more than {@link OccupationFields#MAX_ITEMS}
   *     services or remunerations
   */
  public static void fill(OccupationLine line, OccupationFields into) {
    if (line.services().size() > OccupationFields.MAX_ITEMS
        || line.remunerations().size() > OccupationFields.MAX_ITEMS) {
      throw new IllegalArgumentException("more than " + OccupationFields.MAX_ITEMS + " services or remunerations");
    }
    into.clear();
    into.insz = Long.parseLong(line.insz().digits());
    into.year = line.quarter().year();
    into.quarter = line.quarter().quarter();
    into.employer = Long.parseLong(line.employer());
    into.employerDigits = line.employer().length();
    into.workerCode = line.workerCode();
    into.partTime = line.contract() == Regime.PART_TIME;
    into.daysPerWeek = line.daysPerWeek();
    into.meanWorkingHours = line.meanWorkingHours();
    into.refMeanWorkingHours = line.refMeanWorkingHours();
    int i = 0;
    for (Service s : line.services()) {
      into.serviceCodes[i] = s.code();
      into.serviceDays[i] = s.days();
      into.serviceHours[i] = s.hours();
      i++;
    }
    into.services = i;
    i = 0;
    for (Remuneration r : line.remunerations()) {
      into.remunerationCodes[i] = r.code();
      into.remunerationAmounts[i] = r.amountCents();
      i++;
    }
    into.remunerations = i;
  }
}
