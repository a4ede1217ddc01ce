package be.jobbonus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line. */
record Run(int code, String out, String err) {
  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}
