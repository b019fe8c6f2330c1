package org.parley.cli;

import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.BacktestWords;
import org.parley.core.backtest.ModelScore;
import org.parley.core.backtest.Scoreboard;

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
        BacktestWords.preamble(r).forEach(line -> b.append(line).append('\n'));
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
        TextTable t = new TextTable(BacktestWords.LEADERBOARD_COLUMNS);
        BacktestWords.leaderboard(s).forEach(t::row);
        return "Leaderboard, " + BacktestWords.part(s) + " (" + s.issues() + " issues, " + s.proposals()
                + " proposals; diff = MAE minus the compromise model's on the same issues; W/L/T per issue)\n" + t;
    }
}
