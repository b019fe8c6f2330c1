package org.parley.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void interpolates_like_r_type_7() {
        double[] x = {1, 2, 3, 4, 10};
        // R: quantile(c(1,2,3,4,10), c(0.025, 0.5, 0.975)) = 1.1, 3, 9.4
        assertThat(Quantiles.type7(x, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(Quantiles.type7(x, 0.5)).isEqualTo(3.0);
        assertThat(Quantiles.type7(x, 0.975)).isCloseTo(9.4, within(1e-12));
        assertThat(Quantiles.type7(x, 0)).isEqualTo(1.0);
        assertThat(Quantiles.type7(x, 1)).isEqualTo(10.0);
        assertThat(Quantiles.type7(new double[] {7}, 0.3)).isEqualTo(7.0);
    }

    @Test
    void equal_infinite_order_statistics_give_themselves_not_nan() {
        double inf = Double.POSITIVE_INFINITY;
        double[] x = {1, inf, inf};
        assertThat(Quantiles.type7(x, 0.75)).isEqualTo(inf);
        assertThat(Quantiles.type7(x, 1)).isEqualTo(inf);
        assertThat(Quantiles.type7(new double[] {-inf, -inf, 0}, 0.25)).isEqualTo(-inf);
    }

    @Test
    void refuses_empty_samples_and_bad_levels() {
        assertThatThrownBy(() -> Quantiles.type7(new double[0], 0.5))
                .hasMessage("quantile 0.5 of 0 values; expected p in [0, 1] and at least one value");
        assertThatThrownBy(() -> Quantiles.type7(new double[] {1}, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
