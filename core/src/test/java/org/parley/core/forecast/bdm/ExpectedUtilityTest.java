package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExpectedUtilityTest {

    private static final double EPS = 1e-12;

    @Test
    void challenge_weighs_resistance_by_the_leading_salience() {
        // s = 0.5, P = 0.25, U_s = 1, U_f = -1, no challenge 0:
        // 0.5 (0.25 - 0.75) + 0.5 * 1 = 0.25
        assertThat(ExpectedUtility.challenge(0.5, 0.25, 1, -1, 0)).isCloseTo(0.25, within(EPS));
        // a target that does not care (s = 0) gives in: E = U_s - U_sq
        assertThat(ExpectedUtility.challenge(0, 0.1, 0.8, -0.8, 0.3)).isCloseTo(0.5, within(EPS));
        // a target that cares fully (s = 1) fights: E = P U_s + (1 - P) U_f - U_sq
        assertThat(ExpectedUtility.challenge(1, 0.1, 0.8, -0.8, 0.3)).isCloseTo(0.08 - 0.72 - 0.3, within(EPS));
    }

    @Test
    void no_challenge_is_the_status_quo_when_q_is_1() {
        assertThat(ExpectedUtility.noChallenge(1, 0, 0.2, 0.4, -0.4)).isEqualTo(0.2);
        // Q = 0.5: 0.5 * 0.2 + 0.5 * (T U_b + (1 - T) U_w)
        assertThat(ExpectedUtility.noChallenge(0.5, 1, 0.2, 0.4, -0.4)).isCloseTo(0.3, within(EPS));
        assertThat(ExpectedUtility.noChallenge(0.5, 0, 0.2, 0.4, -0.4)).isCloseTo(-0.1, within(EPS));
    }

    @Test
    void t_is_1_when_the_median_is_closer_than_the_partner() {
        assertThat(ExpectedUtility.tRule(5, 9, 6)).isEqualTo(1.0);
        assertThat(ExpectedUtility.tRule(5, 6, 9)).isEqualTo(0.0);
        assertThat(ExpectedUtility.tRule(5, 7, 7)).isEqualTo(0.0);
    }
}
