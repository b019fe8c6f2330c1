package org.parley.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.DealParams;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.ScenarioDeals;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.params.Params;
import org.parley.core.exec.BatchRunner;
import org.parley.core.phasing.PhasingOptions;
import org.parley.core.phasing.PhasingReview;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;
import org.parley.core.uncertainty.UncertaintyDigest;
import org.parley.core.verdict.Verdicts;

/**
 * Runs every analysis that applies to a scenario and assembles the {@link Analysis} document: every registered
 * forecasting model with its default parameters, the package review, and the deal space among the veto parties at
 * {@link #GRID} values per issue when at least two parties can judge a deal, the uncertainty digest
 * ({@link #DRAWS} draws of the compromise model, seed {@link #SEED}), the phasing of every package when the scenario
 * has a phasing section (linear loss), and the verdict that states them in words.
 */
public final class Analyzer {

    /** Values per issue of the deal-space grid {@code analyze} uses. */
    public static final int GRID = 11;

    /** The model, draws, seed and number of key judgements of the uncertainty digest {@code analyze} gives. */
    public static final String UNCERTAINTY_MODEL = "compromise";
    public static final int DRAWS = 10_000;
    public static final long SEED = 1;
    public static final int JUDGEMENTS = 3;

    private Analyzer() {
    }

    /** Every analysis of a validated scenario, every model with its default parameters. */
    public static Analysis analyze(Scenario s) {
        return analyze(s, model -> Params.none());
    }

    /**
     * Every analysis of a validated scenario, each model with the parameters {@code params} gives for its name (a
     * KTAB XML file's own SMP seed and switches, for example); a model that does not apply to the scenario
     * ({@link org.parley.core.forecast.ForecastModel#inapplicable}) is left out.
     */
    public static Analysis analyze(Scenario s, java.util.function.Function<String, Params> params) {
        return analyze(s, ForecastModels.applicable(s, ForecastModels.names(), note -> { }), params);
    }

    /** As {@link #analyze(Scenario, java.util.function.Function)}, with the forecasting models named. */
    public static Analysis analyze(Scenario s, List<String> models,
                                   java.util.function.Function<String, Params> params) {
        List<Forecast> forecasts = new ArrayList<>();
        for (String name : models) {
            forecasts.add(ForecastModels.byName(name).orElseThrow().forecast(s, params.apply(name)));
        }
        DealSpaceResult<Double> deals = null;
        PackageReview review;
        if (ScenarioGrid.vetoParties(s).length >= 2) {
            DealOptions o = DealOptions.defaults(100);
            ScenarioDeals sd = ScenarioDeals.of(s, GRID, o, null);
            deals = DealSpaceResult.of(s, sd, DealParams.of(GRID, o, false, null), false).withoutPackages();
            review = sd.review();
        } else {
            review = s.packages().isEmpty() ? null : PackageReview.of(s);
        }
        List<PackageVerdict> verdicts = review == null ? List.of() : review.packages();
        UncertaintyDigest uncertainty;
        PhasingReview phasing;
        try (BatchRunner runner = BatchRunner.parallel(Runtime.getRuntime().availableProcessors())) {
            uncertainty = UncertaintyDigest.of(s, UNCERTAINTY_MODEL, DRAWS, SEED, JUDGEMENTS, runner);
            phasing = s.loss() == Loss.LINEAR ? PhasingReview.of(s, verdicts, PhasingOptions.defaults(), runner)
                    : null;
        }
        return new Analysis(Analysis.VERSION, ScenarioSummary.of(s), forecasts, verdicts,
                review == null ? null : review.favourites(), deals,
                Verdicts.of(s, forecasts, verdicts, deals, uncertainty, phasing), uncertainty, phasing);
    }
}
