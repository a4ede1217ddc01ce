package be.jobbonus.io;

/** Where refused records go ({@link RejectsWriter}, a list in tests). */
@FunctionalInterface
public interface RejectSink {
  void reject(Reject reject);
}
