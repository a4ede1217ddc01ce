package be.jobbonus.io;

/**
 * What a run did with every record. For each file: read = in results + rejected.
 *
 * @param personsRead records of the persons file
 * @param personsInResults persons computed (one result each)
 * @param personsRejected person records refused (their own fault, or their data's)
 * @param dataRead records of the per-quarter file
 * @param dataInResults records that are part of a computed person
 * @param dataRejected records refused
 * @param payable persons with a payable amount
 * @param totalCents the sum of the totals paid
 * @param grouped whether the per-quarter file was grouped by INSZ (streamed)
 */
public record RunCounts(String personsFile, long personsRead, long personsInResults, long personsRejected,
    String dataFile, long dataRead, long dataInResults, long dataRejected, long payable, long totalCents,
    boolean grouped) {

  public long rejected() {
    return personsRejected + dataRejected;
  }

  /** Whether every record is accounted for. */
  public boolean balanced() {
    return personsRead == personsInResults + personsRejected && dataRead == dataInResults + dataRejected;
  }
}
