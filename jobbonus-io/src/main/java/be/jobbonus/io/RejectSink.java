package be.jobbonus.io;

/** Where refused records go: the {@code rejects.jsonl} writer of the runs, or a list. */
@FunctionalInterface
public interface RejectSink {
  void reject(Reject reject);
}
