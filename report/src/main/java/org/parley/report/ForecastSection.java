package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.text.Decimals;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.report.chart.BarChart;
import org.parley.report.chart.HeatMap;
import org.parley.report.chart.LineChart;

/**
 * Forecasts per model: the forecast per issue (bar chart and table), the actors' starting positions (heat map), and
 * for models that run in rounds the trajectory of every actor's position per issue (line charts).
 */
final class ForecastSection implements Section {

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
        List<String> models = forecasts.stream().map(Forecast::model).toList();
        List<String> issues = s.issues().stream().map(Issue::id).toList();
        double[][] values = new double[models.size()][issues.size()];
        List<List<String>> rows = new ArrayList<>();
        for (int d = 0; d < issues.size(); d++) {
            Issue issue = s.issues().get(d);
            List<String> row = new ArrayList<>(List.of(Html.esc(issue.id())));
            for (int k = 0; k < forecasts.size(); k++) {
                Double v = forecasts.get(k).forecast().get(issue.id());
                values[k][d] = v == null ? Double.NaN : issue.scale().toPercent(v);
                row.add("<span class=\"num\">" + (v == null ? "-" : Decimals.fixed(v, 1)) + "</span>");
            }
            Double first = forecasts.get(0).forecast().get(issue.id());
            row.add(first == null ? "" : Html.esc(issue.describe(first)));
            rows.add(row);
        }
        out.figure(new BarChart("forecast-by-model", "Forecast per issue by model", issues, models, values,
                "Issue", "Forecast (" + PCT + ")", 0, 100), "Bars are the forecast outcome of each model, as a "
                + "share of each issue's scale; the table gives them in the issue's own units");
        List<String> header = new ArrayList<>(List.of("issue"));
        header.addAll(models);
        header.add("in words (" + models.get(0) + ")");
        out.table("forecasts", header, rows);
        positions(s, forecasts.get(0), out);
        for (Forecast f : forecasts) {
            if (f.rounds().size() > 1) {
                trajectories(s, f, out);
            }
        }
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
                + "actor advocates, in the issue's units; the shade is its share of the scale");
    }

    private static void trajectories(Scenario s, Forecast forecast, Html out) {
        String model = forecast.model();
        out.el("h3", "How positions move under " + model);
        List<ForecastRound> rounds = forecast.rounds();
        for (Issue issue : s.issues()) {
            List<String> names = new ArrayList<>();
            List<double[]> lines = new ArrayList<>();
            for (Actor a : s.actors()) {
                if (!rounds.get(0).positions().getOrDefault(a.id(), Map.of()).containsKey(issue.id())) {
                    continue;
                }
                double[] line = new double[rounds.size()];
                for (int r = 0; r < rounds.size(); r++) {
                    Double p = rounds.get(r).positions().getOrDefault(a.id(), Map.of()).get(issue.id());
                    line[r] = p == null ? Double.NaN : issue.scale().toPercent(p);
                }
                names.add(a.id());
                lines.add(line);
            }
            Double x = forecast.forecast().get(issue.id());
            out.figure(new LineChart("trajectory-" + model + "-" + slug(issue.id()), model + ": positions on "
                    + issue.id() + " by round", names, lines, "Round", "Position (" + PCT + ")", 0, 100),
                    "Forecast after the last round: " + (x == null ? "-" : Decimals.fixed(x, 1)) + " ("
                            + forecast.headline().replace('_', ' ') + ")");
        }
    }

    static String slug(String id) {
        return id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
