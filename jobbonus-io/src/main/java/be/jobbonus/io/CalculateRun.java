package be.jobbonus.io;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Region;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.internal.FileRun;
import be.jobbonus.io.internal.LineSource;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.io.internal.RejectsWriter;
import be.jobbonus.io.internal.ResultCheck;
import be.jobbonus.io.internal.ResultsComparison;
import be.jobbonus.io.internal.ResultsSeal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.EnumMap;
import javax.crypto.Mac;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code calculate} and {@code explain} runs over files: a persons file ({@code persons.csv})
 * with a per-quarter file ({@code dmfa.jsonl} or {@code quarters.csv}) or DmfA XML declarations,
 * through the one path of a person's data to {@code results.jsonl} (docs/architecture.md).
 *
 * <p>The accounting: every record (a non-blank line after a header, an XML {@code Occupation})
 * ends in the results, as part of its person, or in the rejects, never both. A person is computed
 * only from complete data: when one of a person's records is refused, all of them are (the others
 * with a reason pointing at it), and the person's record in the persons file too. Persons without
 * records are computed without work. Not thread-safe: one run at a time per instance (a run uses
 * several threads itself where it says so).
 */
public final class CalculateRun {

  private final FileRun run;
  private final ParameterSet parameters;
  private final int year;

  /**
   * A run of {@code year} under {@code parameters}.
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover
   *     the year
   */
  public CalculateRun(ParameterSet parameters, int year) {
    this.run = new FileRun(parameters, year);
    this.parameters = parameters;
    this.year = year;
  }

  /**
   * Computes every person and writes {@code results.jsonl} to {@code results} (flushed, not
   * closed). A file grouped by INSZ (every person's lines together) is streamed one person at a
   * time; one that is not is grouped in memory first, with the same results, and {@link
   * RunCounts#grouped()} says so. Results come in the order the persons' lines come, then the
   * persons without lines in the persons file's order.
   *
   * @param kind {@link InputKind#DMFA} or {@link InputKind#QUARTERS}
   * @param personsName the persons file's name in rejects and messages; {@code dataName} and
   *     {@code resultsName} likewise
   * @throws InputFileException when a file is empty, lacks its header or holds no record (checked
   *     before anything is read or written)
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public RunCounts calculate(Path persons, String personsName, Path data, String dataName, InputKind kind,
      OutputStream results, String resultsName, RejectSink rejects) {
    return run.calculate(persons, personsName, data, dataName, kind, results, resultsName, rejects);
  }

  /**
   * {@link #calculate(Path, String, Path, String, InputKind, OutputStream, String, RejectSink)} on
   * {@code threads} threads: a file grouped by INSZ is read, derived, computed and formatted in
   * chunks of persons on every thread and written in order, so the output is the same bytes
   * whatever {@code threads}.
   *
   * @throws InputFileException when a file is empty, lacks its header or holds no record
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public RunCounts calculate(Path persons, String personsName, Path data, String dataName, InputKind kind,
      OutputStream results, String resultsName, RejectSink rejects, int threads) {
    return run.calculate(persons, personsName, data, dataName, kind, results, resultsName, rejects, threads);
  }

  /**
   * Computes every person of the files and writes {@code results.jsonl} and {@code rejects.jsonl}
   * whole or not at all: each is written to a temporary file beside its target, owner-only
   * (personal data), and renamed over the target only when the run has completed. Files are named
   * in rejects as given. The files are read and computed on every core.
   *
   * @param kind what {@code data} holds: one {@code dmfa.jsonl} ({@link InputKind#DMFA}), one
   *     {@code quarters.csv} ({@link InputKind#QUARTERS}), or DmfA XML files or directories
   *     ({@link InputKind#DMFA_XML})
   * @throws InputFileException when a file is empty, lacks its header or holds no record
   * @throws OutputInUseException when another run writes {@code results} or {@code rejects}
   * @throws java.io.UncheckedIOException naming the file when one cannot be read or written
   */
  public RunCounts calculate(Path persons, InputKind kind, List<Path> data, Path results, Path rejects) {
    requireData(kind, data);
    try (OutputFile resultsOut = OutputFile.open(results, true);
        OutputFile rejectsOut = OutputFile.open(rejects, true)) {
      RejectsWriter refused = RejectsWriter.over(rejectsOut);
      RunCounts counts = onEveryCore(persons, kind, data, resultsOut.stream(), results.toString(), refused);
      refused.flush();
      resultsOut.stream().flush();
      resultsOut.commit();
      rejectsOut.commit();
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + results + ": " + LineSource.describe(e), e);
    }
  }

  /**
   * Computes every person from DmfA XML declarations ({@code DmfAOriginal} documents, one per
   * employer and quarter) and writes {@code results.jsonl} to {@code results} (flushed, not
   * closed): the same grouping, derivation, engine and writer as {@code dmfa.jsonl}, each
   * person's occupations gathered from every file. Results come in the persons file's order, the
   * same bytes whatever {@code threads}. Rejects name each occupation's file, line, column and
   * element path. A declaration that cannot be read to its end holds every person of the run.
   *
   * @param declarations files, or directories whose {@code *.xml} files are read in name order
   * @param threads threads for parsing and for the later stages (the output does not depend on it)
   * @throws InputFileException when the persons file is empty or no declaration is given
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public RunCounts calculateXml(Path persons, String personsName, List<Path> declarations, OutputStream results,
      String resultsName, RejectSink rejects, int threads) {
    return run.calculateXml(persons, personsName, declarations, results, resultsName, rejects, threads);
  }

  /**
   * The notices of the last run over DmfA XML declarations, for standard error: a declaration
   * received twice (the same employer, quarter and content) is read once, and a declaration of a
   * quarter outside the reference year is skipped, each notice naming the files (docs/dmfa.md
   * §13). Empty after any other run. No personal data.
   */
  public List<String> notices() {
    return run.notices();
  }

  /**
   * One person's records through the same readers and checks, computed with their explanation.
   *
   * @param kind {@link InputKind#DMFA} or {@link InputKind#QUARTERS}
   * @param rejects receives the refused records of the persons file that concern this INSZ
   * @return the outcome, or empty when the INSZ is not a usable person in the persons file
   */
  public Optional<Outcome> explain(Path persons, String personsName, Path data, String dataName, InputKind kind,
      Insz insz, List<Reject> rejects) {
    return run.explain(persons, personsName, data, dataName, kind, insz, rejects);
  }

  /**
   * One person's occupations in DmfA XML declarations through the same readers and checks,
   * computed with their explanation ({@link #explain} for XML).
   *
   * @return the outcome, or empty when the INSZ is not a usable person in the persons file
   */
  public Optional<Outcome> explainXml(Path persons, String personsName, List<Path> declarations, Insz insz,
      List<Reject> rejects, int threads) {
    return run.explainXml(persons, personsName, declarations, insz, rejects, threads);
  }

  /**
   * Reads the files through the same stages as {@link #calculate} (lines, fields and their checks,
   * grouping, the persons file, the same refusals to {@code rejects}) and hands each usable person
   * to {@code members} instead of computing them, for studies that compute them otherwise (the
   * reform comparison derives them under two parameter sets). Persons with lines come in the
   * order of their lines, then those without lines in the persons file's order.
   *
   * @throws InputFileException when a file is empty, lacks its header or holds no record
   */
  public void members(Path persons, String personsName, Path data, String dataName, InputKind kind,
      RejectSink rejects, Consumer<Member> members) {
    run.members(persons, personsName, data, dataName, kind, rejects, members);
  }

  /**
   * The persons the last {@link #calculate} or {@link #calculateXml} run computed, per Flemish
   * province of their residence (from the postal code of {@code persons.csv}, docs/formats.md):
   * one entry per province with at least one person, in {@link Region.Province} order. Empty when
   * no person computed had a postal code in the Flemish Region, or before a run.
   */
  public List<ProvinceCounts> byProvince() {
    return run.byProvince();
  }

  /** Persons computed by the last run with a postal code (in any region): see {@link #byProvince()}. */
  public long personsWithPostalCode() {
    return run.personsWithPostalCode();
  }

  /**
   * The persons of a run residing in one Flemish province.
   *
   * @param persons persons computed (one result each)
   * @param payable of them, persons with a payable amount
   * @param totalCents the sum of their totals paid
   */
  public record ProvinceCounts(Region.Province province, long persons, long payable, long totalCents) {
    public ProvinceCounts {
      java.util.Objects.requireNonNull(province, "province");
    }
  }

  /**
   * One usable person of {@link #members}: their record and their work as read, not computed: DmfA
   * lines (with {@link InputKind#DMFA}) or quarter inputs ({@link InputKind#QUARTERS}). Immutable.
   */
  public record Member(Person person, List<OccupationLine> lines, List<QuarterInput> quarters) {
    /** Copies the lists. */
    public Member {
      lines = List.copyOf(lines);
      quarters = List.copyOf(quarters);
    }

    /** Masked. */
    @Override
    public String toString() {
      return "Member[" + person + ", " + lines.size() + " lines, " + quarters.size() + " quarters]";
    }
  }
  /**
   * Computes the year again from the files, as {@link #calculate(Path, InputKind, List, Path, Path)}
   * does, and compares every person with the results of an earlier run ({@code jobbonus
   * recalculate}): one line of {@code differences} per person whose outcome changed, with the
   * previous and the new total, the signed difference and the quarters that changed
   * (docs/formats.md). Unchanged persons are counted, not listed.
   *
   * <p>The previous file is checked before anything is computed: with a seal key its seal must
   * verify; without one, every line must pass the checks notify makes (a complete result whose
   * amounts agree with the parameter set it names); every line must be of this run's reference year
   * and parameter set. With a key, the new results are sealed with it too ({@code results.seal}).
   * The outputs are written whole or not at all, owner-only.
   *
   * @param previous the results.jsonl of the earlier run
   * @param sealKeyFile the key of the previous file's seal, or {@code null} (not verified)
   * @throws InputFileException naming the line and field when the previous file is refused, or
   *     when an input file is empty
   * @throws SealException when the seal is missing or does not verify: nothing is written
   * @throws OutputInUseException when another run writes one of the outputs
   * @throws java.io.UncheckedIOException naming the file when one cannot be read or written
   */
  public Differences recalculate(Path previous, Path sealKeyFile, Path persons, InputKind kind, List<Path> data,
      Path results, Path differences, Path rejects) {
    requireData(kind, data);
    ResultsSeal seal = sealKeyFile == null ? null : ResultsSeal.fromKeyFile(sealKeyFile);
    ResultCheck check = ResultCheck.official().with(parameters); // the lines are this run's set
    Path sealFile = ResultsSeal.sealFile(results);
    try (OutputFile differencesOut = OutputFile.open(differences, true)) {
      ResultsComparison comparison = ResultsComparison.against(previous, previous.toString(), check, seal, year,
          parameters.id() + "-" + year, differencesOut.stream());
      comparison.behind(run::declarationsBehind);
      Mac mac = seal == null ? null : seal.mac();
      try (OutputFile resultsOut = OutputFile.open(results, true,
              mac == null ? s -> comparison.tap(s) : s -> comparison.tap(ResultsSeal.tap(s, mac)));
          OutputFile rejectsOut = OutputFile.open(rejects, true);
          OutputFile sealOut = seal == null ? null : OutputFile.open(sealFile, true)) {
        RejectsWriter refused = RejectsWriter.over(rejectsOut);
        RunCounts counts = onEveryCore(persons, kind, data, resultsOut.stream(), results.toString(), refused);
        refused.flush();
        resultsOut.stream().flush();
        if (sealOut != null) {
          sealOut.stream().write(ResultsSeal.sealText(mac).getBytes(StandardCharsets.US_ASCII));
        }
        differencesOut.stream().flush();
        Differences totals = comparison.totals(counts);
        resultsOut.commit();
        rejectsOut.commit();
        differencesOut.commit();
        if (sealOut != null) {
          sealOut.commit();
        } else {
          Files.deleteIfExists(OutputFile.resolve(sealFile)); // a seal of an earlier run no longer holds
        }
        return totals;
      } finally {
        comparison.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + results + ": " + LineSource.describe(e), e);
    }
  }

  private static void requireData(InputKind kind, List<Path> data) {
    if (kind != InputKind.DMFA_XML && data.size() != 1) {
      throw new IllegalArgumentException(kind + " reads one file, " + data.size() + " given");
    }
  }

  /** The files' persons computed on every core to {@code results}; files named in rejects as given. */
  private RunCounts onEveryCore(Path persons, InputKind kind, List<Path> data, OutputStream results,
      String resultsName, RejectSink rejects) {
    int threads = Runtime.getRuntime().availableProcessors();
    return kind == InputKind.DMFA_XML
        ? calculateXml(persons, persons.toString(), data, results, resultsName, rejects, threads)
        : calculate(persons, persons.toString(), data.get(0), data.get(0).toString(), kind, results, resultsName,
            rejects, threads);
  }

  /** How a person's outcome changed between two runs ({@link #recalculate}). */
  public enum Change {
    /** Payable before and now, with a higher total: the difference is paid. */
    EXTRA_PAYMENT,
    /** Payable before and now, with a lower total: the difference is recovered. */
    RECOVERY,
    /** Payable now, not before (or not computed before): the new total is paid. */
    NEWLY_ENTITLED,
    /** Payable before, not now: the previous total is recovered. */
    NO_LONGER_ENTITLED,
    /** The same total, but a quarter's figures or the reasons changed. */
    DETAIL_CHANGED
  }

  /**
   * What {@link #recalculate} found: every person of the previous file is changed, unchanged or
   * not recomputed, and every person computed now is changed, unchanged or new and not payable.
   *
   * @param run the new run's counts
   * @param previousPersons persons in the previous file
   * @param changed persons listed in the differences file, by kind (every kind present)
   * @param differenceCents the sum of the signed differences of each kind, in cents (every kind
   *     present; negative for recoveries)
   * @param unchanged persons computed again with the same outcome
   * @param newNotPayable persons computed now, not in the previous file, and not payable (not listed)
   * @param notRecomputed persons of the previous file the new run did not compute (their records
   *     were refused, see the rejects, or they are no longer in the persons file): their previous
   *     result stands
   */
  public record Differences(RunCounts run, long previousPersons, Map<Change, Long> changed,
      Map<Change, Long> differenceCents, long unchanged, long newNotPayable, long notRecomputed) {
    /** Copies the maps, with every kind. */
    public Differences {
      changed = everyKind(changed);
      differenceCents = everyKind(differenceCents);
    }

    private static Map<Change, Long> everyKind(Map<Change, Long> in) {
      Map<Change, Long> m = new EnumMap<>(Change.class);
      for (Change c : Change.values()) {
        m.put(c, in.getOrDefault(c, 0L));
      }
      return java.util.Collections.unmodifiableMap(m);
    }

    /** Persons listed in the differences file. */
    public long listed() {
      return changed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The sum of the positive differences (extra payments and new entitlements), in cents. */
    public long extraPaymentCents() {
      return differenceCents.values().stream().mapToLong(Long::longValue).filter(v -> v > 0).sum();
    }

    /** The sum of the negative differences (recoveries), as a positive amount in cents. */
    public long recoveryCents() {
      return -differenceCents.values().stream().mapToLong(Long::longValue).filter(v -> v < 0).sum();
    }
  }
}
