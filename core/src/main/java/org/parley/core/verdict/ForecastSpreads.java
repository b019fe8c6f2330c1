package org.parley.core.verdict;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;

/**
 * Where the forecasting models agree: per issue, the lowest and highest forecast over every model (a forecast that
 * did not settle counts with both ends of its range), and their spread as a share of the issue's scale.
 */
final class ForecastSpreads {

    private ForecastSpreads() {
    }

    static List<IssueSpread> of(Scenario s, List<Forecast> forecasts, double agreement) {
        List<IssueSpread> out = new ArrayList<>();
        for (Issue issue : s.issues()) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            String lowModel = null;
            String highModel = null;
            List<String> unsettled = new ArrayList<>();
            for (Forecast f : forecasts) {
                Double x = f.forecast().get(issue.id());
                if (x == null) {
                    continue;
                }
                double lo = x;
                double hi = x;
                IssueConvergence c = f.convergence() == null ? null : f.convergence().issues().get(issue.id());
                if (c != null && !c.point()) {
                    lo = Math.min(x, c.low());
                    hi = Math.max(x, c.high());
                    unsettled.add(f.model());
                }
                if (lo < low) {
                    low = lo;
                    lowModel = f.model();
                }
                if (hi > high) {
                    high = hi;
                    highModel = f.model();
                }
            }
            if (lowModel == null) {
                continue;
            }
            double spread = (high - low) / issue.scale().range();
            out.add(new IssueSpread(issue.id(), low, lowModel, high, highModel, spread, spread <= agreement,
                    unsettled));
        }
        return out;
    }
}
