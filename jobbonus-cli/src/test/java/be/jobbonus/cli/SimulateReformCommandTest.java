package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.scenarios.reform.ReformReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateReformCommandTest {

  @Test
  void theCommandPrintsTheTableWritesTheReportAndRefusesABadReformWithItsLine(@TempDir Path tmp) throws Exception {
    Path reform = tmp.resolve("reform.yaml");
    Files.writeString(reform, "name: raise\nparameters:\n  periods[2024-01-01].upperLimit: \"3499.99\"\n");
    String[] r = run("--year", "2024", "--workers", "800", "--seed", "7", "--reform", reform.toString(),
        "--report", tmp.resolve("out").toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("budget (total paid, euro)"), r[1]);
    assertTrue(Files.exists(tmp.resolve("out").resolve(ReformReport.REPORT)));
    assertTrue(r[1].contains("population: synthetic DmfA population, 800 workers, seed 7"), r[1]);
    // the same command again: byte-identical report
    String first = Files.readString(tmp.resolve("out").resolve(ReformReport.REPORT));
    byte[] curve = Files.readAllBytes(tmp.resolve("out").resolve(ReformReport.CURVE_PNG));
    String[] again = run("--year", "2024", "--workers", "800", "--seed", "7", "--reform", reform.toString(),
        "--report", tmp.resolve("out2").toString(), "--threads", "1");
    assertEquals("0", again[0], again[2]);
    assertEquals(first, Files.readString(tmp.resolve("out2").resolve(ReformReport.REPORT)));
    assertArrayEquals(curve, Files.readAllBytes(tmp.resolve("out2").resolve(ReformReport.CURVE_PNG)));

    Files.writeString(reform, "name: raise\nparameters:\n  periods[2024-01-01].upperLimt: \"3499.99\"\n");
    r = run("--year", "2024", "--workers", "10", "--reform", reform.toString());
    assertEquals("2", r[0]);
    // standard error masks every run of 11 digits (an INSZ), also in paths
    assertTrue(r[2].contains(be.jobbonus.io.internal.InszMasking.mask(reform.toString()) + ":3:3: parameters.periods[2024-01-01].upperLimt: unknown parameter name"), r[2]);

    int after = Collections.max(ParameterSets.official().referenceYears()) + 1; // from the data
    r = run("--year", String.valueOf(after), "--workers", "10", "--reform", reform.toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("no parameters for reference year " + after), r[2]);
  }

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "simulate";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), all);
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

}
