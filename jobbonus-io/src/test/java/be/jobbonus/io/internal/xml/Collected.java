package be.jobbonus.io.internal.xml;

import be.jobbonus.io.Reject;
import be.jobbonus.io.internal.OccupationFields;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A handler keeping what a reader hands over, occupations as canonical text. */
final class Collected implements DmfaXmlReader.Handler {

  final List<String> occupations = new ArrayList<>();
  final List<String> paths = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  final List<Long> rejectInsz = new ArrayList<>();
  final List<String> rejectWhere = new ArrayList<>();
  DmfaXmlReader.Summary summary;

  @Override
  public void occupation(OccupationFields f, DmfaXmlReader.Where where) {
    occupations.add(canonical(f));
    paths.add(where.line() + ":" + where.column() + " " + where.path());
  }

  @Override
  public void reject(Reject reject, long insz, DmfaXmlReader.Where where) {
    rejects.add(reject);
    rejectInsz.add(insz);
    rejectWhere.add(where.toString());
  }

  /**
   * Every field, services and remunerations in order: {@code insz 2024Q1 employer wc PT D/Q/S [c:d:h] [c:a]}; an
   * employer class above 0 and an apprentice type as {@code cl72}, {@code ap1} after the schedule.
   */
  static String canonical(OccupationFields f) {
    StringBuilder sb = new StringBuilder();
    sb.append(DmfaXmlReader.pad(f.insz, 11)).append(' ').append(f.year).append('Q').append(f.quarter).append(' ')
        .append(f.employer).append(" wc").append(f.workerCode).append(f.partTime ? " PT " : " FT ")
        .append(f.daysPerWeek).append('/').append(f.meanWorkingHours).append('/').append(f.refMeanWorkingHours)
        .append(f.employerClass > 0 ? " cl" + f.employerClass : "").append(f.apprenticeship > 0 ? " ap" + f.apprenticeship : "")
        .append(" S");
    for (int i = 0; i < f.services; i++) {
      sb.append(" [").append(f.serviceCodes[i]).append(':').append(f.serviceDays[i]).append(':')
          .append(f.serviceHours[i]).append(']');
    }
    sb.append(" R");
    for (int i = 0; i < f.remunerations; i++) {
      sb.append(" [").append(f.remunerationCodes[i]).append(':').append(f.remunerationAmounts[i]).append(']');
    }
    return sb.toString();
  }

  static Collected read(DmfaXmlReader reader, String xml) {
    return read(reader, xml.getBytes(StandardCharsets.UTF_8));
  }

  static Collected read(DmfaXmlReader reader, byte[] xml) {
    Collected c = new Collected();
    try {
      c.summary = reader.read(new ByteArrayInputStream(xml), "decl.xml", c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  /** Everything a person could see of the rejects: their text and positions. */
  String rejectText() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rejects.size(); i++) {
      sb.append(rejects.get(i)).append(" | ").append(rejectWhere.get(i)).append('\n');
    }
    return sb.toString();
  }
}
