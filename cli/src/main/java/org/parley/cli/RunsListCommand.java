package org.parley.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            out.print(ResultJson.write(runs.stream().map(RunsListCommand::document).toList()));
        } else if (runs.isEmpty()) {
            out.println("No runs recorded in " + store.location().display() + " yet.");
        } else {
            TextTable t = new TextTable(List.of("id", "started (UTC)", "command", "scenario", "file", "status",
                    "took"));
            for (RunSummary r : runs) {
                t.row(List.of(Long.toString(r.id()), Times.format(r.startedAt()).substring(0, 19).replace('T', ' '),
                        r.command(), r.scenarioName() == null ? "-" : r.scenarioName(),
                        r.scenarioFile() == null ? "-" : r.scenarioFile(), r.status().word(),
                        took(Duration.between(r.startedAt(), r.endedAt()))));
            }
            out.print(t);
        }
        out.flush();
        return Parley.OK;
    }

    static Map<String, Object> document(RunSummary r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", r.id());
        doc.put("command", r.command());
        doc.put("scenario_name", r.scenarioName());
        doc.put("scenario_hash", r.scenarioHash());
        doc.put("scenario_file", r.scenarioFile());
        doc.put("started_at", Times.format(r.startedAt()));
        doc.put("ended_at", Times.format(r.endedAt()));
        doc.put("status", r.status().word());
        doc.put("parley_version", r.parleyVersion());
        return doc;
    }

    static String took(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
