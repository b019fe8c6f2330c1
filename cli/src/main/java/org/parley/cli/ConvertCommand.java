package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Nearest;
import org.parley.io.OutputPaths;
import org.parley.io.ScenarioFiles;
import org.parley.io.ScenarioFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley convert IN OUT}: rewrites a scenario in another format, refusing what the target cannot hold. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a scenario between Parley YAML/JSON, the BDM actor table, KTAB CSV and the decide "
                + "format of the exchange model. The output format follows OUT's extension (.yaml, .yml, .json, "
                + ".txt for decide); a .csv is a BDM table for one issue and a "
                + "KTAB CSV otherwise, or as --to says. What the target cannot hold is refused (exit 2) or, for "
                + "annotations, listed on stderr. Nothing is written unless the whole conversion succeeds.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "IN", description = "The scenario to convert.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write ('-' for stdout, as YAML unless "
            + "--to says otherwise).")
    String out;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Output format: yaml, json, bdm, ktab or decide.")
    String to;

    @Option(names = "--issue", paramLabel = "ID", description = "For a BDM table: the one issue to write.")
    String issue;

    @Option(names = "--normalise-saliences", description = "For KTAB: scale an actor's saliences to sum to 100 "
            + "when they sum to more (keeps its relative weights and utilities, changes compromise weights).")
    boolean normaliseSaliences;

    @Override
    public Integer call() {
        OutputPaths outputs = Outputs.protecting(null, in);
        if (!out.equals("-")) {
            outputs.file(Path.of(out), "OUT");
        }
        Scenario s = input.read(in, spec.commandLine().getErr());
        ScenarioFormat format = format(s);
        if (issue != null) {
            if (s.issue(issue).isEmpty()) {
                throw new Parley.UserError("--issue " + issue + ": no such issue"
                        + Nearest.hint(issue, s.issues().stream().map(i -> i.id()).toList()) + "; expected one of "
                        + s.issues().stream().map(i -> i.id()).toList());
            }
            s = onlyIssue(s, issue);
        }
        String text = ScenarioFiles.format(s, format, normaliseSaliences);
        PrintWriter err = spec.commandLine().getErr();
        List<String> losses = ScenarioFiles.losses(s, format);
        if (!losses.isEmpty()) {
            ScenarioArgs.note(err, format.word() + " cannot hold " + String.join(", ", losses)
                    + "; they are left out");
            err.flush();
        }
        if (out.equals("-")) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            outputs.write(Path.of(out), text, "OUT");
            Outputs.wrote(err, Path.of(out), null);
        }
        return Parley.OK;
    }

    private ScenarioFormat format(Scenario s) {
        if (to != null) {
            ScenarioFormat f = ScenarioFormat.ofWord(to);
            if (f == null) {
                throw new Parley.UserError("--to " + to + ": expected yaml, json, bdm, ktab or decide");
            }
            return f;
        }
        if (out.equals("-")) {
            return ScenarioFormat.PARLEY_YAML;
        }
        ScenarioFormat byName = ScenarioFormat.ofExtension(out);
        if (byName != null) {
            return byName;
        }
        if (out.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return ScenarioFormat.DECIDE;
        }
        if (out.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return s.issues().size() == 1 || issue != null ? ScenarioFormat.BDM_CSV : ScenarioFormat.KTAB_CSV;
        }
        throw new Parley.UserError("cannot tell the output format from '" + out + "'; use a .yaml, .json, .csv or "
                + ".txt name, or --to yaml|json|bdm|ktab|decide");
    }

    private static Scenario onlyIssue(Scenario s, String id) {
        var issues = s.issues().stream().filter(i -> i.id().equals(id)).toList();
        var actors = s.actors().stream().filter(a -> a.hasStance(id))
                .map(a -> a.withStances(Map.of(id, a.stances().get(id)))).toList();
        return new Scenario(s.name(), s.asOf(), s.description(), s.loss(), s.sources(), issues, actors, List.of());
    }
}
