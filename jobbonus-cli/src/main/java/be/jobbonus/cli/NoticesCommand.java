package be.jobbonus.cli;

import be.jobbonus.io.Reject;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.notice.NoticeFormat;
import be.jobbonus.notice.NoticeRun;
import be.jobbonus.notice.Notices;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobbonus notices}: the beneficiary's notice of every person of a file, one file each. */
@Command(name = "notices", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Writes the beneficiary's notice (kennisgeving) of every person, one file each.",
        "",
        "Each notice is made from the VLABEL message of protocol article 3 alone: name, INSZ, statuut,",
        "reference year, total, the calculation per quarter, how the amount follows and what to do in",
        "disagreement. From --messages (vlabel.jsonl, as 'notify' writes it) or from --results",
        "(results.jsonl, checked and made into messages as 'notify' does: payable persons only).",
        "",
        "Files are named by a sequence (notice-000001.html, ...), never by the INSZ; index.csv in --out maps",
        "each file to the person. Every file is written whole, owner-only.",
        "",
        "Example:",
        "  jobbonus notices --messages vlabel.jsonl --out notices --format pdf"},
    footer = {"", "Exit codes: 0 every line got its notice, 1 some lines were refused (printed), 2 usage error or"
        + " unreadable file."})
public final class NoticesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  static final class Input {
    @Option(names = "--messages", required = true, paramLabel = "vlabel.jsonl",
        description = "The messages to VLABEL, as 'jobbonus notify' writes them.")
    Path messages;

    @Option(names = "--results", required = true, paramLabel = "results.jsonl",
        description = "The results of 'jobbonus calculate' (official parameter sets).")
    Path results;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The directory of the notices and index.csv (made owner-only when it does not exist).")
  Path out;

  @Option(names = "--format", paramLabel = "html|pdf", defaultValue = "html",
      description = "html (the default) or pdf (PDF/A-2u, tagged, fonts embedded).")
  String format;

  @Option(names = "--lang", paramLabel = "nl|en|fr", defaultValue = "nl",
      description = "The notice's language: nl (Dutch, the default), en or fr (French, an unofficial translation).")
  String lang;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date shown on the notices (none by default).")
  String date;

  @Option(names = "--template", paramLabel = "FILE",
      description = "A template of the notice to use instead of the official one (docs/notice.md).")
  Path template;

  @Option(names = "--objection", paramLabel = "objection.json",
      description = "Objection data (body, address, term, each with source and status) instead of the official ones.")
  Path objection;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    Path in = input.messages != null ? input.messages : input.results;
    String inOption = input.messages != null ? "--messages" : "--results";
    Cli.requireReadable(in, inOption);
    NoticeFormat f = switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "html" -> NoticeFormat.HTML;
      case "pdf" -> NoticeFormat.PDF;
      default -> throw new UsageException("--format: give html or pdf, not '" + format + "'");
    };
    String l = lang.trim().toLowerCase(Locale.ROOT);
    if (!l.equals("nl") && !l.equals("en") && !l.equals("fr")) {
      throw new UsageException("--lang: give nl, en or fr, not '" + lang + "'");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + ": is a file; give a directory");
    }
    List<Cli.Named> inputs = new ArrayList<>();
    inputs.add(new Cli.Named(inOption, in));
    Notices n = Notices.of(Locale.forLanguageTag(l));
    if (template != null) {
      Cli.requireReadable(template, "--template");
      inputs.add(new Cli.Named("--template", template));
      Notices base = n;
      n = usable(() -> base.withTemplate(template));
    }
    if (objection != null) {
      Cli.requireReadable(objection, "--objection");
      inputs.add(new Cli.Named("--objection", objection));
      Notices base = n;
      n = usable(() -> base.withObjection(objection));
    }
    if (date != null) {
      try {
        n = n.dated(LocalDate.parse(date.trim()));
      } catch (DateTimeParseException e) {
        throw new UsageException("--date: give a date as YYYY-MM-DD, not '" + date + "'");
      }
    }
    Path dir = OutputFile.resolve(out);
    for (Cli.Named i : inputs) {
      if (OutputFile.resolve(i.path()).getParent().equals(dir)) {
        throw new UsageException("--out " + out + " holds " + i.option() + " " + i.path()
            + ": an input is never overwritten; give another directory");
      }
    }
    NoticeRun.Report report = input.messages != null
        ? NoticeRun.fromMessages(in, out, f, n)
        : NoticeRun.fromResults(in, out, f, n);
    PrintWriter o = spec.commandLine().getOut();
    for (Reject r : report.rejects()) {
      spec.commandLine().getErr().println(r);
    }
    o.println(in.getFileName() + ": " + report.written() + " notices (" + f.extension() + ", " + l + ") in " + out
        + ", " + report.rejects().size() + " lines refused");
    o.println("index: " + report.index() + " (owner-only: it maps each file to the person's INSZ)");
    return report.rejects().isEmpty() ? ExitCodes.OK : ExitCodes.REJECTS;
  }

  private static Notices usable(java.util.function.Supplier<Notices> s) {
    try {
      return s.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
