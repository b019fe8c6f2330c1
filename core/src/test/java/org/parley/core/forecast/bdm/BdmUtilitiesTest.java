package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BdmUtilitiesTest {

    private static final double EPS = 1e-12;

    @Test
    void risk_neutral_utilities_are_linear_in_distance() {
        // r = 1: U_s = 2 - 4 (0.5 - 0.5 d) = 2d, U_f = -2d, U_sq = 0
        assertThat(BdmUtilities.success(0.5, 1)).isCloseTo(1.0, within(EPS));
        assertThat(BdmUtilities.failure(0.5, 1)).isCloseTo(-1.0, within(EPS));
        assertThat(BdmUtilities.success(1, 1)).isCloseTo(2.0, within(EPS));
        assertThat(BdmUtilities.failure(1, 1)).isCloseTo(-2.0, within(EPS));
        assertThat(BdmUtilities.statusQuo(1)).isZero();
    }

    @Test
    void risk_exponent_bends_the_utilities() {
        // r = 2: U_s(0.5) = 2 - 4 * 0.25^2 = 1.75, U_f(0.5) = 2 - 4 * 0.75^2 = -0.25, U_sq = 2 - 4 * 0.25 = 1
        assertThat(BdmUtilities.success(0.5, 2)).isCloseTo(1.75, within(EPS));
        assertThat(BdmUtilities.failure(0.5, 2)).isCloseTo(-0.25, within(EPS));
        assertThat(BdmUtilities.statusQuo(2)).isCloseTo(1.0, within(EPS));
        // r = 0.5: U_sq = 2 - 4 sqrt(0.5) = 2 - 2 sqrt(2)
        assertThat(BdmUtilities.statusQuo(0.5)).isCloseTo(2 - 2 * Math.sqrt(2), within(EPS));
    }

    @Test
    void better_and_worse_use_the_mean_of_the_two_distances() {
        // dMu = d = 0.2, r = 1: U_b = 2 - 4 (0.5 - 0.1) = 0.4, U_w = 2 - 4 (0.5 + 0.1) = -0.4
        assertThat(BdmUtilities.better(0.2, 0.2, 1)).isCloseTo(0.4, within(EPS));
        assertThat(BdmUtilities.worse(0.2, 0.2, 1)).isCloseTo(-0.4, within(EPS));
        // r = 2: U_b = 2 - 4 * 0.4^2 = 1.36
        assertThat(BdmUtilities.better(0.2, 0.2, 2)).isCloseTo(1.36, within(EPS));
    }

    @Test
    void risk_power_is_exact_at_r_1_and_never_nan() {
        assertThat(BdmUtilities.riskPower(0.3, 1)).isEqualTo(0.3);
        assertThat(BdmUtilities.riskPower(0.25, 0.5)).isCloseTo(0.5, within(EPS));
        assertThat(BdmUtilities.riskPower(-1e-17, 0.75)).isZero();
        assertThat(BdmUtilities.riskPower(0, 2)).isZero();
        assertThat(BdmUtilities.success(1 + 1e-15, 0.75)).isEqualTo(2.0);
    }
}
