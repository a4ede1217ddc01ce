package be.jobbonus.io.batch;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.DataFormat;
import be.jobbonus.io.DataRecord;
import be.jobbonus.io.DmfaJsonl;
import be.jobbonus.io.GroupedReader;
import be.jobbonus.io.PersonsCsv;
import be.jobbonus.io.QuartersCsv;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RejectSink;
import be.jobbonus.io.ResultsJson;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@code calculate} and {@code explain} runs over a persons file and a per-quarter file.
 *
 * <p>The persons are read into memory (one small record each); the per-quarter file is streamed
 * one person at a time when it is grouped by INSZ, else grouped in memory ({@link
 * RunCounts#grouped()} says which). Every record ends in the results (as part of its person) or
 * in the rejects; a person whose records were refused is refused in the persons file too.
 */
public final class BatchRun {

  private final ParameterSet parameters;
  private final int year;

  /** @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover the year */
  public BatchRun(ParameterSet parameters, int year) {
    this.parameters = Objects.requireNonNull(parameters);
    this.year = year;
    parameters.requireYear(year);
  }

  /**
   * Computes every person.
   *
   * @param personsName / dataName the names used in rejects (usually the file names)
   * @param results receives each computed person's result, in input order
   * @throws be.jobbonus.io.InputFileException when a file is empty or lacks its header
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public RunCounts calculate(Path persons, String personsName, Path data, String dataName, InputKind kind,
      Consumer<JobbonusResult> results, RejectSink rejects) {
    return calculate(PersonsCsv.read(persons, personsName, rejects), personsName, data, dataName, kind, results, rejects);
  }

  /**
   * {@link #calculate} for a DmfA file, straight to {@code results.jsonl} bytes: the same bytes,
   * rejects and counts as {@link #calculate} with {@link be.jobbonus.io.ResultsJson}, at
   * file speed when the file is grouped by INSZ (see {@link FastDmfaRun}). The stream is flushed,
   * not closed.
   *
   * @param resultsName the results file's name, for write errors
   * @throws be.jobbonus.io.InputFileException when the persons file is empty or lacks its header
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public RunCounts calculateDmfa(Path persons, String personsName, Path data, String dataName, OutputStream results,
      String resultsName, RejectSink rejects) {
    BatchKernel kernel = BatchKernel.of(parameters, year);
    PersonTable table = new PersonTable(kernel, parameters);
    PersonsCsv.Persons people = PersonsCsv.read(persons, personsName, rejects, table::add);
    table.removeAll(people.refusedInszs());
    ResultBytes writer = new ResultBytes(results, resultsName, parameters, year, kernel);
    if (FastDmfaRun.grouped(data, new DmfaJsonl(dataName, year))) {
      RunCounts counts = FastDmfaRun.run(kernel, people, table, personsName, data, dataName, writer, rejects, null);
      if (counts != null) {
        return counts;
      }
    }
    RunCounts counts = calculate(people, personsName, data, dataName, InputKind.DMFA,
        r -> writer.writeLine(ResultsJson.toJson(r)), rejects);
    writer.flush();
    return counts;
  }

  private RunCounts calculate(PersonsCsv.Persons people, String personsName, Path data, String dataName, InputKind kind,
      Consumer<JobbonusResult> results, RejectSink rejects) {
    long[] c = new long[6]; // personsInResults, personsRejectedLater, dataInResults, dataRejected, payable, total
    PersonCalculation calc = new PersonCalculation(parameters, year, dataName);
    Consumer<Outcome> sink = sink(results, c);
    boolean grouped;
    long dataRead;
    if (kind == InputKind.QUARTERS) {
      GroupedReader<QuarterInput> reader = new GroupedReader<>(data, new QuartersCsv(dataName, year));
      grouped = reader.grouped();
      reader.forEachGroup((insz, records) -> group(people, insz, records, calc::ofQuarters, sink, rejects, c, personsName, dataName));
      dataRead = reader.records();
    } else {
      GroupedReader<OccupationLine> reader = new GroupedReader<>(data, new DmfaJsonl(dataName, year));
      grouped = reader.grouped();
      reader.forEachGroup((insz, records) -> group(people, insz, records, calc::ofDmfa, sink, rejects, c, personsName, dataName));
      dataRead = reader.records();
    }
    for (PersonsCsv.Entry e : people.entries()) {
      if (!PersonsCsv.Persons.used(e)) {
        sink.accept(calc.withoutRecords(e.person()));
      }
    }
    return new RunCounts(personsName, people.read(), c[0], people.rejected() + c[1], dataName, dataRead, c[2], c[3],
        c[4], c[5], grouped);
  }

  /** Hands each computed outcome's result to {@code results}, counting it in {@code c} (persons, payable, total). */
  static Consumer<Outcome> sink(Consumer<JobbonusResult> results, long[] c) {
    return o -> {
      if (o.computed()) {
        JobbonusResult r = o.result().orElseThrow();
        results.accept(r);
        c[0]++;
        if (r.payable()) {
          c[4]++;
          c[5] += r.totalCents();
        }
      }
    };
  }

  /** Computes one person's group of records. */
  interface Compute<T> {
    Outcome apply(Person person, List<DataRecord<T>> records);
  }

  static <T> void group(PersonsCsv.Persons people, String insz, List<DataRecord<T>> records, Compute<T> compute,
      Consumer<Outcome> sink, RejectSink rejects, long[] c, String personsName, String dataName) {
    PersonsCsv.Entry entry = insz == null ? null : people.get(insz);
    if (entry == null || PersonsCsv.Persons.used(entry)) {
      String why;
      if (insz == null) {
        why = null;
      } else if (entry != null) {
        why = "the person's records are not together in the file and could not be joined; group the file by INSZ";
      } else if (people.refusal(insz) != null) {
        why = "the person record was refused: " + people.refusal(insz);
      } else {
        why = "no person with this INSZ in " + personsName + "; add the person or remove the line";
      }
      for (DataRecord<T> r : records) {
        Reject rej = r.reject();
        if (rej == null) {
          rej = new Reject(dataName, r.line(), "insz", Insz.mask(insz), why);
        }
        rejects.reject(rej);
        c[3]++;
      }
      return;
    }
    PersonsCsv.Persons.markUsed(entry);
    Outcome o = compute.apply(entry.person(), records);
    if (o.computed()) {
      sink.accept(o);
      c[2] += records.size();
    } else {
      for (Reject r : o.rejects()) {
        rejects.reject(r);
        c[3]++;
      }
      List<Long> lines = new ArrayList<>();
      for (Reject r : o.rejects()) {
        if (!r.reason().startsWith("not computed because")) {
          lines.add(r.line());
        }
      }
      rejects.reject(new Reject(personsName, entry.line(), "insz", entry.person().insz().masked(),
          "not computed because the person's records were rejected (" + o.rejects().get(0).file() + " line"
              + (lines.size() > 1 ? "s " : " ") + PersonCalculation.join(lines) + "); fix them and rerun"));
      c[1]++;
    }
  }

  /**
   * One person's records, computed (for {@code explain}).
   *
   * @param rejects receives the refused records of the persons file that concern this INSZ
   * @return the outcome, or empty when the INSZ is not a usable person in the persons file
   */
  public java.util.Optional<Outcome> explain(Path persons, String personsName, Path data, String dataName, InputKind kind,
      Insz insz, List<Reject> rejects) {
    List<Reject> personRejects = new ArrayList<>();
    PersonsCsv.Persons people = PersonsCsv.read(persons, personsName, personRejects::add);
    for (Reject r : personRejects) {
      if (r.insz().equals(insz.masked())) {
        rejects.add(r);
      }
    }
    PersonsCsv.Entry entry = people.get(insz.digits());
    if (entry == null) {
      return java.util.Optional.empty();
    }
    PersonCalculation calc = new PersonCalculation(parameters, year, dataName);
    if (kind == InputKind.QUARTERS) {
      return java.util.Optional.of(calc.ofQuarters(entry.person(), collect(data, new QuartersCsv(dataName, year), insz)));
    }
    return java.util.Optional.of(calc.ofDmfa(entry.person(), collect(data, new DmfaJsonl(dataName, year), insz)));
  }

  private static <T> List<DataRecord<T>> collect(Path data, DataFormat<T> format, Insz insz) {
    List<DataRecord<T>> out = new ArrayList<>();
    GroupedReader.forEachLine(data, format, l -> {
      if (l.ok() && insz.digits().equals(format.key(l.text()))) {
        out.add(format.parse(l));
      }
      return true;
    });
    return out;
  }
}
