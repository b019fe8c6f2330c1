package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.ModelScore;
import org.parley.core.backtest.Scoreboard;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.core.backtest.stats.ErrorMetrics;
import org.parley.core.backtest.stats.Interval;
import org.parley.core.backtest.stats.PairedComparison;

/**
 * The text view of a backtest: the data and settings, what was fitted, a leaderboard per part, and one sentence per
 * model against the compromise model. The sentences ({@link #verdict}) are for every view that says it in words.
 */
final class BacktestText {

    private BacktestText() {
    }

    /** The whole text view. */
    static String render(BacktestResult r) {
        StringBuilder b = new StringBuilder();
        b.append(header(r)).append('\n');
        if (r.split() != null) {
            b.append(split(r.split())).append('\n');
            for (FitReport f : r.fits()) {
                b.append(fit(f)).append('\n');
            }
        }
        for (Scoreboard s : r.scoreboards()) {
            b.append('\n').append(table(s));
            for (ModelScore m : s.models()) {
                if (m.vsCompromise() != null) {
                    b.append(verdict(m, s.part())).append('\n');
                }
                if (m.abstained() > 0) {
                    b.append(abstentions(m)).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** What was scored, with which capabilities and bootstrap. */
    static String header(BacktestResult r) {
        return "Backtest on " + r.dataset() + ": " + r.issues() + " issues from " + r.proposals() + " proposals ("
                + r.excludedIssues() + " left out without a usable outcome; " + r.withReferencePoint()
                + " with a reference point), capabilities " + r.capabilities() + ", bootstrap " + r.resamples()
                + " resamples, seed " + r.seed() + ".";
    }

    /** The split in words. */
    static String split(ProposalSplit s) {
        return "Split by proposal (seed " + s.seed() + ", train share " + TextTable.two(s.trainShare()) + "): "
                + s.train().size() + " train and " + s.test().size() + " test proposals; fitted models saw only "
                + "the train issues.";
    }

    /** What fitting chose, in words. */
    static String fit(FitReport f) {
        List<String> p = new ArrayList<>();
        f.parameters().forEach((k, v) -> p.add(k + " = " + num(v)));
        return "Fitted " + f.model() + " on " + f.trainIssues() + " train issues (" + f.candidates()
                + " settings tried): " + String.join(", ", p) + ", train MAE " + TextTable.two(f.trainMae()) + ".";
    }

    /** The leaderboard of one part: models by MAE, with the comparison against the compromise model. */
    static String table(Scoreboard s) {
        TextTable t = new TextTable(List.of("#", "model", "unit", "scored", "abstained", "not settled", "MAE",
                "median AE", "RMSE", "<=5", "<=10", "<=20", "diff", "95% issues", "95% proposals", "W/L/T",
                "sign p"));
        int rank = 0;
        for (String name : s.leaderboard()) {
            ModelScore m = s.score(name).orElseThrow();
            ErrorMetrics e = m.metrics();
            PairedComparison c = m.vsCompromise();
            t.row(List.of(Integer.toString(++rank), m.model(), m.unit(), Integer.toString(m.scored()),
                    Integer.toString(m.abstained()), Integer.toString(m.notSettled()), TextTable.two(e.mae()),
                    TextTable.two(e.medianAe()), TextTable.two(e.rmse()), pct(e.within5Share()),
                    pct(e.within10Share()), pct(e.within20Share()),
                    c == null ? "-" : signed(c.diff()), c == null ? "-" : interval(c.issueBootstrap()),
                    c == null ? "-" : interval(c.proposalBootstrap()),
                    c == null ? "-" : c.wins() + "/" + c.losses() + "/" + c.ties(),
                    c == null ? "-" : String.format(Locale.ROOT, "%.3g", c.signTestP())));
        }
        return "Leaderboard, " + partWords(s) + " (" + s.issues() + " issues, " + s.proposals() + " proposals; diff "
                + "= MAE minus the compromise model's on the same issues; W/L/T per issue)\n" + t;
    }

    /**
     * One model against the compromise model in words: the two MAEs, the difference with its cluster-bootstrap
     * interval, and what the rule of backtest.md concludes.
     */
    static String verdict(ModelScore m, String part) {
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
        return m.model() + (part.equals("all") ? "" : " (" + part + ")") + ": MAE " + TextTable.two(c.modelMae())
                + " against the compromise model's " + TextTable.two(c.benchmarkMae()) + " on the same " + c.issues()
                + " issues, " + TextTable.two(Math.abs(c.diff())) + " points " + (c.diff() <= 0 ? "lower" : "higher")
                + " (95% interval over proposals " + interval(p) + "): " + outcome + ".";
    }

    /** The issues a model abstained on, with its first reason. */
    static String abstentions(ModelScore m) {
        Map.Entry<String, String> first = m.abstentions().entrySet().iterator().next();
        return m.model() + " abstained on " + m.abstained() + " issue(s), e.g. " + first.getKey() + ": "
                + first.getValue();
    }

    private static String partWords(Scoreboard s) {
        return switch (s.part()) {
            case "train" -> "train proposals (in sample for fitted models)";
            case "test" -> "test proposals (held out)";
            default -> "all issues";
        };
    }

    private static String pct(double share) {
        return TextTable.one(100 * share) + "%";
    }

    private static String signed(double x) {
        return (x > 0 ? "+" : "") + TextTable.two(x);
    }

    private static String interval(Interval i) {
        return "[" + signed(i.lower()) + ", " + signed(i.upper()) + "]";
    }

    private static String num(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
    }
}
