package org.parley.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.analysis.Analysis;
import org.parley.core.scenario.Scenario;
import org.parley.io.AtomicFiles;
import org.parley.report.Report;
import org.parley.report.ReportInput;
import org.parley.report.RunInfo;
import picocli.CommandLine.Option;

/** Options of commands that write an HTML report: the file, PNG copies of its charts, one pair's deal space. */
final class ReportOptions {

    private static final Set<String> OWN = Set.of("-o", "--output", "--png", "--pair");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write a self-contained HTML report (charts inline, opens offline) to FILE.")
    Path output;

    @Option(names = "--png", paramLabel = "DIR", description = "Also write each chart as DIR/CHART.png (for slides).")
    Path png;

    @Option(names = "--pair", paramLabel = "A,B", split = ",",
            description = "Draw the deal space of these two actors only (default: every pair of veto parties).")
    List<String> pair;

    @Option(names = "--timestamp", description = "Print the generation time in the report (off by default, so the "
            + "same inputs give the same bytes).")
    boolean timestamp;

    /** Whether a report was asked for. */
    boolean wanted() {
        return output != null || png != null;
    }

    /** Checks the pair names actors of the scenario. */
    void check(Scenario s) {
        if (pair == null) {
            return;
        }
        if (pair.size() != 2) {
            throw new Parley.UserError("--pair " + String.join(",", pair) + ": expected two actor ids, e.g. UKR,RUS");
        }
        for (String id : pair) {
            if (s.actor(id).isEmpty()) {
                throw new Parley.UserError("--pair: no actor '" + id + "' in the scenario");
            }
        }
    }

    /** Writes the report (and PNGs) of an analysis. */
    void write(Scenario s, Analysis analysis, RunInfo run) {
        check(s);
        RunInfo shown = new RunInfo(run.id(), run.command(), shownArgs(run.args()), run.startedAt(),
                run.parleyVersion());
        Report report = Report.of(new ReportInput(s, analysis, shown, pair,
                timestamp ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : null));
        if (output != null) {
            AtomicFiles.write(output, report.html());
        }
        if (png != null) {
            report.writePngs(png);
        }
    }

    /** The arguments as shown in the report: without the report's own options, which do not change the results. */
    static List<String> shownArgs(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (OWN.contains(name)) {
                i += a.contains("=") ? 0 : 1;
            } else if (!a.equals("--timestamp") && !a.equals("--json")) {
                out.add(a);
            }
        }
        return out;
    }
}
