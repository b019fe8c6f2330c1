package org.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Distribution;

class MarginalTest {

    @Test
    void uniform_and_a_point_map_u_linearly_and_exactly() {
        Marginal m = Marginal.of(Distribution.uniform(40, 50), 0, 100);
        assertThat(m.quantile(0)).isEqualTo(40);
        assertThat(m.quantile(0.25)).isEqualTo(42.5);
        assertThat(Marginal.of(Distribution.point(37.4), 0, 100).quantile(0.731)).isEqualTo(37.4);
    }

    @Test
    void triangular_quantiles_invert_its_cdf() {
        Marginal m = Marginal.of(Distribution.triangular(0, 2, 10), 0, 100);
        // F(x) = x^2 / 20 below the mode, 1 - (10 - x)^2 / 80 above
        assertThat(m.quantile(0.2)).isCloseTo(2, within(1e-12));
        assertThat(m.quantile(0.05)).isCloseTo(1, within(1e-12));
        assertThat(m.quantile(1 - 25.0 / 80)).isCloseTo(5, within(1e-12));
    }

    @Test
    void truncated_normal_quantiles_stay_in_the_window_and_follow_the_cdf() {
        Marginal m = Marginal.of(Distribution.normal(0.01, 0.01, 0, 0.05), 0, 1);
        NormalDistribution n = new NormalDistribution(0.01, 0.01);
        double pa = n.cumulativeProbability(0);
        double pb = n.cumulativeProbability(0.05);
        for (double u : new double[] {0.0, 0.1, 0.5, 0.9, 0.999999}) {
            double x = m.quantile(u);
            assertThat(x).isBetween(0.0, 0.05);
            assertThat((n.cumulativeProbability(x) - pa) / (pb - pa)).isCloseTo(u, within(1e-9));
        }
        assertThat(Marginal.of(new Distribution(Distribution.Shape.NORMAL, null, null, null, 50.0, 5.0, null, null),
                0, 100).quantile(0.5)).isCloseTo(50, within(1e-9));
    }

    @Test
    void discrete_values_take_their_share_of_u() {
        Marginal m = Marginal.of(Distribution.discrete(List.of(12.0, 20.0, 40.0), List.of(1.0, 2.0, 1.0)), 0, 100);
        assertThat(m.quantile(0.2)).isEqualTo(12);
        assertThat(m.quantile(0.3)).isEqualTo(20);
        assertThat(m.quantile(0.74)).isEqualTo(20);
        assertThat(m.quantile(0.76)).isEqualTo(40);
        assertThat(m.low()).isEqualTo(12);
        assertThat(m.high()).isEqualTo(40);
    }
}
