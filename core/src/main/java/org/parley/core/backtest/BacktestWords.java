package org.parley.core.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.core.backtest.stats.Interval;
import org.parley.core.backtest.stats.PairedComparison;
import org.parley.core.text.Decimals;

/**
 * A backtest in plain words, for every view (the {@code backtest} command's text, the HTML report): what was scored,
 * the split and what fitting chose, and each model against the compromise model by the decision rule of
 * docs/backtest.md ({@link PairedComparison#beatsBenchmark()}). Numbers are rounded here, and only here.
 */
public final class BacktestWords {

    private BacktestWords() {
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
        f.parameters().forEach((k, v) -> p.add(k + " = " + (v == Math.rint(v) ? Long.toString(v.longValue())
                : two(v))));
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

    /** A difference with its sign, two decimals. */
    public static String signed(double x) {
        return (x > 0 ? "+" : "") + two(x);
    }

    private static String two(double x) {
        return Decimals.fixed(x, 2);
    }
}
