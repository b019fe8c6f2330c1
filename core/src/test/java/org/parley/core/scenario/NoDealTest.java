package org.parley.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class NoDealTest {

    /** The expectation the closed form sums, period by period: P(struck by period t) weighted by delta^t. */
    private static double bySimulationOfPeriods(double h, double delta, int horizon) {
        double num = 0;
        double den = 0;
        for (int t = 0; t < horizon; t++) {
            double w = Math.pow(delta, t);
            num += w * (1 - Math.pow(1 - h, t + 1));
            den += w;
        }
        return num / den;
    }

    @Test
    void the_closed_form_exposure_equals_the_period_by_period_sum() {
        qt().withFixedSeed(13).forAll(doubles().between(0, 1), doubles().between(0.01, 1), integers().between(1, 60))
                .checkAssert((h, delta, horizon) -> assertThat(NoDeal.exposure(h, delta, horizon))
                        .isCloseTo(bySimulationOfPeriods(h, delta, horizon), within(1e-10)));
    }

    @Test
    void no_hazard_costs_nothing_and_a_certain_catastrophe_costs_the_whole_loss() {
        assertThat(NoDeal.exposure(0, 0.9, 10)).isZero();
        assertThat(NoDeal.exposure(1, 0.9, 10)).isEqualTo(1);
        assertThat(NoDeal.exposure(0.5, 1, 1)).isCloseTo(0.5, within(1e-15));
        // undiscounted, two periods: (h + (1 - (1-h)^2)) / 2
        assertThat(NoDeal.exposure(0.1, 1, 2)).isCloseTo((0.1 + 0.19) / 2, within(1e-15));
    }

    @Test
    void the_reservation_value_falls_with_the_hazard_by_the_loss_times_the_exposure() {
        double r = NoDeal.value(60, new double[] {30, 10}, new double[] {0.02, 0.05}, 0.9, 10);
        assertThat(r).isCloseTo(60 - 30 * NoDeal.exposure(0.02, 0.9, 10) - 10 * NoDeal.exposure(0.05, 0.9, 10),
                within(1e-12));
        // the same expectation summed period by period, independent of the closed form: 55.3142750...
        assertThat(r).isCloseTo(60 - 30 * bySimulationOfPeriods(0.02, 0.9, 10) - 10 * bySimulationOfPeriods(0.05, 0.9,
                10), within(1e-12));
    }
}
