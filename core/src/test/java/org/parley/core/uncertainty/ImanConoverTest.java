package org.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.InvalidScenarioException;

class ImanConoverTest {

    private static double[][] independent(int k, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] c = new double[k][n];
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < n; j++) {
                c[a][j] = a == 1 ? Math.exp(r.nextDouble()) : r.nextDouble() * 10;
            }
        }
        return c;
    }

    @Test
    void target_rank_correlations_are_met_and_the_marginal_draws_kept() {
        double[][] cols = independent(3, 5000, 1);
        double[][] before = {cols[0].clone(), cols[1].clone(), cols[2].clone()};
        double[][] target = {{1, 0.7, 0}, {0.7, 1, -0.4}, {0, -0.4, 1}};
        ImanConover.impose(cols, target, 99);
        assertThat(SobolEstimator.spearman(cols[0], cols[1])).isCloseTo(0.7, within(0.03));
        assertThat(SobolEstimator.spearman(cols[1], cols[2])).isCloseTo(-0.4, within(0.03));
        assertThat(SobolEstimator.spearman(cols[0], cols[2])).isCloseTo(0, within(0.05));
        for (int a = 0; a < 3; a++) {
            double[] x = cols[a].clone();
            double[] y = before[a];
            Arrays.sort(x);
            Arrays.sort(y);
            assertThat(x).containsExactly(y);
        }
    }

    @Test
    void inconsistent_correlations_are_refused_in_words() {
        double[][] target = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};
        assertThatThrownBy(() -> ImanConover.impose(independent(3, 500, 2), target, 1))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("uncertainty.correlations: the rank correlations cannot hold together");
    }
}
