package org.parley.core.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.parley.core.Fixtures;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;

class SpatialUtilityTest {

    private final Scenario linear = Fixtures.small(Loss.LINEAR);

    @Test
    void linear_loss_weights_each_issue_by_normalised_salience_on_its_own_scale() {
        SpatialUtility u = SpatialUtility.of(linear);
        // X: ideal A=0 (s 30), B=10 of 0..10 (s 10): weights 0.75 / 0.25; p1 = (20, 8) -> distances 20 and 20 points
        assertThat(u.utility(0, new double[] {20, 8})).isCloseTo(80.0, within(1e-12));
        assertThat(u.utility(0, new double[] {90, 0})).isCloseTo(7.5, within(1e-12));
    }

    @Test
    void an_issue_without_a_stance_does_not_count() {
        SpatialUtility u = SpatialUtility.of(linear);
        // Y cares only about A (ideal 100), whatever B is
        assertThat(u.utility(1, new double[] {20, 0})).isCloseTo(20.0, within(1e-12));
        assertThat(u.utility(1, new double[] {20, 10})).isCloseTo(20.0, within(1e-12));
    }

    @Test
    void quadratic_loss_squares_the_distances_in_points() {
        SpatialUtility u = SpatialUtility.of(Fixtures.small(Loss.QUADRATIC));
        assertThat(u.utility(0, new double[] {20, 8})).isCloseTo(96.0, within(1e-12));
        assertThat(u.utility(0, new double[] {90, 0})).isCloseTo(14.25, within(1e-12));
    }

    @Test
    void the_ideal_point_is_worth_100_and_the_far_corner_0() {
        SpatialUtility u = SpatialUtility.of(linear);
        assertThat(u.utility(2, new double[] {50, 5})).isEqualTo(100.0);
        assertThat(u.utility(0, new double[] {100, 0})).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void utilities_fills_every_actor_in_order() {
        double[] out = new double[3];
        SpatialUtility.of(linear).utilities(new double[] {20, 8}, out);
        assertThat(out).containsExactly(new double[] {80, 20, 70}, within(1e-12));
    }

    @Test
    void a_package_leaving_an_issue_out_falls_back_to_the_status_quo() {
        Scenario s = linear.withPackages(java.util.List.of(Fixtures.pkg("p", "B", 3)));
        assertThat(Outcomes.of(s, s.packages().get(0))).containsExactly(50, 3);
        assertThat(Outcomes.hasStatusQuo(s)).isFalse();
    }
}
