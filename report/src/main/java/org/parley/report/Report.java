package org.parley.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.report.chart.Chart;
import org.parley.report.chart.PngCanvas;

/**
 * A self-contained HTML report of one run: inline CSS, charts as inline SVG, no script and no link to load, so it
 * opens offline anywhere. One {@link Section} per analysis, each present when its analysis ran: of a scenario's
 * analysis ({@link #of(ReportInput)}), of a backtest ({@link #of(BacktestInput)}) or of a negotiation session
 * ({@link #of(NegotiationInput)}), all in the same style. Deterministic: the same input gives the same bytes (a
 * generation time only when the input asks for one).
 */
public final class Report {

    /**
     * The sections of a scenario's report in order: the answer first, then what it rests on, then the inputs, then
     * the appendix. Later analyses add theirs before the actors and the appendix.
     */
    static final List<Section<ReportInput>> SECTIONS = List.of(new VerdictSection(), new PackageSection(),
            new DealSpaceSection(), new ForecastSection(), new UncertaintySection(), new PhasingSection(),
            new ActorsSection(), new AppendixSection());

    /** The sections of a backtest's report: the findings in words, the leaderboard, errors, predicted vs actual. */
    static final List<Section<BacktestInput>> BACKTEST = List.of(new BacktestSummarySection(),
            new LeaderboardSection(), new BacktestErrorsSection());

    /** The sections of a negotiation session's report: how it ended, the utility traces, the outcome. */
    static final List<Section<NegotiationInput>> NEGOTIATION = List.of(new SessionSummarySection(),
            new SessionTraceSection(), new SessionOutcomeSection());

    private final String html;
    private final List<Chart> charts;

    private Report(String html, List<Chart> charts) {
        this.html = html;
        this.charts = List.copyOf(charts);
    }

    /** The report of a scenario's analysis. */
    public static Report of(ReportInput in) {
        String name = in.scenario().name() == null ? "Scenario" : in.scenario().name();
        return page(SECTIONS, in, "Parley report: " + name, provenance(in.scenario().asOf(), in.run(),
                in.generatedAt()), in.run());
    }

    /** The report of a backtest: its leaderboard, each model's errors and its forecasts against the outcomes. */
    public static Report of(BacktestInput in) {
        return page(BACKTEST, in, "Parley backtest: " + in.result().dataset(), provenance(null, in.run(),
                in.generatedAt()), in.run());
    }

    /** The report of a negotiation session: how it ended, each party's utility trace, the outcome in the deal space. */
    public static Report of(NegotiationInput in) {
        return page(NEGOTIATION, in, "Parley negotiation: " + in.session().domain(), provenance(null, in.run(),
                in.generatedAt()), in.run());
    }

    /** One self-contained page: the sections that apply, the answer (if any) before the contents, then the rest. */
    private static <T> Report page(List<Section<T>> sections, T in, String title, String meta, RunInfo run) {
        List<Chart> charts = new ArrayList<>();
        List<Section<T>> present = sections.stream().filter(s -> s.applies(in)).toList();
        List<Html> bodies = new ArrayList<>();
        for (Section<T> s : present) {
            Html body = new Html(charts);
            s.render(in, body);
            bodies.add(body);
        }
        Html out = new Html(new ArrayList<>());
        out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .el("title", title)
                .raw("<style>\n").raw(Style.CSS).raw("</style>\n</head>\n<body>\n<header>\n")
                .el("h1", title)
                .el("p class=\"meta\"", meta)
                .raw("</header>\n");
        int first = 0;
        while (first < present.size() && present.get(first).answer()) {
            section(out, present.get(first), bodies.get(first));
            first++;
        }
        contents(out, present, bodies);
        for (int k = first; k < present.size(); k++) {
            section(out, present.get(k), bodies.get(k));
        }
        out.raw("<footer>").text("Made with Parley " + version(run) + ". Charts use colour-blind-safe colours "
                + "(Okabe and Ito); every chart's numbers are also in the tables or the notes beside it.")
                .raw("</footer>\n</body>\n</html>\n");
        return new Report(out.toString(), charts);
    }

    private static void section(Html out, Section<?> s, Html body) {
        out.raw("<section id=\"" + s.id() + "\">\n").el("h2", s.title()).raw(body.toString()).raw("</section>\n");
    }

    /** The table of contents: every section in reading order, with its sub-headings. */
    private static void contents(Html out, List<? extends Section<?>> present, List<Html> bodies) {
        out.raw("<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        for (int k = 0; k < present.size(); k++) {
            Section<?> s = present.get(k);
            out.raw("<li><a href=\"#" + s.id() + "\">").text(s.title()).raw("</a>");
            List<String[]> sub = bodies.get(k).headings();
            if (!sub.isEmpty()) {
                out.raw("\n<ol>\n");
                for (String[] h : sub) {
                    out.raw("<li><a href=\"#").text(h[0]).raw("\">").text(h[1]).raw("</a></li>\n");
                }
                out.raw("</ol>\n");
            }
            out.raw("</li>\n");
        }
        out.raw("</ol>\n</nav>\n");
    }

    private static String version(RunInfo run) {
        return run == null || run.parleyVersion() == null ? "" : run.parleyVersion();
    }

    private static String provenance(String asOf, RunInfo r, String generatedAt) {
        StringBuilder b = new StringBuilder();
        if (asOf != null) {
            b.append("As of ").append(asOf).append(". ");
        }
        if (r != null) {
            b.append(r.id() == null ? "Results of " : "Results of run " + r.id() + ": ")
                    .append("parley ").append(String.join(" ", r.args()));
            if (r.startedAt() != null) {
                b.append(", started ").append(r.startedAt());
            }
            b.append(". ");
        }
        if (generatedAt != null) {
            b.append("Generated ").append(generatedAt).append('.');
        }
        return b.toString().trim();
    }

    /** The HTML document. */
    public String html() {
        return html;
    }

    /** Every chart in the report, in order. */
    public List<Chart> charts() {
        return charts;
    }

    /** Writes each chart as {@code ID.png} into the folder, for slides; returns the files written. */
    public List<Path> writePngs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<Path> out = new ArrayList<>();
        for (Chart c : charts) {
            Path file = dir.resolve(c.id() + ".png");
            PngCanvas.write(c, file);
            out.add(file);
        }
        return out;
    }
}
