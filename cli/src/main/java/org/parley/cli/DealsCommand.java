package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.deals.DealAnalysis;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.DealReport;
import org.parley.core.deals.FrontierOptions;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.Repair;
import org.parley.core.deals.ScenarioDeals;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.io.OutputPaths;
import org.parley.io.deals.DealFiles;
import org.parley.io.genius.GeniusExport;
import org.parley.io.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley deals}: the deal space of a scenario or of a GENIUS / GeniusWeb domain with its profiles. */
@Command(name = "deals", mixinStandardHelpOptions = true,
        description = {"The deal space: number of outcomes, Pareto frontier (over all and over rational outcomes), "
                + "the Nash, Kalai-Smorodinsky, egalitarian, utilitarian and min_difference points, the zone of "
                + "agreement and, for a scenario, who accepts or blocks each package and its nearest acceptable "
                + "repair.",
            "INPUT is a Parley scenario (gridded with --grid), a folder holding a GENIUS or GeniusWeb domain with "
                + "its profiles, or a domain file with --profile A --profile B ..."})
final class DealsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "INPUT", description = "SCENARIO, DOMAIN_DIR or DOMAIN file.")
    Path file;

    @Option(names = "--profile", paramLabel = "P", description = "A profile file (repeat for every party).")
    List<Path> profiles = new ArrayList<>();

    @Option(names = "--grid", paramLabel = "N", defaultValue = "11",
            description = "Values per continuous issue (scenario scales, GENIUS real issues); default ${DEFAULT-VALUE}.")
    int grid;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--max-outcomes", paramLabel = "N", defaultValue = "200000000",
            description = "Refuse to enumerate more outcomes than this (default ${DEFAULT-VALUE}).")
    long maxOutcomes;

    @Option(names = "--max-candidates", paramLabel = "N", defaultValue = "2000000",
            description = "The most candidate points one step of the per-issue merge (additive profiles) may hold "
                    + "(default ${DEFAULT-VALUE}, which fits a 256 MB Java heap).")
    long maxCandidates;

    @Option(names = "--eps", paramLabel = "E",
            description = "Tie tolerance for utilities (default 1e-9 of the utility scale).")
    Double eps;

    @Option(names = "--disagreement", paramLabel = "reservation|zero", defaultValue = "reservation",
            description = "Disagreement point of the solutions: the reservation values (default) or 0.")
    String disagreement;

    @Option(names = "--algorithm", paramLabel = "auto|merge|brute-force", defaultValue = "auto",
            description = "Frontier algorithm (default: per-issue merge for additive profiles).")
    String algorithm;

    @Option(names = "--rational-only", description = "List the frontier of rational outcomes only.")
    boolean rationalOnly;

    @Option(names = "--weight", paramLabel = "ISSUE=W",
            description = "Weight of an issue in the repair distance (default 1 each).")
    Map<String, Double> weights = new LinkedHashMap<>();

    @Option(names = "--rows", paramLabel = "N", defaultValue = "20", description = "Frontier rows in the table.")
    int rows;

    @Option(names = "--export-genius", paramLabel = "DIR",
            description = "Also write the scenario's gridded space as GENIUS XML (domain.xml and one profile per "
                    + "actor) into DIR.")
    Path exportGenius;

    @Override
    public Integer call() {
        if (grid < 2 || grid > 10_000) {
            throw new Parley.UserError("--grid " + grid + ": expected 2 to 10000 values per issue");
        }
        if (maxOutcomes < 1) {
            throw new Parley.UserError("--max-outcomes " + maxOutcomes + ": expected a positive number");
        }
        if (maxCandidates < 1) {
            throw new Parley.UserError("--max-candidates " + maxCandidates + ": expected a positive number");
        }
        if (rows < 0) {
            throw new Parley.UserError("--rows " + rows + ": expected a number of rows >= 0");
        }
        OutputPaths outputs = Outputs.protecting(null, file);
        profiles.forEach(p -> outputs.keep(p, "an input of this run"));
        if (exportGenius != null) {
            outputs.folder(exportGenius, List.of(), "--export-genius");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (DealFiles.isDomainInput(file, input.limits())) {
            if (exportGenius != null) {
                throw new Parley.UserError("--export-genius applies to a scenario, not to a GENIUS/GeniusWeb domain");
            }
            DealFiles.Loaded loaded = DealFiles.load(file, profiles, input.limits(), grid);
            loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            DealReport r = DealAnalysis.run(loaded.deals(), options(1));
            Map<String, Object> extra = new LinkedHashMap<>();
            Map<String, Double> rv = new LinkedHashMap<>();
            Map<String, Double> delta = new LinkedHashMap<>();
            loaded.deals().profiles().forEach(p -> {
                rv.put(p.name(), p.reservationValue());
                delta.put(p.name(), p.discountFactor());
            });
            extra.put("reservation_values", rv);
            extra.put("discount_factors", delta);
            extra.put("format", loaded.format());
            if (loaded.publishedFrontier() != null) {
                extra.put("published_frontier", loaded.publishedFrontier());
            }
            extra.put("params", params(1));
            if (json) {
                out.print(ResultJson.write(DealsView.json(r, loaded.deals().space(), rationalOnly, extra)));
            } else {
                out.print(DealsView.text(r, loaded.deals().space(), rationalOnly, rows));
            }
        } else {
            if (!profiles.isEmpty()) {
                throw new Parley.UserError("--profile applies to GENIUS/GeniusWeb domains, not to a scenario");
            }
            Scenario s = input.read(file);
            if (exportGenius != null) {
                outputs.folder(exportGenius, GeniusExport.files(s), "--export-genius");
            }
            ScenarioDeals sd = ScenarioDeals.of(s, grid, options(100), repairWeights(s));
            if (exportGenius != null) {
                GeniusExport.write(s, grid, exportGenius).forEach(w -> spec.commandLine().getErr()
                        .println("warning: " + w));
                spec.commandLine().getErr().println("wrote GENIUS domain and " + s.actors().size() + " profiles to "
                        + exportGenius);
            }
            if (json) {
                out.print(ResultJson.write(scenarioJson(s, sd, rationalOnly, params(100))));
            } else {
                out.print(DealsView.text(sd.report(), sd.space(), rationalOnly, rows));
                out.print(continuousTable(s, sd));
                out.print(ScenarioDealsText.render(s, sd));
            }
        }
        out.flush();
        return Parley.OK;
    }

    private DealOptions options(double scale) {
        FrontierOptions f = FrontierOptions.defaults(scale).withMaxOutcomes(maxOutcomes)
                .withMaxCandidates(maxCandidates);
        if (eps != null) {
            if (!(eps >= 0)) {
                throw new Parley.UserError("--eps " + eps + ": expected a number >= 0");
            }
            f = f.withEps(eps);
        }
        switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "auto":
                break;
            case "merge":
                f = f.with(FrontierOptions.Algorithm.MERGE);
                break;
            case "brute-force":
                f = f.with(FrontierOptions.Algorithm.BRUTE_FORCE);
                break;
            default:
                throw new Parley.UserError("--algorithm " + algorithm + ": expected auto, merge or brute-force");
        }
        boolean zero;
        switch (disagreement.toLowerCase(Locale.ROOT)) {
            case "reservation":
                zero = false;
                break;
            case "zero":
                zero = true;
                break;
            default:
                throw new Parley.UserError("--disagreement " + disagreement + ": expected reservation or zero");
        }
        return DealOptions.defaults(scale).with(f).withZeroDisagreement(zero);
    }

    private Map<String, Object> params(double scale) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("grid", grid);
        p.put("eps", eps != null ? eps : FrontierOptions.defaults(scale).eps());
        p.put("disagreement", disagreement.toLowerCase(Locale.ROOT));
        p.put("algorithm", algorithm.toLowerCase(Locale.ROOT));
        p.put("max_outcomes", maxOutcomes);
        p.put("rational_only", rationalOnly);
        return p;
    }

    private double[] repairWeights(Scenario s) {
        double[] w = new double[s.issues().size()];
        java.util.Arrays.fill(w, 1);
        weights.forEach((id, v) -> {
            int d = s.issueIndex(id);
            if (d < 0) {
                throw new Parley.UserError("--weight " + id + ": no such issue");
            }
            if (!(v >= 0)) {
                throw new Parley.UserError("--weight " + id + "=" + v + ": expected a number >= 0");
            }
            w[d] = v;
        });
        return w;
    }

    /** A scenario's deal analysis as the deals JSON document: the contract keys, then packages and continuous points. */
    static Map<String, Object> scenarioJson(Scenario s, ScenarioDeals sd, boolean rationalOnly,
                                            Map<String, Object> params) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("packages", packages(s, sd));
        List<String> issues = s.issues().stream().map(Issue::id).toList();
        Map<String, Object> cont = new LinkedHashMap<>();
        sd.continuous().forEach((k, c) -> cont.put(k, DealsView.continuous(c, issues, sd.vetoParties())));
        extra.put("continuous", cont);
        extra.put("veto_parties", sd.vetoParties());
        if (params != null) {
            extra.put("params", params);
        }
        return DealsView.json(sd.report(), sd.space(), rationalOnly, extra);
    }

    /** The continuous solutions next to the grid's, one row each. */
    private static String continuousTable(Scenario s, ScenarioDeals sd) {
        if (sd.continuous().isEmpty()) {
            return s.loss() == org.parley.core.scenario.Loss.LINEAR ? ""
                    : "Continuous solutions: computed for linear loss only; the grid solutions above stand.\n\n";
        }
        List<String> header = new ArrayList<>(List.of("solution (continuous)"));
        header.addAll(sd.vetoParties());
        header.add("grid best");
        s.issues().forEach(i -> header.add(i.id()));
        TextTable t = new TextTable(header);
        sd.continuous().forEach((name, c) -> {
            List<String> row = new ArrayList<>(List.of(name));
            for (double u : c.utilities()) {
                row.add(TextTable.one(u));
            }
            var g = sd.report().solutions().get(name);
            List<String> gu = new ArrayList<>();
            if (g != null) {
                for (double u : g.point().utilities()) {
                    gu.add(TextTable.one(u));
                }
            }
            row.add(String.join("/", gu));
            for (double x : c.outcome()) {
                row.add(TextTable.one(x));
            }
            t.row(row);
        });
        return "Solutions over the continuous issue space (exact; grid best for comparison)\n" + t + "\n";
    }

    static List<Object> packages(Scenario s, ScenarioDeals sd) {
        List<Object> out = new ArrayList<>();
        if (sd.review() == null) {
            return out;
        }
        for (PackageVerdict v : sd.review().packages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", v.id());
            m.put("name", v.name());
            m.put("outcome", v.outcome());
            m.put("utilities", round(v.utilities()));
            m.put("margins", round(v.margins()));
            m.put("accepted_by", v.acceptedBy());
            m.put("rejected_by", v.rejectedBy());
            m.put("blocked_by", v.blockedBy());
            Repair rep = sd.repairs().get(v.id());
            if (rep != null) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("exists", rep.exists());
                r.put("outcome", round(rep.outcome()));
                r.put("utilities", round(rep.utilities()));
                r.put("margins", round(rep.margins()));
                if (rep.exists()) {
                    r.put("distance", DealsView.round(rep.distance(), 4));
                    r.put("changed", rep.changed());
                }
                r.put("statement", rep.statement());
                m.put("repair", r);
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Double> round(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, DealsView.round(v, 4)));
        return out;
    }
}
