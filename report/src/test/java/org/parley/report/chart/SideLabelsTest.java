package org.parley.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** End-of-line labels: stacked without overlap inside the edge whenever they fit, in the order of their lines. */
class SideLabelsTest {

    @Test
    void stacked_labels_never_overlap_keep_their_order_and_fit_whenever_they_can() {
        qt().withExamples(300).withFixedSeed(23).forAll(longs().all(), integers().between(1, 16))
                .checkAssert((seed, n) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[] wanted = new double[n];
                    double[] heights = new double[n];
                    double total = 0;
                    for (int i = 0; i < n; i++) {
                        wanted[i] = r.nextBoolean() ? 100 : 20 + r.nextDouble() * 160;
                        heights[i] = 12 * (1 + r.nextInt(3));
                        total += heights[i] + 1;
                    }
                    double[] top = SideLabels.stack(wanted, heights, 1, 10, 190);
                    if (total - 1 <= 180) {
                        assertThat(top).as("fits in 180 px").isNotNull();
                    }
                    if (top == null) {
                        return;
                    }
                    for (int i = 0; i < n; i++) {
                        assertThat(top[i]).isGreaterThanOrEqualTo(10 - 1e-9);
                        assertThat(top[i] + heights[i]).isLessThanOrEqualTo(190 + 1e-9);
                        for (int j = 0; j < n; j++) {
                            if (i != j && wanted[i] < wanted[j]) {
                                assertThat(top[i] + heights[i] + 1).isLessThanOrEqualTo(top[j] + 1e-9);
                            }
                        }
                    }
                });
    }

    @Test
    void labels_that_cannot_fit_are_refused() {
        assertThat(SideLabels.stack(new double[] {50, 50, 50}, new double[] {40, 40, 40}, 1, 0, 100)).isNull();
        assertThat(SideLabels.stack(new double[] {50}, new double[] {12}, 1, 0, 100)).containsExactly(44.0);
    }
}
