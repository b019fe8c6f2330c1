package org.parley.core.phasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Phasing;
import org.parley.core.scenario.PowerPath;
import org.parley.core.scenario.PowerPoint;
import org.parley.core.scenario.Punishment;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/** Powell's commitment-problem condition, tested as Section 6 (test 1) of the phasing spec asks. */
class PowerShiftTest {

    /** War at t against the best credible peace, both as value sums over 3,000 periods. */
    @Test
    void the_sign_of_the_slack_matches_war_against_peace_by_direct_sums() {
        qt().withExamples(500).withFixedSeed(5).forAll(doubles().between(0, 1), doubles().between(0, 1),
                doubles().between(0, 0.5), doubles().between(0.05, 0.99)).checkAssert((p0, p1, cost, delta) -> {
                    double war0 = 0;
                    double war1 = 0;
                    double w = 1;
                    for (int k = 0; k < 3000; k++) {
                        war0 += w * (p0 - cost);
                        war1 += w * (p1 - cost);
                        w *= delta;
                    }
                    double peace = 1 + delta * war1;
                    double sigma = PowerShift.slack(new double[] {p0, p1}, new double[] {delta}, cost)[0];
                    if (Math.abs(war0 - peace) > 1e-6) {
                        assertThat(sigma < 0).isEqualTo(war0 > peace);
                    }
                    assertThat((war0 - peace) * (1 - delta)).isCloseTo(-sigma, within(1e-9));
                });
    }

    @Test
    void a_step_that_falls_too_far_is_flagged_at_exactly_that_step() {
        // delta 0.9, c 0.05: the largest safe fall from p = 0.6 is 0.1 * 0.45 / 0.9 = 0.05
        List<PowerPoint> path = List.of(new PowerPoint(2024, 0.6), new PowerPoint(2025, 0.58),
                new PowerPoint(2026, 0.5), new PowerPoint(2027, 0.49));
        PowerShiftCheck c = PowerShift.check(scenario(path, 0.9, 0.05));
        assertThat(c.warRisks()).containsExactly(1);
        assertThat(c.binding()).isEqualTo(1);
        assertThat(c.steps().get(0).largestSafeDrop()).isCloseTo(0.05, within(1e-12));
        assertThat(c.steps().get(1).slack()).isCloseTo(0.1 * (1 - 0.58 + 0.05) - 0.9 * 0.08, within(1e-12));
        assertThat(c.steps().get(0).warRisk()).isFalse();
        assertThat(c.steps().get(2).warRisk()).isFalse();
    }

    @Test
    void a_step_of_several_years_discounts_by_delta_to_its_length() {
        List<PowerPoint> path = List.of(new PowerPoint(2024, 0.6), new PowerPoint(2034, 0.3));
        PowerShiftCheck c = PowerShift.check(scenario(path, 0.9, 0.05));
        double d10 = Math.pow(0.9, 10);
        assertThat(c.steps().get(0).discount()).isCloseTo(d10, within(1e-15));
        assertThat(c.steps().get(0).slack()).isCloseTo((1 - d10) * 0.45 - d10 * 0.3, within(1e-12));
        assertThat(c.peaceful()).isTrue();
    }

    @Test
    void a_rising_side_is_never_at_risk() {
        qt().withExamples(200).withFixedSeed(6).forAll(doubles().between(0, 1), doubles().between(0, 1),
                doubles().between(0.01, 0.99)).checkAssert((p, rise, delta) -> {
                    double p1 = p + (1 - p) * rise;
                    assertThat(PowerShift.slack(new double[] {p, p1}, new double[] {delta}, 0)[0])
                            .isGreaterThanOrEqualTo(-1e-15);
                });
    }

    private static Scenario scenario(List<PowerPoint> path, double delta, double cost) {
        Issue x = Issue.of("X", Scale.PERCENT);
        Actor a = new Actor("A", null, 1, null, false, java.util.Map.of("X", Stance.of(0, 50)), null, null,
                List.of(), delta, null);
        Actor b = Actor.of("B", 1, java.util.Map.of("X", Stance.of(100, 50)));
        return new Scenario("powell", null, null, null, List.of(), List.of(x), List.of(a, b), List.of(),
                new Phasing(2024.0, 2049.0, Punishment.FREEZE, new PowerPath("A", cost, path, null), null));
    }
}
