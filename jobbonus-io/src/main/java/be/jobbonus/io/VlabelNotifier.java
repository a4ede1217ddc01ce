package be.jobbonus.io;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.internal.ChangedPersons;
import be.jobbonus.io.internal.Notify;
import be.jobbonus.io.internal.ResultCheck;
import be.jobbonus.io.internal.ResultsSeal;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The library side of {@code jobbonus notify}: reads the results {@code calculate} wrote and
 * writes one protocol art. 3 message ({@link be.jobbonus.rules.message.VlabelMessage}) per person
 * to notify.
 *
 * <p><b>Who is sent</b>: only results with {@code "payable": true} (protocol recital C2: DWSE sends
 * "a list of wage earners who qualify for the jobbonus"; minimisation, art. 3, keeps the others'
 * data at DWSE).
 *
 * <p><b>Checked first</b>: every line must be a complete result with exactly the fields of
 * results.jsonl and their types, quarter amounts adding up to the base, total = base + the year's
 * fixed increase of the parameter set it names (or 0.00 when not payable), and a payable flag that
 * agrees with its reasons and the minimum payable. A line that fails is a {@link Reject}; so is a
 * second payable line for the same INSZ and reference year. Blank lines are skipped; every other
 * line is counted as sent or not payable ({@link NotifyReport}). With a seal key, the HMAC of the
 * exact bytes read must match {@code results.jsonl.seal} (written by {@code calculate
 * --seal-key-file}), else nothing is written.
 */
public final class VlabelNotifier {

  private VlabelNotifier() {}

  /** {@link #notify(Path, Path, List, Path)} against the official parameter sets, unsealed. */
  public static NotifyReport notify(Path results, Path out) {
    return Notify.notify(results, out, ResultCheck.official(), null);
  }

  /**
   * Reads {@code results} and writes {@code out} (UTF-8 JSON Lines): owner-only, replaced only when
   * the whole file has been written and, with a seal key, only when the seal of the exact bytes
   * read verifies.
   *
   * @param parameterSets sets besides the official ones that lines may name in their {@code
   *     parameters} field (each line is checked against the set it names)
   * @param sealKeyFile the key to verify {@code results.jsonl.seal} with, or {@code null} (not
   *     verified)
   * @throws SealException when the key is unusable or the seal is missing or does not verify:
   *     nothing is written
   * @throws OutputInUseException when another run writes {@code out}
   * @throws java.io.UncheckedIOException naming the file when it cannot be read or written
   */
  public static NotifyReport notify(Path results, Path out, List<ParameterSet> parameterSets, Path sealKeyFile) {
    ResultCheck check = ResultCheck.official();
    for (ParameterSet set : parameterSets) {
      check = check.with(Objects.requireNonNull(set, "parameter set"));
    }
    return Notify.notify(results, out, check, sealKeyFile == null ? null : ResultsSeal.fromKeyFile(sealKeyFile));
  }

  /**
   * Streams results from {@code in} to messages on {@code out}, one line each ({@code \n}), checked
   * against the official parameter sets.
   *
   * @param sourceName the file name to put in rejects
   */
  public static NotifyReport notify(Reader in, String sourceName, Writer out) {
    return Notify.notify(in, sourceName, out, ResultCheck.official());
  }
  /**
   * Tells VLABEL of the persons a recalculation changed ({@code notify --only-changed}): reads the
   * differences {@link CalculateRun#recalculate} wrote and the new results it wrote with them, and
   * writes the message of every listed person who was paid before or is paid now, with exactly the
   * fields of {@link #notify(Path, Path, List, Path)}. A person no longer entitled is sent the
   * message of their new result, with total 0.00 and the quarters as computed now; a listed person
   * paid neither before nor now is not sent (counted as not payable); persons not listed are not
   * sent (counted as unchanged). The results are checked as {@link #notify(Path, Path, List, Path)}
   * checks them, and each listed person's line must carry the new total the differences give.
   *
   * @throws InputFileException when the differences file is not one recalculate wrote
   * @throws SealException when the key is unusable or the results' seal does not verify
   */
  public static Changed notifyChanged(Path results, Path differences, Path out, List<ParameterSet> parameterSets,
      Path sealKeyFile) {
    ResultCheck check = ResultCheck.official();
    for (ParameterSet set : parameterSets) {
      check = check.with(Objects.requireNonNull(set, "parameter set"));
    }
    ChangedPersons changed = ChangedPersons.read(Objects.requireNonNull(differences, "differences"));
    NotifyReport report = Notify.notify(results, out, check,
        sealKeyFile == null ? null : ResultsSeal.fromKeyFile(sealKeyFile), changed);
    return new Changed(report, changed.unchanged());
  }

  /**
   * What {@link #notifyChanged} did.
   *
   * @param listed the listed persons (and the results lines refused): sent, not payable before or
   *     now, or rejected
   * @param unchanged results lines of persons the differences do not list, not sent
   */
  public record Changed(NotifyReport listed, long unchanged) {
    public Changed {
      Objects.requireNonNull(listed, "listed");
    }

    /** One line for the end of a run. */
    public String summary() {
      return listed.summary() + "; " + unchanged + " unchanged, not sent";
    }
  }
}
