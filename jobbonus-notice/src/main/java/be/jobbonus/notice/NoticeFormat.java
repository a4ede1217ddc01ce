package be.jobbonus.notice;

/** The form of a notice file. */
public enum NoticeFormat {
  /** An HTML document (UTF-8), {@code .html}. */
  HTML("html"),
  /** A PDF document (PDF/A-2u, tagged, fonts embedded), {@code .pdf}. */
  PDF("pdf");

  private final String extension;

  NoticeFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }
}
