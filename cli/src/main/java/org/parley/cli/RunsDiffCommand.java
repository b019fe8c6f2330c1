package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.io.json.ResultJson;
import org.parley.store.Change;
import org.parley.store.Run;
import org.parley.store.RunDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley runs diff ID1 ID2}: which inputs changed between two runs and how each headline result moved. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two runs: which inputs changed (command, parameters, every scenario value by path) "
                + "and how each headline result moved (forecast per model and issue, each package's acceptance and "
                + "each actor's margin).")
final class RunsDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID1", description = "The earlier run.")
    long from;

    @Parameters(index = "1", paramLabel = "ID2", description = "The later run.")
    long to;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Run a = RunsCommands.find(store, from);
        Run b = RunsCommands.find(store, to);
        RunDiff diff = RunDiff.of(a, b);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ResultJson.write(diff) : render(diff));
        out.flush();
        return Parley.OK;
    }

    static String render(RunDiff d) {
        StringBuilder b = new StringBuilder("Run " + d.from() + " -> run " + d.to() + "\n");
        if (d.same()) {
            return b.append("Same inputs, same headline results (").append(d.unchangedResults())
                    .append(" compared).\n").toString();
        }
        b.append("Inputs changed (").append(d.inputs().size()).append(")\n");
        for (Change c : d.inputs()) {
            b.append("  ").append(c).append('\n');
        }
        b.append("Results changed (").append(d.results().size()).append("; ").append(d.unchangedResults())
                .append(" unchanged)\n");
        for (Change c : d.results()) {
            b.append("  ").append(c).append('\n');
        }
        return b.toString();
    }
}
