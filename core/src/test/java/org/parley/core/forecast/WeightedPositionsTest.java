package org.parley.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WeightedPositionsTest {

    @Test
    void the_median_is_the_first_position_whose_cumulative_weight_reaches_half() {
        assertThat(WeightedPositions.median(new double[] {10, 0, 5}, new double[] {1, 1, 3})).isEqualTo(5.0);
        assertThat(WeightedPositions.median(new double[] {0, 100}, new double[] {1, 1})).isEqualTo(0.0);
        assertThat(WeightedPositions.median(new double[] {0, 100}, new double[] {1, 1.0000001})).isEqualTo(100.0);
    }

    @Test
    void tied_positions_pool_their_weight() {
        assertThat(WeightedPositions.median(new double[] {3, 7, 3, 9}, new double[] {1, 2, 1, 0.5})).isEqualTo(7.0);
    }

    @Test
    void the_mean_of_a_prefix_reads_only_the_first_n_entries() {
        // the emission case's initial positions and c*s weights, then scratch entries beyond n
        double[] x = {4, 7, 4, 4, 10, 10, 7, 4, 10, 7, 99, -5};
        double[] w = {0.08 * 0.8, 0.08 * 0.4, 0.03 * 0.2, 0.16 * 0.8, 0.16 * 0.1, 0.16 * 0.4, 0.03 * 0.6,
            0.16 * 0.8, 0.1 * 0.1, 0.03 * 0.6, 5, 5};
        assertThat(WeightedPositions.mean(x, w, 10)).isEqualTo(WeightedPositions.mean(
                java.util.Arrays.copyOf(x, 10), java.util.Arrays.copyOf(w, 10)));
        assertThat(WeightedPositions.mean(x, w, 0)).isNaN();
        assertThat(WeightedPositions.mean(new double[] {0, 100, 100}, new double[] {1, 1, 1}, 3))
                .isEqualTo(WeightedPositions.mean(new double[] {100, 0, 100}, new double[] {1, 1, 1}, 3));
    }

    @Test
    void zero_total_weight_gives_nan_not_a_number_pretending() {
        assertThat(WeightedPositions.mean(new double[] {1}, new double[] {0})).isNaN();
        assertThat(WeightedPositions.median(new double[] {1}, new double[] {0})).isNaN();
    }

    private static Gen<List<Integer>> ints(int max) {
        return lists().of(integers().between(0, max)).ofSizeBetween(1, 12);
    }

    @Test
    void the_median_minimises_the_weighted_absolute_deviation() {
        qt().withFixedSeed(7).forAll(ints(100), ints(20)).checkAssert((xs, ws) -> {
            int n = Math.min(xs.size(), ws.size());
            double[] x = new double[n];
            double[] w = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = xs.get(k);
                w[k] = ws.get(k) + 1;
            }
            double m = WeightedPositions.median(x, w);
            double cost = cost(x, w, m);
            for (double candidate : x) {
                assertThat(cost).isLessThanOrEqualTo(cost(x, w, candidate) + 1e-9);
            }
            assertThat(x).contains(m);
        });
    }

    @Test
    void the_mean_balances_the_weighted_deviations_and_stays_in_range() {
        qt().withFixedSeed(11).forAll(lists().of(doubles().between(-50, 50)).ofSizeBetween(1, 10), ints(9))
                .checkAssert((xs, ws) -> {
                    int n = Math.min(xs.size(), ws.size());
                    double[] x = xs.stream().limit(n).mapToDouble(Double::doubleValue).toArray();
                    double[] w = ws.stream().limit(n).mapToDouble(v -> v + 0.5).toArray();
                    double mean = WeightedPositions.mean(x, w);
                    double balance = 0;
                    for (int k = 0; k < n; k++) {
                        balance += w[k] * (x[k] - mean);
                    }
                    assertThat(balance).isCloseTo(0.0, within(1e-8));
                    assertThat(mean).isBetween(java.util.Arrays.stream(x).min().getAsDouble() - 1e-9,
                            java.util.Arrays.stream(x).max().getAsDouble() + 1e-9);
                });
    }

    private static double cost(double[] x, double[] w, double m) {
        double c = 0;
        for (int k = 0; k < x.length; k++) {
            c += w[k] * Math.abs(x[k] - m);
        }
        return c;
    }
}
