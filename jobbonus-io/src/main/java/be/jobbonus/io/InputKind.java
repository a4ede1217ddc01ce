package be.jobbonus.io;

/** Which per-quarter file is given. */
public enum InputKind {
  /** {@code quarters.csv}: the calculation's own inputs. */
  QUARTERS,
  /** {@code dmfa.jsonl}: DmfA occupation lines, derived first. */
  DMFA,
  /**
   * DmfA XML declarations ({@code DmfAOriginal}, one per employer and quarter): the same
   * occupations, read by {@link be.jobbonus.io.internal.xml.DmfaXmlReader} and gathered by person first.
   */
  DMFA_XML
}
