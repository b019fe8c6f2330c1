package org.parley.core.backtest;

import java.util.List;
import java.util.Map;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastRound;

/**
 * Whether a forecast settled on an issue: until forecasts carry their own convergence status, a forecast counts as
 * not settled when any actor's position on the issue moved by more than {@value #TOLERANCE} of the scale between
 * its last two rounds. One-round forecasts (compromise, median) always settle.
 */
public final class Settlement {

    /** The largest move between the last two rounds, as a share of the scale, that still counts as settled. */
    public static final double TOLERANCE = 1e-6;

    private Settlement() {
    }

    /** Whether {@code f} settled on {@code issue}, whose scale has width {@code range}. */
    public static boolean settled(Forecast f, String issue, double range) {
        List<ForecastRound> rounds = f.rounds();
        if (rounds.size() < 2) {
            return true;
        }
        Map<String, Map<String, Double>> last = rounds.get(rounds.size() - 1).positions();
        Map<String, Map<String, Double>> before = rounds.get(rounds.size() - 2).positions();
        for (Map.Entry<String, Map<String, Double>> e : last.entrySet()) {
            Double x = e.getValue().get(issue);
            Map<String, Double> prev = before.get(e.getKey());
            Double y = prev == null ? null : prev.get(issue);
            if (x != null && y != null && Math.abs(x - y) > TOLERANCE * range) {
                return false;
            }
        }
        return true;
    }
}
