package org.parley.core.backtest.stats;

import java.util.Arrays;
import org.parley.core.stats.Quantiles;

/**
 * The accuracy of a model's point forecasts on n issues, from the absolute errors {@code e_i = |pred_i - out_i|}
 * (docs/backtest.md): MAE = mean e_i, median AE, RMSE = sqrt(mean e_i^2), and the hits within 5, 10 and 20
 * points ({@code e_i <= 5}, inclusive) as counts and shares.
 */
public record ErrorMetrics(int issues, double mae, double medianAe, double rmse, int within5, int within10,
                           int within20, double within5Share, double within10Share, double within20Share) {

    /** The metrics of the absolute errors {@code e} (none NaN); all zero for no issues. O(n log n). */
    public static ErrorMetrics of(double[] e) {
        int n = e.length;
        if (n == 0) {
            return new ErrorMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        double sum = 0;
        double squares = 0;
        int w5 = 0;
        int w10 = 0;
        int w20 = 0;
        for (double x : e) {
            sum += x;
            squares += x * x;
            w5 += x <= 5 ? 1 : 0;
            w10 += x <= 10 ? 1 : 0;
            w20 += x <= 20 ? 1 : 0;
        }
        double[] sorted = e.clone();
        Arrays.sort(sorted);
        return new ErrorMetrics(n, sum / n, Quantiles.type7(sorted, 0.5), Math.sqrt(squares / n), w5, w10, w20, (double) w5 / n,
                (double) w10 / n, (double) w20 / n);
    }
}
