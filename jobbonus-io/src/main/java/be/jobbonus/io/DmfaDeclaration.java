package be.jobbonus.io;

import be.jobbonus.core.Insz;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.io.internal.DmfaJsonl;
import be.jobbonus.io.internal.LineSource;
import be.jobbonus.io.internal.OccupationFields;
import be.jobbonus.io.internal.xml.DmfaXmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One DmfA XML declaration ({@code DmfAOriginal}: one employer, one quarter) read as values: its
 * occupations as {@link OccupationLine}s, each with where it stands in the file, and what the
 * reader refused. It is read by the same reader, with the same checks and limits, as {@code
 * jobbonus calculate --dmfa-xml} (docs/formats.md, "DmfA XML"). Immutable and thread-safe.
 *
 * <pre>{@code
 * DmfaDeclaration d = DmfaDeclaration.read(Path.of("dmfa-1234567401-20241.xml"));
 * JobbonusResult r = JobbonusCalculator.official()
 *     .calculateFromDmfa(person, 2024, d.linesOf(person.insz()));
 * }</pre>
 *
 * <p>A person is computed only from complete data: when the declaration {@linkplain #refused() was
 * refused whole}, or a person has a {@linkplain #rejects() reject}, do not compute that person
 * from what is left ({@link #usable(Insz)} says).
 */
public final class DmfaDeclaration {

  private final String file;
  private final List<Occupation> occupations;
  private final List<Reject> rejects;
  private final List<Long> refusedInsz;
  private final boolean refused;

  private DmfaDeclaration(String file, List<Occupation> occupations, List<Reject> rejects, List<Long> refusedInsz,
      boolean refused) {
    this.file = file;
    this.occupations = List.copyOf(occupations);
    this.rejects = List.copyOf(rejects);
    this.refusedInsz = List.copyOf(refusedInsz);
    this.refused = refused;
  }

  /**
   * One occupation of the declaration and where it stands: the file as named, the line and column
   * (1-based) of its {@code Occupation} element and the element path below the root, such as
   * {@code EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]/Occupation[1]}.
   */
  public record Occupation(OccupationLine line, String file, long lineNumber, int column, String path) {
    /** Checks the fields are present. */
    public Occupation {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * Reads the declaration in {@code file}, any quarter; rejects name the file as given.
   *
   * @throws java.io.UncheckedIOException when the file cannot be opened or read (its content's
   *     faults are {@link #rejects()}, never exceptions)
   */
  public static DmfaDeclaration read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file + ": " + LineSource.describe(e), e);
    }
  }

  /**
   * Reads one declaration from {@code in} (not closed).
   *
   * @param fileName the name put in rejects and in each {@link Occupation}
   * @throws java.io.UncheckedIOException when {@code in} cannot be read
   */
  public static DmfaDeclaration read(InputStream in, String fileName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    List<Occupation> occupations = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    List<Long> refusedInsz = new ArrayList<>();
    DmfaXmlReader.Summary s;
    try {
      s = new DmfaXmlReader().read(in, fileName, new DmfaXmlReader.Handler() {
        @Override
        public void occupation(OccupationFields fields, DmfaXmlReader.Where where) {
          occupations.add(new Occupation(DmfaJsonl.toLine(fields), where.file(), where.line(), where.column(),
              where.path()));
        }

        @Override
        public void reject(Reject reject, long insz, DmfaXmlReader.Where where) {
          rejects.add(reject);
          if (insz >= 0) {
            refusedInsz.add(insz);
          }
        }
      });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + fileName + ": " + LineSource.describe(e), e);
    }
    return new DmfaDeclaration(fileName, occupations, rejects, refusedInsz,
        s.documentRefused() || s.unreadToEnd());
  }

  /** The file as named when read. */
  public String file() {
    return file;
  }

  /** Every occupation read, in document order (none when the declaration was refused whole). */
  public List<Occupation> occupations() {
    return occupations;
  }

  /** What the reader refused: file, line, column, element path, masked INSZ and reason. */
  public List<Reject> rejects() {
    return rejects;
  }

  /**
   * Whether the declaration was refused whole (not well-formed, not read to its end, or refused
   * for its header): it may hold persons it does not show, so nobody should be computed from it.
   */
  public boolean refused() {
    return refused;
  }

  /**
   * Whether {@code insz} can be computed from this declaration: it was not refused whole and none
   * of the person's occupations was refused.
   */
  public boolean usable(Insz insz) {
    return !refused && !refusedInsz.contains(Long.parseLong(insz.digits()));
  }

  /** The occupation lines of one person, in document order (empty when none). */
  public List<OccupationLine> linesOf(Insz insz) {
    Objects.requireNonNull(insz, "insz");
    List<OccupationLine> lines = new ArrayList<>();
    for (Occupation o : occupations) {
      if (o.line().insz().equals(insz)) {
        lines.add(o.line());
      }
    }
    return List.copyOf(lines);
  }

  /** Masked: counts only. */
  @Override
  public String toString() {
    return "DmfaDeclaration[" + file + ": " + occupations.size() + " occupations, " + rejects.size() + " rejects"
        + (refused ? ", refused" : "") + "]";
  }
}
