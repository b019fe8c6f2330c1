package org.parley.report;

import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.BacktestWords;
import org.parley.core.backtest.ModelScore;
import org.parley.core.backtest.Scoreboard;

/**
 * A backtest's findings in words, in a box before the contents, as {@code parley backtest} prints them
 * ({@link BacktestWords}): what was scored, the split and what was fitted, and each model against the compromise
 * model by the decision rule of docs/backtest.md.
 */
final class BacktestSummarySection implements Section<BacktestInput> {

    @Override
    public String id() {
        return "findings";
    }

    @Override
    public String title() {
        return "Findings";
    }

    @Override
    public boolean answer() {
        return true;
    }

    @Override
    public boolean applies(BacktestInput in) {
        return true;
    }

    @Override
    public void render(BacktestInput in, Html out) {
        BacktestResult r = in.result();
        out.raw("<div class=\"verdict\">\n");
        BacktestWords.preamble(r).forEach(line -> out.el("p", line));
        out.raw("<ul class=\"findings\">\n");
        for (Scoreboard s : r.scoreboards()) {
            for (ModelScore m : s.models()) {
                if (m.vsCompromise() != null) {
                    out.el("li", BacktestWords.verdict(m, s.part()));
                }
            }
        }
        out.raw("</ul>\n</div>\n");
        out.note("A model beats the compromise model only when the whole 95 % cluster-bootstrap interval of its MAE "
                + "minus the compromise model's (resampling proposals) lies below 0, on held-out proposals for a "
                + "fitted model; docs/backtest.md gives the protocol.");
    }
}
