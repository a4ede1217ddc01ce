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
  // PDFBox and FontBox (automatic modules) log through commons-logging, which is an explicit module
  // (module-info in its jar): on the module path it is resolved only when a module requires it, so
  // this module does, for them (.ci/jpms-consumer found it missing).
  requires org.apache.commons.logging;
  // PDFBox's IOUtils unmaps buffers through sun.misc.Unsafe; without jdk.unsupported in the module
  // graph (a module-path application does not resolve it by itself) it logs a SEVERE error when
  // first used. Required here for the same reason.
  requires jdk.unsupported;

  exports be.jobbonus.notice;
}
