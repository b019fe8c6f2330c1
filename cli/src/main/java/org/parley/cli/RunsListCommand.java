package org.parley.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.io.json.ResultJson;
import org.parley.store.JdbcRunStore;
import org.parley.store.RunSummary;
import org.parley.store.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley runs list}: the latest runs, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the latest runs, newest first.")
final class RunsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", paramLabel = "N",
            description = "Show at most N runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new Parley.UserError("--limit " + limit + ": expected a positive number");
        }
        List<RunSummary> runs;
        try (JdbcRunStore s = store.open()) {
            runs = s.list(limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ResultJson.write(runs.stream().map(Line::of).toList()));
        } else if (runs.isEmpty()) {
            out.println("No runs recorded in " + store.location().display() + " yet.");
        } else {
            TextTable t = new TextTable(List.of("id", "started (UTC)", "scenario", "status", "took",
                    "command and arguments"));
            for (RunSummary r : runs) {
                t.row(List.of(Long.toString(r.id()), Times.format(r.startedAt()).substring(0, 19).replace('T', ' '),
                        r.scenarioName() == null ? "-" : r.scenarioName(), r.status().word(),
                        took(Duration.between(r.startedAt(), r.endedAt())), "parley " + String.join(" ", r.args())));
            }
            out.print(t);
        }
        out.flush();
        return Parley.OK;
    }

    /** One run of the list as JSON shows it. */
    record Line(long id, String command, List<String> args, String scenarioName, String scenarioHash,
                String scenarioFile, String startedAt, String endedAt, String status, String parleyVersion) {

        static Line of(RunSummary r) {
            return new Line(r.id(), r.command(), r.args(), r.scenarioName(), r.scenarioHash(), r.scenarioFile(),
                    Times.format(r.startedAt()), Times.format(r.endedAt()), r.status().word(), r.parleyVersion());
        }
    }

    static String took(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : org.parley.core.text.Decimals.fixed(ms / 1000.0, 1) + " s";
    }
}
