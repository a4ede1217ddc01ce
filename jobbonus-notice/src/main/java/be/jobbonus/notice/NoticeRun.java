package be.jobbonus.notice;

import be.jobbonus.io.OutputInUseException;
import be.jobbonus.io.Reject;
import be.jobbonus.rules.message.VlabelMessageReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The notices of a whole file, one file per person: {@code jobbonus notices}. The files are named
 * by a sequence ({@code notice-000001.html}, in the order of the input), never by the INSZ; the
 * index {@code index.csv} beside them maps each file to the person's INSZ, name and reference year.
 * Every file holds personal data and is written whole or not at all, owner-only, through the
 * tool's safe outputs (a temporary file renamed over the target); a directory it creates is
 * owner-only too. The index is written last, so an index on disk always names files that exist.
 */
public final class NoticeRun {

  /** The index file's name in the output directory. */
  public static final String INDEX = "index.csv";

  /**
   * What a run did.
   *
   * @param written the notices written
   * @param rejects the lines that got no notice, with the reason (INSZ masked)
   * @param index the index file
   */
  public record Report(long written, List<Reject> rejects, Path index) {
    public Report {
      rejects = List.copyOf(rejects);
      Objects.requireNonNull(index, "index");
    }
  }

  private NoticeRun() {}

  /**
   * A notice for every message of {@code messages} (vlabel.jsonl, as {@code notify} writes it and
   * {@link VlabelMessageReader} reads it). A line that is not a valid message is a reject.
   *
   * @throws OutputInUseException when another run writes the same file
   * @throws UncheckedIOException naming the file when it cannot be read or written
   */
  public static Report fromMessages(Path messages, Path outDir, NoticeFormat format, Notices notices) {
    return NoticeWriter.fromMessages(messages, outDir, format, notices);
  }

  /**
   * A notice for every payable person of {@code results} (results.jsonl, as {@code calculate}
   * writes it), each line checked and made into its message exactly as {@code notify} does (against
   * the official parameter sets); a line notify would refuse is a reject, a person with nothing to
   * pay gets no notice.
   *
   * @throws OutputInUseException when another run writes the same file
   * @throws UncheckedIOException naming the file when it cannot be read or written
   */
  public static Report fromResults(Path results, Path outDir, NoticeFormat format, Notices notices) {
    return NoticeWriter.fromResults(results, outDir, format, notices);
  }
}
