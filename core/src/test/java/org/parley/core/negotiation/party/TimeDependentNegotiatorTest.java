package org.parley.core.negotiation.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeDependentNegotiatorTest {

    @Test
    void target_is_one_minus_t_to_the_one_over_e_on_the_unit_range() {
        assertThat(TimeDependentNegotiator.target(0.2, 0, 0, 1, 0.5)).isCloseTo(1 - 0.03125, within(1e-15));
        assertThat(TimeDependentNegotiator.target(1, 0, 0, 1, 0.37)).isCloseTo(0.63, within(1e-15));
        assertThat(TimeDependentNegotiator.target(2, 0, 0, 1, 0.25)).isCloseTo(0.5, within(1e-15));
        assertThat(TimeDependentNegotiator.target(0, 0, 0, 1, 0.99)).isEqualTo(1.0);
        assertThat(TimeDependentNegotiator.target(2, 0, 0, 1, 0)).isEqualTo(1.0);
        assertThat(TimeDependentNegotiator.target(2, 0, 0, 1, 1)).isEqualTo(0.0);
    }

    @Test
    void the_generalised_target_maps_into_the_reservation_to_best_range_with_an_initial_concession() {
        // P_min 0.3, P_max 0.9, k 0.1, worked by hand:
        // conceder (e = 2) at t = 0.64: f = 0.1 + 0.9 * sqrt(0.64) = 0.1 + 0.72 = 0.82; 0.3 + 0.6 * 0.18 = 0.408
        assertThat(TimeDependentNegotiator.target(2, 0.1, 0.3, 0.9, 0.64)).isCloseTo(0.408, within(1e-15));
        // Boulware (e = 0.2) at t = 0.5: f = 0.1 + 0.9 * 0.5^5 = 0.128125; 0.3 + 0.6 * 0.871875 = 0.823125
        assertThat(TimeDependentNegotiator.target(0.2, 0.1, 0.3, 0.9, 0.5)).isCloseTo(0.823125, within(1e-15));
        // hardliner (e = 0): f = k at any time; 0.3 + 0.6 * 0.9 = 0.84
        assertThat(TimeDependentNegotiator.target(0, 0.1, 0.3, 0.9, 0.5)).isCloseTo(0.84, within(1e-15));
        // linear (e = 1, k = 0) at the deadline: f = 1, the target is P_min
        assertThat(TimeDependentNegotiator.target(1, 0, 0.3, 0.9, 1)).isCloseTo(0.3, within(1e-15));
    }
}
