package org.parley.core.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.core.backtest.stats.ErrorMetrics;
import org.parley.core.backtest.stats.Interval;
import org.parley.core.backtest.stats.PairedComparison;
import org.parley.core.text.Decimals;

/**
 * A backtest in plain words, for every view (the {@code backtest} command's text, the HTML report): what was scored,
 * the split and what fitting chose, and each model against the compromise model by the decision rule of
 * docs/backtest.md ({@link PairedComparison#beatsBenchmark()}). Numbers are rounded here, and only here.
 */
public final class BacktestWords {

    /**
     * The columns of a leaderboard, in the order of {@link #leaderboardRow}: rank, model and unit (words), then the
     * counts, the error metrics and the comparison with the compromise model (numbers; "-" for the compromise model).
     */
    public static final List<String> LEADERBOARD_COLUMNS = List.of("#", "model", "unit", "scored", "abstained",
            "not settled", "MAE", "median AE", "RMSE", "<=5", "<=10", "<=20", "diff", "95% issues", "95% proposals",
            "W/L/T", "sign p");

    private BacktestWords() {
    }

    /** The lines before the leaderboards: what was scored, then the split and what fitting chose, if split. */
    public static List<String> preamble(BacktestResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(header(r));
        if (r.split() != null) {
            lines.add(split(r.split()));
            r.fits().forEach(f -> lines.add(fit(f)));
        }
        return List.copyOf(lines);
    }

    /** The rows of a scoreboard's leaderboard, models by MAE ({@link Scoreboard#leaderboard()}), ranked from 1. */
    public static List<List<String>> leaderboard(Scoreboard s) {
        List<List<String>> rows = new ArrayList<>();
        for (String name : s.leaderboard()) {
            rows.add(leaderboardRow(rows.size() + 1, s.score(name).orElseThrow()));
        }
        return List.copyOf(rows);
    }

    /** One model's row of a leaderboard, in the order of {@link #LEADERBOARD_COLUMNS}. */
    public static List<String> leaderboardRow(int rank, ModelScore m) {
        ErrorMetrics e = m.metrics();
        PairedComparison c = m.vsCompromise();
        return List.of(Integer.toString(rank), m.model(), m.unit(), Integer.toString(m.scored()),
                Integer.toString(m.abstained()), Integer.toString(m.notSettled()), two(e.mae()), two(e.medianAe()),
                two(e.rmse()), Decimals.percent(e.within5Share(), 1), Decimals.percent(e.within10Share(), 1),
                Decimals.percent(e.within20Share(), 1),
                c == null ? "-" : signed(c.diff()),
                c == null ? "-" : interval(c.issueBootstrap()),
                c == null ? "-" : interval(c.proposalBootstrap()),
                c == null ? "-" : c.wins() + "/" + c.losses() + "/" + c.ties(),
                c == null ? "-" : String.format(Locale.ROOT, "%.3g", c.signTestP()));
    }

    /** What was scored, with which capabilities and bootstrap. */
    public static String header(BacktestResult r) {
        return "Backtest on " + r.dataset() + ": " + r.issues() + " issues from " + r.proposals() + " proposals ("
                + r.excludedIssues() + " left out without a usable outcome; " + r.withReferencePoint()
                + " with a reference point), capabilities " + r.capabilities() + ", bootstrap " + r.resamples()
                + " resamples, seed " + r.seed() + ".";
    }

    /** The split in words. */
    public static String split(ProposalSplit s) {
        return "Split by proposal (seed " + s.seed() + ", train share " + two(s.trainShare()) + "): "
                + s.train().size() + " train and " + s.test().size() + " test proposals; fitted models saw only "
                + "the train issues.";
    }

    /** What fitting chose, in words. */
    public static String fit(FitReport f) {
        List<String> p = new ArrayList<>();
        f.parameters().forEach((k, v) -> p.add(k + " = " + Decimals.upTo(v, 2)));
        return "Fitted " + f.model() + " on " + f.trainIssues() + " train issues (" + f.candidates()
                + " settings tried): " + String.join(", ", p) + ", train MAE " + two(f.trainMae()) + ".";
    }

    /**
     * One model against the compromise model in words: the two MAEs, the difference with its cluster-bootstrap
     * interval, and what the rule of backtest.md concludes ({@code part}: all, train or test).
     */
    public static String verdict(ModelScore m, String part) {
        PairedComparison c = m.vsCompromise();
        Interval p = c.proposalBootstrap();
        String outcome;
        if (!c.decidable()) {
            outcome = "too few proposals (" + c.proposals() + ", fewer than " + PairedComparison.MIN_PROPOSALS
                    + ") for the cluster bootstrap to decide";
        } else if (c.beatsBenchmark() && part.equals("train")) {
            outcome = "lower in sample, which is no evidence: fitted models saw these issues, and only held-out "
                    + "proposals can show that a model beats the compromise model";
        } else if (c.beatsBenchmark()) {
            outcome = "it beats the compromise model (the whole interval is below 0)";
        } else if (c.worseThanBenchmark()) {
            outcome = "significantly worse than the compromise model";
        } else {
            outcome = "no significant difference from the compromise model";
        }
        return m.model() + (part.equals("all") ? "" : " (" + part + ")") + ": MAE " + two(c.modelMae())
                + " against the compromise model's " + two(c.benchmarkMae()) + " on the same " + c.issues()
                + " issues, " + two(Math.abs(c.diff())) + " points " + (c.diff() <= 0 ? "lower" : "higher")
                + " (95% interval over proposals " + interval(p) + "): " + outcome + ".";
    }

    /** The issues a model abstained on, with its first reason. */
    public static String abstentions(ModelScore m) {
        Map.Entry<String, String> first = m.abstentions().entrySet().iterator().next();
        return m.model() + " abstained on " + m.abstained() + " issue(s), e.g. " + first.getKey() + ": "
                + first.getValue();
    }

    /** Which issues a scoreboard covers: "all issues", "train proposals (...)", "test proposals (held out)". */
    public static String part(Scoreboard s) {
        return switch (s.part()) {
            case "train" -> "train proposals (in sample for fitted models)";
            case "test" -> "test proposals (held out)";
            default -> "all issues";
        };
    }

    /** An interval of differences: "[-0.41, +0.37]". */
    public static String interval(Interval i) {
        return "[" + signed(i.lower()) + ", " + signed(i.upper()) + "]";
    }

    /** A difference with its sign, two decimals: "+0.37", "-0.41", and "0.00" for what rounds to zero. */
    public static String signed(double x) {
        return Decimals.signed(x, 2);
    }

    private static String two(double x) {
        return Decimals.fixed(x, 2);
    }
}
