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
import org.parley.core.deals.DealParams;
import org.parley.core.deals.DealReport;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.DomainFacts;
import org.parley.core.deals.FrontierOptions;
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

    @Mixin
    StoreOptions.Recording store;

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
        OutputPaths outputs = Outputs.protecting(store.db, file);
        profiles.forEach(p -> outputs.keep(p, "an input of this run"));
        RunFiles files = RunFiles.of(store, spec);
        if (exportGenius != null) {
            outputs.folder(files.target(exportGenius), List.of(), "--export-genius");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Recorder rec = Recorder.start(store, spec, files)) {
            if (DealFiles.isDomainInput(file, input.limits())) {
                out.print(domain(rec));
            } else {
                out.print(scenario(rec, outputs, files));
            }
        }
        out.flush();
        return Parley.OK;
    }

    /** The deal space of a GENIUS/GeniusWeb domain with its profiles, recorded; the text or JSON to print. */
    private String domain(Recorder rec) {
        if (exportGenius != null) {
            throw new Parley.UserError("--export-genius applies to a scenario, not to a GENIUS/GeniusWeb domain");
        }
        DealFiles.Loaded loaded = DealFiles.load(file, profiles, input.limits(), grid);
        rec.input(file);
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        DealOptions o = options(1);
        DealParams params = DealParams.of(grid, o, rationalOnly, null);
        DealSpaceResult<String> result = rec.attempt(() -> DealSpaceResult.ofDomain(
                DealAnalysis.run(loaded.deals(), o), loaded.deals().space(), params, true, facts(loaded)), Map.of());
        String json = ResultJson.write(result);
        rec.ok(json, Map.of("deals", params));
        return this.json ? json : DealsText.render(result, 1, rows);
    }

    /** The deal space of a scenario among its veto parties, recorded; the text or JSON to print. */
    private String scenario(Recorder rec, OutputPaths outputs, RunFiles files) {
        if (!profiles.isEmpty()) {
            throw new Parley.UserError("--profile applies to GENIUS/GeniusWeb domains, not to a scenario");
        }
        Scenario s = input.read(file, store.recordedFile, spec.commandLine().getErr());
        rec.scenario(s, file);
        if (exportGenius != null) {
            Path dir = files.target(exportGenius);
            outputs.folder(dir, GeniusExport.files(s), "--export-genius");
            GeniusExport.write(s, grid, dir).forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            GeniusExport.files(s).forEach(name -> files.wrote(dir.resolve(name)));
        }
        DealOptions o = options(100);
        DealParams params = DealParams.of(grid, o, rationalOnly, weightMap(s));
        DealSpaceResult<Double> result = rec.attempt(() -> DealSpaceResult.of(s, ScenarioDeals.of(s, grid, o,
                repairWeights(s)), params, true), Map.of());
        String json = ResultJson.write(result);
        rec.ok(json, Map.of("deals", params));
        if (this.json) {
            return json;
        }
        return DealsText.render(result, 100, rows)
                + DealsText.continuous(result, s.issues().stream().map(Issue::id).toList(),
                        s.loss() == org.parley.core.scenario.Loss.LINEAR)
                + ScenarioDealsText.render(s, result, result.packages());
    }

    /** The domain's format, discount factors and published frontier, with party names. */
    private static DomainFacts facts(DealFiles.Loaded loaded) {
        Map<String, Double> delta = new LinkedHashMap<>();
        List<String> parties = loaded.deals().parties();
        loaded.deals().profiles().forEach(p -> delta.put(p.name(), p.discountFactor()));
        List<Map<String, Double>> published = null;
        if (loaded.publishedFrontier() != null) {
            published = new ArrayList<>();
            for (double[] u : loaded.publishedFrontier()) {
                Map<String, Double> m = new LinkedHashMap<>();
                for (int i = 0; i < u.length && i < parties.size(); i++) {
                    m.put(parties.get(i), u[i]);
                }
                published.add(m);
            }
        }
        return new DomainFacts(loaded.format(), delta, published);
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


    /** The repair distance's weight per issue (1 unless --weight says otherwise). */
    private Map<String, Double> weightMap(Scenario s) {
        double[] w = repairWeights(s);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int d = 0; d < w.length; d++) {
            m.put(s.issues().get(d).id(), w[d]);
        }
        return m;
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




}
