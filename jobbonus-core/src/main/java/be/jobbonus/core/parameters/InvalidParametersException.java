package be.jobbonus.core.parameters;

/**
 * Parameter data that cannot be used: the message names the source (file or resource), the field
 * path (for example {@code periods[2].upperLimit.value}) and what is wrong.
 */
public final class InvalidParametersException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final String path;

  public InvalidParametersException(String sourceName, String path, String problem) {
    super(sourceName + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    this.sourceName = sourceName;
    this.path = path;
  }

  /** The file or resource the data came from. */
  public String sourceName() {
    return sourceName;
  }

  /** The field path inside the data, empty for the whole document. */
  public String path() {
    return path;
  }
}
