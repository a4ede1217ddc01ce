/**
 * The files of docs/formats.md: streaming readers for {@code persons.csv}, {@code quarters.csv} and
 * {@code dmfa.jsonl} that turn every bad record into a {@link be.jobbonus.io.Reject}
 * (file, line, field, masked INSZ, a reason a person can act on), and the writers of {@code
 * results.jsonl}, {@code rejects.jsonl} and of DmfA lines.
 *
 * <p>Files are read line by line as UTF-8 (a line that is not valid UTF-8 is rejected, not
 * guessed); a CSV record must fit on one line.
 */
package be.jobbonus.io;
