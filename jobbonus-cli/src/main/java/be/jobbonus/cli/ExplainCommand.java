package be.jobbonus.cli;

import be.jobbonus.core.Insz;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Outcome;
import be.jobbonus.io.Reject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobbonus explain}: one person's calculation, step by step, with sources. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Explains one person's calculation step by step, with legal sources.",
        "",
        "With --dmfa it first shows how each quarter's wage and work fraction were derived from the",
        "DmfA lines; then every condition and amount with its legal source and the parameter values",
        "used (status L/S/I and source).",
        "",
        "The explanation contains the person's wages: it is for the person and their advisor.",
        "",
        "Example:",
        "  jobbonus explain --year 2024 --insz 85073003328 --persons examples/persons.csv --dmfa examples/dmfa.jsonl",
        "  jobbonus explain --lang nl --year 2024 --insz 85073003328 --persons examples/persons.csv --dmfa examples/dmfa.jsonl"},
    footer = {"", "Exit codes: 0 explained, 1 the person's records were rejected (reasons printed), 2 usage error,",
        "unreadable file or INSZ not in the persons file."})
public final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--insz", required = true, paramLabel = "INSZ", description = "The person's INSZ (11 digits).")
  String insz;

  @Option(names = "--lang", paramLabel = "en|nl|fr", defaultValue = "en",
      description = "The language of the reasons and steps: en (English, the default), nl (Dutch: amounts as"
          + " € 534,29, dates as 1 januari 2022, the law's terms) or fr (French, an unofficial translation:"
          + " 534,29 €). The DmfA derivation is shown in English.")
  String lang;

  @Mixin
  InputOptions input;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    Insz id;
    try {
      id = Insz.parse(insz.trim());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--insz: " + e.getMessage());
    }
    Locale locale = language(lang);
    input.check(spec.commandLine().getErr());
    ParameterSet set = Cli.parameters(input.parameters);
    CalculateRun run = new CalculateRun(set, input.year);
    List<Reject> personRejects = new ArrayList<>();
    Optional<Outcome> outcome = input.kind() == InputKind.DMFA_XML
        ? run.explainXml(input.persons, InputOptions.name(input.persons), input.data.dmfaXml, id, personRejects,
            InputOptions.threads())
        : run.explain(input.persons, InputOptions.name(input.persons), input.dataFile(),
            InputOptions.name(input.dataFile()), input.kind(), id, personRejects);
    run.notices().forEach(spec.commandLine().getErr()::println); // declarations read once or skipped
    PrintWriter o = spec.commandLine().getOut();
    if (outcome.isEmpty()) {
      if (!personRejects.isEmpty()) {
        o.println("The person record of INSZ " + id.masked() + " was rejected:");
        personRejects.forEach(r -> o.println("  " + line(r)));
        return ExitCodes.REJECTS;
      }
      throw new UsageException("INSZ " + id.masked() + " is not in " + InputOptions.name(input.persons)
          + "; check the number or add the person");
    }
    Outcome out = outcome.get();
    if (!out.computed()) {
      o.println("The records of INSZ " + id.masked() + " were rejected, so nothing is computed:");
      out.rejects().forEach(r -> o.println("  " + line(r)));
      return ExitCodes.REJECTS;
    }
    out.derivation().ifPresent(d -> o.println(d.toText(i -> out.places().get(i))));
    JobbonusResult r = out.result().orElseThrow();
    o.print(r.explain(locale).toText());
    return ExitCodes.OK;
  }

  /** {@code --lang}: en, nl or fr. */
  static Locale language(String lang) {
    String l = lang.trim().toLowerCase(Locale.ROOT);
    if (!l.equals("en") && !l.equals("nl") && !l.equals("fr")) {
      throw new UsageException("--lang: give en, nl or fr, not '" + lang + "'");
    }
    return Locale.forLanguageTag(l);
  }

  private static String line(Reject r) {
    return r.file() + " line " + r.line() + ", field " + r.field() + ": " + r.reason();
  }
}
