package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.forecast.ConvergenceStatus;
import org.parley.core.forecast.ConvergenceWords;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;
import org.parley.report.chart.BarChart;
import org.parley.report.chart.HeatMap;
import org.parley.report.chart.Marker;
import org.parley.report.chart.Palette;
import org.parley.report.chart.TrajectoryPanels;

/**
 * Forecasts per model: the forecast per issue (bars, with each package's terms and the status quo marked, and the
 * range of a forecast that did not settle; a table in the issue's units and words), the actors' starting positions
 * (heat map), and for each model that runs in rounds one small-multiples figure of every actor's position by round.
 */
final class ForecastSection implements Section<ReportInput> {

    private static final String PCT = "% of the issue's scale";

    @Override
    public String id() {
        return "forecasts";
    }

    @Override
    public String title() {
        return "Forecasts";
    }

    @Override
    public boolean applies(ReportInput in) {
        return !in.analysis().forecasts().isEmpty();
    }

    @Override
    public void render(ReportInput in, Html out) {
        Scenario s = in.scenario();
        List<Forecast> forecasts = in.analysis().forecasts();
        out.h3("forecast-per-issue", "What the models forecast");
        bars(in, forecasts, out);
        table(s, forecasts, out);
        out.h3("starting-positions", "Where the actors start");
        positions(s, forecasts.get(0), out);
        for (Forecast f : forecasts) {
            if (f.rounds().size() > 1) {
                out.h3("rounds-" + slug(f.model()), "How positions move under " + f.model());
                trajectories(s, f, out);
            }
        }
    }

    private static void bars(ReportInput in, List<Forecast> forecasts, Html out) {
        Scenario s = in.scenario();
        List<String> models = forecasts.stream().map(Forecast::model).toList();
        List<String> issues = s.issues().stream().map(Issue::id).toList();
        int m = models.size();
        double[][] values = new double[m][issues.size()];
        double[][] low = new double[m][issues.size()];
        double[][] high = new double[m][issues.size()];
        List<String> colours = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            Forecast f = forecasts.get(k);
            colours.add(Palette.ramp(k, m));
            for (int d = 0; d < issues.size(); d++) {
                Issue issue = s.issues().get(d);
                Double v = f.forecast().get(issue.id());
                values[k][d] = v == null ? Double.NaN : issue.scale().toPercent(v);
                IssueConvergence c = f.convergence().issues().get(issue.id());
                boolean range = c != null && !c.point();
                low[k][d] = range ? issue.scale().toPercent(c.low()) : Double.NaN;
                high[k][d] = range ? issue.scale().toPercent(c.high()) : Double.NaN;
                if (range) {
                    notes.add(ConvergenceWords.sentence(f, issue.id()));
                }
            }
        }
        List<BarChart.Reference> refs = new ArrayList<>();
        if (s.issues().stream().anyMatch(Issue::hasStatusQuo)) {
            refs.add(new BarChart.Reference("status quo", Marker.BAR, Palette.STATUS_QUO,
                    Marks.percents(s, i -> i.hasStatusQuo() ? i.statusQuo() : null)));
        }
        List<PackageVerdict> verdicts = in.analysis().packages();
        for (int k = 0; k < verdicts.size(); k++) {
            PackageVerdict v = verdicts.get(k);
            refs.add(new BarChart.Reference(v.id(), Marker.CIRCLE, Marks.pkg(k),
                    Marks.percents(s, i -> v.outcome().get(i.id()))));
        }
        out.figure(new BarChart("forecast-by-model", "Forecast per issue by model", issues, models, colours, values,
                low, high, refs, "Issue", "Forecast (" + PCT + ")", 0, 100), "Bars: each model's forecast, as a "
                + "share of each issue's scale, models in the legend's order from pale to dark. Marks beside each "
                + "group: the status quo and each package's term on that issue (dotted lines run across the bars at "
                + "their height). A whisker over a pale bar is the range of a forecast that did not settle. The table "
                + "gives the numbers in the issue's own units");
        if (!notes.isEmpty()) {
            out.raw("<ul class=\"findings\">\n");
            notes.forEach(n -> out.el("li", n));
            out.raw("</ul>\n");
        }
    }

    private static void table(Scenario s, List<Forecast> forecasts, Html out) {
        List<List<String>> rows = new ArrayList<>();
        for (Issue issue : s.issues()) {
            List<String> row = new ArrayList<>(List.of(Html.esc(issue.id())));
            for (Forecast f : forecasts) {
                Double v = f.forecast().get(issue.id());
                IssueConvergence c = f.convergence().issues().get(issue.id());
                String cell = v == null ? "-" : ConvergenceWords.value(v, c, 1) + (c == null || c.point() ? ""
                        : c.status() == ConvergenceStatus.CYCLING ? " (cycling)" : " (drifting)");
                row.add("<span class=\"num\">" + Html.esc(cell) + "</span>");
            }
            Double first = forecasts.get(0).forecast().get(issue.id());
            row.add(first == null ? "" : Html.esc(issue.describe(first)));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("issue"));
        forecasts.forEach(f -> header.add(f.model()));
        header.add("in words (" + forecasts.get(0).model() + ")");
        out.raw("<div class=\"wide\">\n");
        out.table("forecasts", header, rows);
        out.raw("</div>\n");
    }

    private static void positions(Scenario s, Forecast forecast, Html out) {
        Map<String, Map<String, Double>> round0 = forecast.rounds().isEmpty() ? Map.of()
                : forecast.rounds().get(0).positions();
        List<String> actors = s.actors().stream().map(a -> a.id() + (a.veto() ? "*" : "")).toList();
        List<String> issues = s.issues().stream().map(Issue::id).toList();
        double[][] v = new double[actors.size()][issues.size()];
        String[][] labels = new String[actors.size()][issues.size()];
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            for (int d = 0; d < issues.size(); d++) {
                Issue issue = s.issues().get(d);
                Double p = round0.getOrDefault(a.id(), Map.of()).get(issue.id());
                v[i][d] = p == null ? Double.NaN : issue.scale().toPercent(p);
                labels[i][d] = p == null ? null : Decimals.upTo(p, 1);
            }
        }
        out.figure(new HeatMap("actor-positions", "Actor positions per issue (round 0)", actors, issues, v, labels,
                false, 0, 100, "Actor (* veto)", "Issue", "position, " + PCT), "Each cell is the position the "
                + "actor advocates, in the issue's units; the shade is its share of the scale. The rationale of each "
                + "judgement is under Actors and judgements");
    }

    private static void trajectories(Scenario s, Forecast forecast, Html out) {
        String model = forecast.model();
        List<ForecastRound> rounds = forecast.rounds();
        boolean[] highlighted = new boolean[s.actors().size()];
        List<String> colours = new ArrayList<>();
        int h = 0;
        for (int a = 0; a < s.actors().size(); a++) {
            highlighted[a] = s.actors().get(a).veto();
            colours.add(highlighted[a] ? Palette.actor(h++) : Palette.GREY);
        }
        List<String> issues = s.issues().stream().map(Issue::id).toList();
        double[][][] positions = new double[issues.size()][s.actors().size()][];
        List<double[]> ranges = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int d = 0; d < issues.size(); d++) {
            Issue issue = s.issues().get(d);
            for (int a = 0; a < s.actors().size(); a++) {
                String id = s.actors().get(a).id();
                if (!rounds.get(0).positions().getOrDefault(id, Map.of()).containsKey(issue.id())) {
                    continue;
                }
                double[] line = new double[rounds.size()];
                for (int r = 0; r < rounds.size(); r++) {
                    Double p = rounds.get(r).positions().getOrDefault(id, Map.of()).get(issue.id());
                    line[r] = p == null ? Double.NaN : issue.scale().toPercent(p);
                }
                positions[d][a] = line;
            }
            IssueConvergence c = forecast.convergence().issues().get(issue.id());
            if (c != null && !c.point()) {
                int span = c.period() != null ? c.period() : Math.min(3, rounds.size() - 1);
                ranges.add(new double[] {issue.scale().toPercent(c.low()), issue.scale().toPercent(c.high()),
                        rounds.size() - 1 - span});
                notes.add(ConvergenceWords.sentence(forecast, issue.id()));
            } else {
                ranges.add(null);
            }
        }
        List<String> at = new ArrayList<>();
        for (Issue issue : s.issues()) {
            Double x = forecast.forecast().get(issue.id());
            at.add(issue.id() + " " + (x == null ? "-" : Decimals.fixed(x, 1)));
        }
        TrajectoryPanels chart = new TrajectoryPanels("trajectory-" + slug(model), model + ": positions by round",
                issues, s.actors().stream().map(Actor::id).toList(), colours, highlighted, positions, ranges,
                "Position (" + PCT + ")");
        out.figure(chart, "One panel per issue. A line holds its level until the round in which the actor moves; "
                + "the veto parties are in colour, the other actors grey, each line named at its end (actors that "
                + "end at the same position share a name tag" + (chart.namesLeftOut() ? "; where the names do not "
                + "fit, only the veto parties are named" : "") + "). Forecast after round " + (rounds.size() - 1)
                + " (" + forecast.headline().replace('_', ' ') + "): " + String.join(", ", at)
                + (notes.isEmpty() ? "" : ". " + String.join(" ", notes)));
    }


    static String slug(String id) {
        return id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
