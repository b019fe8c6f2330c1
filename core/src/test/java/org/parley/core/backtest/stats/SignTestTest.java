package org.parley.core.backtest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignTestTest {

    @Test
    void matches_the_exact_binomial_tail() {
        // 2 * P(X <= 2), X ~ Bin(10, 1/2) = 2 * 56/1024 (R: binom.test(2, 10)$p.value = 0.109375)
        assertThat(SignTest.pValue(2, 8)).isCloseTo(0.109375, within(1e-12));
        assertThat(SignTest.pValue(8, 2)).isCloseTo(0.109375, within(1e-12));
        // binom.test(40, 100)$p.value = 0.05688793
        assertThat(SignTest.pValue(40, 60)).isCloseTo(0.05688793, within(1e-8));
        assertThat(SignTest.pValue(5, 5)).isEqualTo(1.0);
        assertThat(SignTest.pValue(0, 0)).isEqualTo(1.0);
        assertThat(SignTest.pValue(0, 12)).isCloseTo(2 * Math.pow(0.5, 12), within(1e-15));
    }

    @Test
    void refuses_negative_counts() {
        assertThatThrownBy(() -> SignTest.pValue(-1, 3)).hasMessage("wins -1, losses 3; expected counts >= 0");
    }
}
