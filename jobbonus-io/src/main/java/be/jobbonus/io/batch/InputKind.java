package be.jobbonus.io.batch;

/** Which per-quarter file is given. */
public enum InputKind {
  /** {@code quarters.csv}: the calculation's own inputs. */
  QUARTERS,
  /** {@code dmfa.jsonl}: DmfA occupation lines, derived first. */
  DMFA
}
