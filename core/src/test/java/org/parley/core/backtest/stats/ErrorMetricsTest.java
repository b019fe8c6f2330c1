package org.parley.core.backtest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMetricsTest {

    @Test
    void computes_mae_median_rmse_and_inclusive_hit_rates() {
        ErrorMetrics m = ErrorMetrics.of(new double[] {0, 5, 10, 20, 40});
        assertThat(m.issues()).isEqualTo(5);
        assertThat(m.mae()).isEqualTo(15.0);
        assertThat(m.medianAe()).isEqualTo(10.0);
        assertThat(m.rmse()).isCloseTo(Math.sqrt((0 + 25 + 100 + 400 + 1600) / 5.0), within(1e-12));
        assertThat(List.of(m.within5(), m.within10(), m.within20())).containsExactly(2, 3, 4);
        assertThat(m.within20Share()).isEqualTo(0.8);
        assertThat(ErrorMetrics.of(new double[] {1, 3}).medianAe()).isEqualTo(2.0);
        assertThat(ErrorMetrics.of(new double[0]).issues()).isZero();
    }

    @Test
    void rmse_is_at_least_mae_hits_are_nested_and_the_median_splits_the_errors_in_half() {
        qt().withExamples(200).withFixedSeed(14).forAll(lists().of(doubles().between(0, 100)).ofSizeBetween(1, 60))
                .checkAssert(list -> {
                    double[] e = list.stream().mapToDouble(Double::doubleValue).toArray();
                    ErrorMetrics m = ErrorMetrics.of(e);
                    assertThat(m.rmse()).isGreaterThanOrEqualTo(m.mae() - 1e-9);
                    assertThat(m.within5()).isLessThanOrEqualTo(m.within10());
                    assertThat(m.within10()).isLessThanOrEqualTo(m.within20());
                    List<Double> sorted = list.stream().sorted().toList();
                    int n = sorted.size();
                    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
                    assertThat(m.medianAe()).isCloseTo(median, within(1e-12));
                    assertThat(2 * list.stream().filter(x -> x <= m.medianAe()).count()).isGreaterThanOrEqualTo(n);
                    assertThat(2 * list.stream().filter(x -> x >= m.medianAe()).count()).isGreaterThanOrEqualTo(n);
                });
    }
}
