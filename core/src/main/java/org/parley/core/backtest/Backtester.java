package org.parley.core.backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.backtest.fit.AnchoredCompromise;
import org.parley.core.backtest.fit.AnchoredCompromiseFit;
import org.parley.core.backtest.fit.BdmQFit;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.split.Fitted;
import org.parley.core.backtest.split.Fitter;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.core.backtest.stats.ErrorMetrics;
import org.parley.core.backtest.stats.PairedBootstrap;
import org.parley.core.backtest.stats.PairedComparison;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ForecastModels;

/**
 * Scores forecasting models against decided outcomes (backtest.md): runs every model on every usable issue, fits
 * the fitted models on the split's train half only, and scores each model on each part with the error metrics and
 * the paired and cluster bootstrap against the compromise model, which always runs as the benchmark. The result
 * depends only on the data, the options and the seed, never on the runner's number of threads.
 */
public final class Backtester {

    /** The benchmark every model is compared with. */
    public static final String BENCHMARK = "compromise";

    private static final Map<String, Fitter> FITTERS = new LinkedHashMap<>();

    static {
        FITTERS.put(AnchoredCompromise.NAME, new AnchoredCompromiseFit());
        FITTERS.put(BdmQFit.NAME, new BdmQFit());
    }

    private Backtester() {
    }

    /** Every model a backtest can run: the forecasting models, then the fitted ones (which need a split). */
    public static List<String> models() {
        List<String> out = new ArrayList<>(ForecastModels.names());
        out.addAll(fittedModels());
        return out;
    }

    /** The models fitted on a train half, which run only with a split: anchored-compromise, bdm-fitted. */
    public static List<String> fittedModels() {
        return List.copyOf(FITTERS.keySet());
    }

    /** Whether the named model is fitted on a train half (and so needs a split). */
    public static boolean fitted(String model) {
        return FITTERS.containsKey(model);
    }

    /** The backtest of {@code data} under {@code options}, on {@code runner}. */
    public static BacktestResult run(OutcomeDataset data, BacktestOptions options, BatchRunner runner) {
        List<OutcomeIssue> issues = data.issues();
        ProposalSplit split = options.split();
        Set<String> names = new LinkedHashSet<>();
        names.add(BENCHMARK);
        names.addAll(options.models());
        List<Predictor> predictors = new ArrayList<>();
        List<FitReport> fits = new ArrayList<>();
        for (String name : names) {
            if (fitted(name)) {
                if (split == null) {
                    throw new IllegalArgumentException("model '" + name + "' is fitted; it needs a split");
                }
                Fitted f = FITTERS.get(name).fit(split.trainSet(issues), options.capabilities(), runner);
                fits.add(f.report());
                predictors.add(f.predictor());
            } else {
                predictors.add(ModelPredictor.of(name));
            }
        }
        List<Predictions> predictions = new ArrayList<>();
        for (Predictor p : predictors) {
            predictions.add(p.predict(issues, options.capabilities(), runner));
        }
        String[] part = new String[issues.size()];
        for (int i = 0; i < part.length; i++) {
            part[i] = split == null ? "all" : split.inTrain(issues.get(i).proposal()) ? "train" : "test";
        }
        PairedBootstrap bootstrap = new PairedBootstrap(options.resamples(), options.seed(), runner);
        List<Scoreboard> boards = new ArrayList<>();
        for (String p : split == null ? List.of("all") : List.of("train", "test")) {
            boards.add(scoreboard(p, issues, part, predictors, predictions, bootstrap));
        }
        return new BacktestResult(data.name(), options.capabilities().name(), issues.size(), data.proposals().size(),
                data.excluded().size(), (int) issues.stream().filter(OutcomeIssue::hasReferencePoint).count(),
                options.seed(), options.resamples(), split, fits, boards, rows(issues, part, predictions));
    }

    private static Scoreboard scoreboard(String part, List<OutcomeIssue> issues, String[] partOf,
                                         List<Predictor> predictors, List<Predictions> predictions,
                                         PairedBootstrap bootstrap) {
        List<Integer> members = new ArrayList<>();
        Map<String, Integer> proposals = new LinkedHashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            if (partOf[i].equals(part)) {
                members.add(i);
                proposals.putIfAbsent(issues.get(i).proposal(), proposals.size());
            }
        }
        Predictions benchmark = predictions.get(0);
        List<ModelScore> scores = new ArrayList<>();
        for (int m = 0; m < predictors.size(); m++) {
            scores.add(score(predictors.get(m), predictions.get(m), benchmark, issues, members, proposals,
                    bootstrap));
        }
        List<String> board = scores.stream().filter(s -> s.scored() > 0)
                .sorted(Comparator.comparingDouble(s -> s.metrics().mae())).map(ModelScore::model).toList();
        return new Scoreboard(part, members.size(), proposals.size(), scores, board);
    }

    private static ModelScore score(Predictor predictor, Predictions p, Predictions benchmark,
                                    List<OutcomeIssue> issues, List<Integer> members, Map<String, Integer> proposals,
                                    PairedBootstrap bootstrap) {
        int n = 0;
        int withRp = 0;
        int notSettled = 0;
        int paired = 0;
        for (int i : members) {
            if (p.scored(i)) {
                n++;
                withRp += issues.get(i).hasReferencePoint() ? 1 : 0;
                notSettled += p.settled(i) ? 0 : 1;
                paired += benchmark.scored(i) ? 1 : 0;
            }
        }
        double[] errors = new double[n];
        double[] rpErrors = new double[withRp];
        double[] modelErrors = new double[paired];
        double[] benchmarkErrors = new double[paired];
        int[] cluster = new int[paired];
        Map<String, Integer> pairedClusters = new LinkedHashMap<>();
        int k = 0;
        int r = 0;
        int q = 0;
        Map<String, String> abstentions = new LinkedHashMap<>();
        for (int i : members) {
            OutcomeIssue issue = issues.get(i);
            if (!p.scored(i)) {
                abstentions.put(issue.id(), p.abstentions().getOrDefault(issue.id(), "no forecast"));
                continue;
            }
            double e = Math.abs(p.value(i) - issue.outcome());
            errors[k++] = e;
            if (issue.hasReferencePoint()) {
                rpErrors[r++] = e;
            }
            if (benchmark.scored(i)) {
                modelErrors[q] = e;
                benchmarkErrors[q] = Math.abs(benchmark.value(i) - issue.outcome());
                cluster[q] = pairedClusters.computeIfAbsent(issue.proposal(), x -> pairedClusters.size());
                q++;
            }
        }
        PairedComparison vs = predictor.name().equals(BENCHMARK) || paired == 0 ? null
                : bootstrap.compare(predictor.name(), BENCHMARK, modelErrors, benchmarkErrors, cluster);
        return new ModelScore(predictor.name(), predictor.unit().toString(), members.size(), n, members.size() - n,
                notSettled, ErrorMetrics.of(errors), ErrorMetrics.of(rpErrors), vs, abstentions);
    }

    private static List<IssueRow> rows(List<OutcomeIssue> issues, String[] part, List<Predictions> predictions) {
        List<IssueRow> rows = new ArrayList<>(issues.size());
        for (int i = 0; i < issues.size(); i++) {
            OutcomeIssue issue = issues.get(i);
            Map<String, Double> pred = new LinkedHashMap<>();
            Map<String, Double> err = new LinkedHashMap<>();
            List<String> unsettled = new ArrayList<>();
            for (Predictions p : predictions) {
                if (p.scored(i)) {
                    pred.put(p.model(), p.value(i));
                    err.put(p.model(), Math.abs(p.value(i) - issue.outcome()));
                    if (!p.settled(i)) {
                        unsettled.add(p.model());
                    }
                }
            }
            rows.add(new IssueRow(issue.id(), issue.proposal(), part[i], issue.outcome(), issue.referencePoint(),
                    issue.actorCount(), pred, err, unsettled));
        }
        return rows;
    }
}
