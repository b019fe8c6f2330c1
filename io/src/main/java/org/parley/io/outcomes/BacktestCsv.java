package org.parley.io.outcomes;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.IssueRow;
import org.parley.core.backtest.ModelScore;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.io.text.Numbers;

/**
 * A backtest's per-issue CSV (docs/backtest.md): {@code isnr, prnr, part, out, rp, n_actors}, then
 * {@code pred_<model>, err_<model>} per model in run order, full precision, blank where a model abstained or no
 * reference point is recorded; and the split as {@code prnr, part}.
 */
public final class BacktestCsv {

    private BacktestCsv() {
    }

    /** The per-issue lines of the result. */
    public static String predictions(BacktestResult r) {
        List<String> models = new ArrayList<>();
        for (ModelScore s : r.scoreboards().get(0).models()) {
            models.add(s.model());
        }
        StringBuilder b = new StringBuilder("isnr,prnr,part,out,rp,n_actors");
        for (String m : models) {
            b.append(",pred_").append(m).append(",err_").append(m);
        }
        b.append('\n');
        for (IssueRow row : r.rows()) {
            b.append(quote(row.issue())).append(',').append(quote(row.proposal())).append(',').append(row.part())
                    .append(',').append(Numbers.format(row.outcome())).append(',')
                    .append(row.referencePoint() == null ? "" : Numbers.format(row.referencePoint())).append(',')
                    .append(row.actors());
            for (String m : models) {
                Double p = row.predictions().get(m);
                Double e = row.errors().get(m);
                b.append(',').append(p == null ? "" : Numbers.format(p)).append(',')
                        .append(e == null ? "" : Numbers.format(e));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The split, one proposal per line in data order. */
    public static String split(ProposalSplit s, List<String> proposals) {
        StringBuilder b = new StringBuilder("prnr,part\n");
        for (String p : proposals) {
            b.append(quote(p)).append(',').append(s.inTrain(p) ? "train" : "test").append('\n');
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
