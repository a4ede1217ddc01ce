/**
 * The beneficiary's notice (kennisgeving): the VLABEL message of protocol art. 3 rendered for the
 * person it concerns, as accessible HTML and as PDF, one by one ({@link be.jobbonus.notice.Notices})
 * or for a whole file ({@link be.jobbonus.notice.NoticeRun}). Only {@code be.jobbonus.notice} is
 * exported.
 */
module be.jobbonus.notice {
  requires transitive be.jobbonus.core;
  requires transitive be.jobbonus.rules;
  requires transitive be.jobbonus.io;
  requires tools.jackson.databind;
  requires java.desktop;
  requires java.logging;
  requires java.xml;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.fontbox; // the prepared font subset
  requires org.apache.pdfbox.io;

  exports be.jobbonus.notice;
}
