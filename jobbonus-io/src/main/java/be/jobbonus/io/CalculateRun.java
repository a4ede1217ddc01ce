package be.jobbonus.io;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.internal.FileRun;
import be.jobbonus.io.internal.LineSource;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.io.internal.RejectsWriter;
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

  /**
   * A run of {@code year} under {@code parameters}.
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover
   *     the year
   */
  public CalculateRun(ParameterSet parameters, int year) {
    this.run = new FileRun(parameters, year);
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
   * Computes every person of the files and writes {@code results.jsonl} and {@code rejects.jsonl}
   * whole or not at all: each is written to a temporary file beside its target, owner-only
   * (personal data), and renamed over the target only when the run has completed. Files are named
   * in rejects as given. DmfA XML declarations are read on every core.
   *
   * @param kind what {@code data} holds: one {@code dmfa.jsonl} ({@link InputKind#DMFA}), one
   *     {@code quarters.csv} ({@link InputKind#QUARTERS}), or DmfA XML files or directories
   *     ({@link InputKind#DMFA_XML})
   * @throws InputFileException when a file is empty, lacks its header or holds no record
   * @throws OutputInUseException when another run writes {@code results} or {@code rejects}
   * @throws java.io.UncheckedIOException naming the file when one cannot be read or written
   */
  public RunCounts calculate(Path persons, InputKind kind, List<Path> data, Path results, Path rejects) {
    if (kind != InputKind.DMFA_XML && data.size() != 1) {
      throw new IllegalArgumentException(kind + " reads one file, " + data.size() + " given");
    }
    try (OutputFile resultsOut = OutputFile.open(results, true);
        OutputFile rejectsOut = OutputFile.open(rejects, true)) {
      RejectsWriter refused = RejectsWriter.over(rejectsOut);
      RunCounts counts = kind == InputKind.DMFA_XML
          ? calculateXml(persons, persons.toString(), data, resultsOut.stream(), results.toString(), refused,
              Runtime.getRuntime().availableProcessors())
          : calculate(persons, persons.toString(), data.get(0), data.get(0).toString(), kind, resultsOut.stream(),
              results.toString(), refused);
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
}
