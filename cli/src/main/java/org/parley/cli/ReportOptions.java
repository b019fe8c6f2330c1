package org.parley.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.parley.core.analysis.Analysis;
import org.parley.core.scenario.Scenario;
import org.parley.io.CannotWriteException;
import org.parley.io.OutputPaths;
import org.parley.report.Report;
import org.parley.report.ReportInput;
import org.parley.report.RunInfo;
import picocli.CommandLine.Option;

/** Options of commands that write an HTML report: the file, PNG copies of its charts, one pair's deal space. */
final class ReportOptions {

    private static final Set<String> OWN = Set.of("-o", "--output", "--png", "--pair", "--report");

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

    /**
     * Checks, before any work, that the report and chart outputs may be written where {@code sink} puts them: not
     * onto the run database or an input, a device, a link or an unwritable place ({@link OutputPaths}); returns the
     * checks for {@link #write}.
     */
    OutputPaths checkOutputs(OutputPaths outputs, Outputs.Sink sink) {
        if (output != null) {
            outputs.file(sink.target(output), "-o");
        }
        if (png != null) {
            outputs.folder(sink.target(png), List.of(), "--png");
        }
        return outputs;
    }

    /**
     * Writes the report (and PNGs) of an analysis where {@code sink} puts them, each file checked again by
     * {@code outputs} and announced through {@code sink}.
     */
    void write(Scenario s, Analysis analysis, RunInfo run, OutputPaths outputs, Outputs.Sink sink) {
        check(s);
        RunInfo shown = new RunInfo(run.id(), run.command(), shownArgs(run.args()), run.startedAt(),
                run.parleyVersion());
        write(Report.of(new ReportInput(s, analysis, shown, pair, generatedAt())), outputs, sink);
    }

    /** The generation time to print, when --timestamp asks for it. */
    String generatedAt() {
        return timestamp ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : null;
    }

    /**
     * Writes a report (and its charts as PNGs) where {@code sink} puts them, each file checked again by
     * {@code outputs} and announced through {@code sink}.
     */
    void write(Report report, OutputPaths outputs, Outputs.Sink sink) {
        if (output != null) {
            Path to = sink.target(output);
            outputs.write(to, report.html(), "-o");
            sink.wrote(to);
        }
        if (png != null) {
            Path dir = sink.target(png);
            outputs.folder(dir, report.charts().stream().map(c -> c.id() + ".png").toList(), "--png");
            try {
                report.writePngs(dir).forEach(sink::wrote);
            } catch (java.io.UncheckedIOException e) {
                throw new CannotWriteException("--png: " + e.getMessage());
            }
        }
    }

    /** The arguments as shown in the report: without the report's own options, which do not change the results. */
    static List<String> shownArgs(List<String> args) {
        return Args.without(args, OWN, Set.of("--timestamp", "--json"));
    }

    /**
     * The run shown in the report a command writes with {@code --report FILE} (backtest, negotiate): the command and
     * its arguments as given, less the store's options and {@code --report} itself.
     */
    static RunInfo fresh(picocli.CommandLine.Model.CommandSpec spec) {
        List<String> given = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        return new RunInfo(null, spec.name(), shownArgs(Recorder.ownArgs(given)), null, Parley.version());
    }
}
