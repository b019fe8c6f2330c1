package org.parley.core.forecast.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The small unit cases of exchange.md Section 5: outcomes, denominators, exchange ratio and reverse move. */
class CompromiseTest {

    private static ExchangeInput oneIssue(double... x) {
        double[][] pos = new double[x.length][];
        double[][] sal = new double[x.length][];
        double[] cap = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            pos[i] = new double[] {x[i]};
            sal[i] = new double[] {100};
            cap[i] = 1;
        }
        return ExchangeInput.of(ExchangeTestData.scenario(pos, sal, cap));
    }

    private static double outcome(double... x) {
        ExchangeInput in = oneIssue(x);
        return Compromise.outcome(in, 0, x);
    }

    @Test
    void outcomes_of_three_and_two_actors_with_unit_weights() {
        assertThat(outcome(0, 100, 100)).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(outcome(0, 100)).isEqualTo(50.0);
        assertThat(outcome(100, 100, 100)).as("first actor moved to 100").isEqualTo(100.0);
        assertThat(outcome(0, 0, 100)).as("second actor moved to 0").isCloseTo(100.0 / 3, within(1e-12));
    }

    @Test
    void denominator_is_the_sum_of_capability_times_salience() {
        assertThat(Compromise.denominator(oneIssue(0, 100, 100), 0)).isEqualTo(3.0);
    }

    @Test
    void reverse_move_inverts_the_exchange_ratio() {
        assertThat(Compromise.reverseMove(1, 1, 1, 3)).isEqualTo(3.0);
        assertThat(Compromise.shift(-3, 1, 1, 3)).isEqualTo(1.0);
        assertThat(Compromise.reverseMove(Compromise.shift(61.0512, 0.9, 0.95, 5.025), 0.9, 0.95, 5.025))
                .isCloseTo(61.0512, within(1e-12));
    }

    @Test
    void no_weight_gives_outcome_zero() {
        ExchangeInput silent = ExchangeInput.of(ExchangeTestData.scenario(new double[][] {{40}, {60}},
                new double[][] {{0}, {0}}, new double[] {1, 2}));
        assertThat(Compromise.denominator(silent, 0)).isZero();
        assertThat(Compromise.outcome(silent, 0, new double[] {40, 60})).isEqualTo(0.0);
    }

    @Test
    void next_round_start_positions() {
        ExchangeSettings s = ExchangeSettings.defaults();
        assertThat(s.nextStart(0, 100, 1)).isCloseTo(10.0, within(1e-12));
        assertThat(s.nextStart(100, 0, 1)).isCloseTo(90.0, within(1e-12));
        assertThat(s.nextStart(25, 100, 0.6)).isCloseTo(44.5, within(1e-12));
    }
}
