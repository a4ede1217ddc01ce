package be.jobbonus.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.calculation.JobbonusCalculator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A program that uses the library prints nothing it did not ask for: Moneta logs "Using custom
 * MathContext" at INFO when its {@code Money} class starts, and {@link MonetaLogging} keeps that
 * line out without touching the program's own logging (see {@link Euro}).
 */
class QuietLibraryTest {

  /** The program: one result's {@code total()} (a Moneta amount), printed. */
  public static final class Program {
    public static void main(String[] args) {
      Person person = Person.of(Insz.parse("85073003328"), "Peeters", "An", Statuut.EMPLOYEE,
          Region.FLEMISH_REGION);
      List<QuarterInput> quarters = new ArrayList<>();
      for (int q = 1; q <= 4; q++) {
        quarters.add(QuarterInput.of(YearQuarter.parse("2021Q" + q), 600_000, "1", Regime.FULL_TIME));
      }
      System.out.println(JobbonusCalculator.official().calculate(person, 2021, quarters).total());
    }
  }

  @Test
  void aProgramPrintingJobbonusResultTotalPrintsNothingOnStandardError() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    File err = File.createTempFile("quiet", ".err");
    err.deleteOnExit();
    Process p = new ProcessBuilder(java.toString(), "-cp", classPath, Program.class.getName())
        .redirectError(err).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals("", Files.readString(err.toPath()), "standard error");
    assertEquals("EUR 534.29" + System.lineSeparator(), out);
    assertEquals(0, p.exitValue());
  }
}
