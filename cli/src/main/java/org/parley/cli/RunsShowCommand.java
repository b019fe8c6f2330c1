package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.analysis.Headline;
import org.parley.core.text.Decimals;
import org.parley.io.json.ResultJson;
import org.parley.store.JdbcRunStore;
import org.parley.store.Run;
import org.parley.store.RunHeadlines;
import org.parley.store.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley runs show ID}: one run's inputs, timing and result. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one run: its command, parameters, scenario, timing, status and headline results; "
                + "--result prints the stored result JSON, --scenario the stored scenario.")
final class RunsShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The run's id (see 'parley runs list').")
    long id;

    @Option(names = "--result", description = "Print the stored result JSON only.")
    boolean result;

    @Option(names = "--scenario", description = "Print the stored scenario (canonical Parley YAML) only.")
    boolean scenario;

    @Option(names = "--json", description = "Print the whole run as one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        Run run = RunsCommands.find(store, id);
        PrintWriter out = spec.commandLine().getOut();
        if (result) {
            out.print(run.result() == null ? "" : run.result());
        } else if (scenario) {
            out.print(run.scenario() == null ? "" : run.scenario().content());
        } else if (json) {
            out.print(ResultJson.write(Shown.of(run)));
        } else {
            out.print(render(run));
        }
        out.flush();
        return Parley.OK;
    }

    /** One run as JSON shows it: its inputs, timing, status and the stored result document. */
    record Shown(long id, String command, List<String> args, Map<String, Object> params, String scenarioName,
                 String scenarioHash, String scenarioFile, Long seed, String parleyVersion, String startedAt,
                 String endedAt, String status, String message, JsonNode result) {

        static Shown of(Run run) {
            return new Shown(run.id(), run.command(), run.args(), run.params(),
                    run.scenario() == null ? null : run.scenario().name(),
                    run.scenario() == null ? null : run.scenario().hash(), run.scenarioFile(), run.seed(),
                    run.parleyVersion(), Times.format(run.startedAt()), Times.format(run.endedAt()),
                    run.status().word(), run.message(), run.result() == null ? null : RunsCommands.tree(run.result()));
        }
    }

    static String render(Run run) {
        StringBuilder b = new StringBuilder();
        b.append("Run ").append(run.id()).append(": parley ").append(String.join(" ", run.args())).append('\n');
        line(b, "status", run.status().word() + (run.message() == null ? "" : " (" + run.message() + ")"));
        line(b, "started", Times.format(run.startedAt()) + ", took " + RunsListCommand.took(run.duration()));
        line(b, "scenario", run.scenario() == null ? "-" : run.scenario().name() + " (sha256 "
                + run.scenario().hash().substring(0, 12) + "...)");
        line(b, "file", run.scenarioFile() == null ? "-" : run.scenarioFile());
        line(b, "parameters", run.params().isEmpty() ? "defaults" : run.params().toString());
        line(b, "seed", run.seed() == null ? "-" : run.seed().toString());
        line(b, "parley", run.parleyVersion());
        if (run.result() != null) {
            Map<String, Headline> headlines = RunHeadlines.of(run);
            if (!headlines.isEmpty()) {
                b.append("\nHeadline results\n");
                headlines.values().forEach(h -> b.append("  ").append(h.key()).append(": ")
                        .append(h.numeric() ? Decimals.fixed(h.value(), 2) : h.text()).append('\n'));
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(String.format(java.util.Locale.ROOT, "  %-11s %s%n", key, value));
    }
}
