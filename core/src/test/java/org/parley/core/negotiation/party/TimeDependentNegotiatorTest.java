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
        double pMin = 0.3;
        double pMax = 0.9;
        double k = 0.1;
        double t = 0.64;
        double f = k + (1 - k) * Math.sqrt(t);
        assertThat(TimeDependentNegotiator.target(2, k, pMin, pMax, t)).isCloseTo(pMin + (pMax - pMin) * (1 - f),
                within(1e-15));
        assertThat(TimeDependentNegotiator.target(0, k, pMin, pMax, 0.5)).isCloseTo(pMin + (pMax - pMin) * 0.9,
                within(1e-15));
        assertThat(TimeDependentNegotiator.target(1, 0, pMin, pMax, 1)).isCloseTo(pMin, within(1e-15));
    }
}
