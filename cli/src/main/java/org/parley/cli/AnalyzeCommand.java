package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.ScenarioDeals;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.io.OutputPaths;
import org.parley.io.json.ResultJson;
import org.parley.report.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley analyze SCENARIO}: runs every analysis that applies and prints a concise summary. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run every analysis that applies to the scenario (forecasts by every model, with the "
                + "compromise, BDM, exchange and SMP forecasts in the words of each issue's anchors; the review of each "
                + "package against the actors' no-deal values; the deal space among the veto parties) and print a "
                + "concise summary.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report;

    @Mixin
    ScenarioArgs args;

    /** The models whose forecasts are also given in the words of each issue's anchors. */
    static final List<String> IN_WORDS = List.of("compromise", "bdm", "exchange", "smp");

    /** Everything analyze found, as one document. */
    record Analysis(Map<String, Object> scenario, List<Forecast> forecasts, PackageReview packages,
                    Map<String, Object> deals) {
    }

    @Override
    public Integer call() {
        OutputPaths outputs = report.checkOutputs(Outputs.protecting(args.store.db, args.file));
        try (Recorder rec = args.recorder(spec)) {
            Scenario s = args.read(rec, ForecastModels.names());
            ScenarioDeals deals = rec.attempt(() -> {
                report.check(s);
                return DealsSection.of(s);
            }, Map.of());
            Analysis analysis = rec.attempt(() -> analyse(s, deals), Map.of());
            if (report.wanted()) {
                rec.attempt(() -> {
                    report.write(s, analysis, new RunInfo(null, "analyze", ReportOptions.shownArgs(
                            List.of("analyze", args.file.toString())), null, Parley.version()), outputs);
                    return null;
                }, params(analysis));
            }
            rec.ok(analysis, params(analysis));
            PrintWriter out = spec.commandLine().getOut();
            if (args.json) {
                out.print(ResultJson.write(analysis));
            } else {
                out.print(render(s, analysis.forecasts(), analysis.packages()));
                if (deals != null) {
                    out.print('\n');
                    out.print(ScenarioDealsText.render(s, deals));
                }
            }
            out.flush();
        }
        return Parley.OK;
    }

    /** The parameters each model ran with, by model. */
    static Map<String, Object> params(Analysis analysis) {
        Map<String, Object> params = new LinkedHashMap<>();
        analysis.forecasts().forEach(f -> params.put(f.model(), f.params()));
        return params;
    }

    /** Every analysis that applies to the scenario, as one document. */
    static Analysis analyse(Scenario s) {
        return analyse(s, DealsSection.of(s));
    }

    /** As {@link #analyse(Scenario)}, with the deal space already computed (null when it does not apply). */
    static Analysis analyse(Scenario s, ScenarioDeals deals) {
        List<Forecast> forecasts = new ArrayList<>();
        for (String name : ForecastModels.names()) {
            forecasts.add(ForecastModels.byName(name).orElseThrow().forecast(s, Params.none()));
        }
        PackageReview review = deals != null ? deals.review() : s.packages().isEmpty() ? null : PackageReview.of(s);
        return new Analysis(summary(s), forecasts, review, DealsSection.json(s, deals));
    }

    private static Map<String, Object> summary(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("as_of", s.asOf());
        m.put("actors", s.actors().stream().map(Actor::id).toList());
        m.put("issues", s.issues().stream().map(Issue::id).toList());
        m.put("packages", s.packages().stream().map(p -> p.id()).toList());
        m.put("loss", s.loss().word());
        return m;
    }

    static String render(Scenario s, List<Forecast> forecasts, PackageReview review) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(s.name() == null ? "Scenario" : s.name())
                .append(s.asOf() == null ? "" : " (as of " + s.asOf() + ")").append(" ==\n");
        b.append(s.actors().size()).append(" actors, ").append(s.issues().size()).append(" issues, ")
                .append(s.packages().size()).append(" packages.\n\n");
        b.append("Forecasts per issue\n");
        List<String> header = new ArrayList<>(List.of("issue"));
        forecasts.forEach(f -> header.add(f.model()));
        TextTable t = new TextTable(header);
        for (Issue issue : s.issues()) {
            List<String> row = new ArrayList<>(List.of(issue.id()));
            forecasts.forEach(f -> row.add(TextTable.one(f.forecast().get(issue.id()))));
            t.row(row);
        }
        b.append(t).append('\n');
        b.append("The forecasts in the words of each issue's anchors\n");
        TextTable words = new TextTable(List.of("issue", "model", "forecast", "in words"));
        for (Issue issue : s.issues()) {
            String first = issue.id();
            for (Forecast f : forecasts) {
                Double x = f.forecast().get(issue.id());
                if (IN_WORDS.contains(f.model()) && x != null) {
                    words.row(List.of(first, f.model(), TextTable.one(x), issue.describe(x)));
                    first = "";
                }
            }
        }
        b.append(words).append('\n');
        if (review != null) {
            b.append("Packages against each actor's no-deal value\n");
            for (PackageVerdict v : review.packages()) {
                b.append("- ").append(v.name() == null ? v.id() : v.name() + " [" + v.id() + "]").append(": ");
                int judged = v.acceptedBy().size() + v.rejectedBy().size();
                if (judged == 0) {
                    b.append("no actor has a reservation value, so acceptance cannot be judged\n");
                    continue;
                }
                b.append("accepted by ").append(v.acceptedBy().size()).append(" of ").append(judged);
                if (v.rejectedBy().isEmpty()) {
                    b.append(", every actor prefers it to no deal");
                } else {
                    List<String> parts = new ArrayList<>();
                    for (String id : v.rejectedBy()) {
                        parts.add(id + " " + TextTable.one(v.utilities().get(id)) + " < "
                                + TextTable.one(s.actor(id).orElseThrow().reservation()));
                    }
                    b.append("; rejected by ").append(String.join(", ", parts));
                }
                if (!v.blockedBy().isEmpty()) {
                    b.append("; blocked by veto parties ").append(String.join(", ", v.blockedBy()));
                }
                b.append('\n');
            }
            Map<String, List<String>> byFavourite = new LinkedHashMap<>();
            review.favourites().forEach((actor, pkg) -> byFavourite.computeIfAbsent(pkg, k -> new ArrayList<>())
                    .add(actor));
            b.append("Favourite package: ");
            List<String> parts = new ArrayList<>();
            byFavourite.forEach((pkg, actors) -> parts.add(pkg + " (" + String.join(", ", actors) + ")"));
            b.append(String.join("; ", parts)).append('\n');
        }
        return b.toString();
    }
}
