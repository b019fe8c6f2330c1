package org.parley.core.verdict;

import java.util.List;

/**
 * How far the forecasting models disagree on one issue: the lowest and highest forecast (the ends of a range for a
 * forecast that did not settle) and the models that give them, the spread as a share of the issue's scale, whether
 * the models agree (spread at most the stated tolerance), and the models whose forecast did not settle.
 */
public record IssueSpread(String issue, double low, String lowModel, double high, String highModel, double spread,
                          boolean agree, List<String> unsettled) {

    public IssueSpread {
        unsettled = List.copyOf(unsettled);
    }
}
