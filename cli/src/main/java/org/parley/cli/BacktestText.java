package org.parley.cli;

import java.util.List;
import java.util.Locale;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.BacktestWords;
import org.parley.core.backtest.ModelScore;
import org.parley.core.backtest.Scoreboard;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.stats.ErrorMetrics;
import org.parley.core.backtest.stats.PairedComparison;

/**
 * The text view of a backtest: the data and settings, what was fitted, a leaderboard per part, and one sentence per
 * model against the compromise model (the sentences are {@link BacktestWords}', shared with the HTML report).
 */
final class BacktestText {

    private BacktestText() {
    }

    /** The whole text view. */
    static String render(BacktestResult r) {
        StringBuilder b = new StringBuilder();
        b.append(BacktestWords.header(r)).append('\n');
        if (r.split() != null) {
            b.append(BacktestWords.split(r.split())).append('\n');
            for (FitReport f : r.fits()) {
                b.append(BacktestWords.fit(f)).append('\n');
            }
        }
        for (Scoreboard s : r.scoreboards()) {
            b.append('\n').append(table(s));
            for (ModelScore m : s.models()) {
                if (m.vsCompromise() != null) {
                    b.append(BacktestWords.verdict(m, s.part())).append('\n');
                }
                if (m.abstained() > 0) {
                    b.append(BacktestWords.abstentions(m)).append('\n');
                }
            }
        }
        return b.toString();
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
                    c == null ? "-" : BacktestWords.signed(c.diff()),
                    c == null ? "-" : BacktestWords.interval(c.issueBootstrap()),
                    c == null ? "-" : BacktestWords.interval(c.proposalBootstrap()),
                    c == null ? "-" : c.wins() + "/" + c.losses() + "/" + c.ties(),
                    c == null ? "-" : String.format(Locale.ROOT, "%.3g", c.signTestP())));
        }
        return "Leaderboard, " + BacktestWords.part(s) + " (" + s.issues() + " issues, " + s.proposals()
                + " proposals; diff = MAE minus the compromise model's on the same issues; W/L/T per issue)\n" + t;
    }

    private static String pct(double share) {
        return TextTable.one(100 * share) + "%";
    }
}
