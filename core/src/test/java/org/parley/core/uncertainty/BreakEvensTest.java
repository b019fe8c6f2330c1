package org.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.PackageReview;
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.Uncertainty;

class BreakEvensTest {

    /** The verdict as PackageReview gives it on the scenario with one input changed: no veto party rejects. */
    private static boolean reviewed(Scenario s, String pkg, String path, double value) {
        ScenarioInputs in = ScenarioInputs.of(s);
        double[] x = in.central();
        x[in.find(path).orElseThrow()] = value;
        Scenario changed = in.apply(x);
        return PackageReview.of(changed).verdict(pkg).rejectedBy().stream()
                .noneMatch(List.of("UP", "DOWN", "MID")::contains);
    }

    private static void checkFlips(Scenario s, String... methods) {
        Sensitivity sens = SensitivityAnalysis.run(s, Uncertainty.spread(0.3), SensitivityOptions.defaults("compromise"),
                BatchRunner.sequential(), n -> { }, false);
        assertThat(sens.breakEvens()).extracting(Sensitivity.BreakEven::method).contains(methods);
        for (Sensitivity.BreakEven be : sens.breakEvens()) {
            boolean central = reviewed(s, be.packageId(), be.input(), be.central());
            assertThat(central).as(be.toString()).isEqualTo(be.centralAccepted());
            for (Double at : new Double[] {be.below(), be.above()}) {
                if (at == null) {
                    continue;
                }
                assertThat(reviewed(s, be.packageId(), be.input(), at)).as("at " + be).isNotEqualTo(central);
                double justBefore = at > be.central() ? Math.nextDown(at) : Math.nextUp(at);
                assertThat(reviewed(s, be.packageId(), be.input(), justBefore)).as("just before " + be).isEqualTo(central);
                for (int k = 0; k < 50; k++) {
                    double between = be.central() + (at - be.central()) * k / 50.0;
                    assertThat(reviewed(s, be.packageId(), be.input(), between)).as(between + " before " + be)
                            .isEqualTo(central);
                }
            }
        }
    }

    @Test
    void every_break_even_flips_the_verdict_when_applied_and_no_value_before_it_does() {
        checkFlips(Fixtures.river(Loss.LINEAR), "exact", "root finding");
    }

    @Test
    void break_evens_hold_under_quadratic_loss_too() {
        checkFlips(Fixtures.river(Loss.QUADRATIC), "exact");
    }

    @Test
    void a_reservation_breaks_even_at_the_utility_of_the_package() {
        Scenario s = Fixtures.river(Loss.LINEAR);
        Sensitivity sens = SensitivityAnalysis.run(s, Uncertainty.spread(0.1), SensitivityOptions.defaults("compromise"),
                BatchRunner.sequential(), n -> { }, false);
        double u = PackageReview.of(s).verdict("share").utilities().get("UP");
        List<Sensitivity.BreakEven> up = sens.breakEvens().stream()
                .filter(b -> b.packageId().equals("share") && b.input().equals("actors.UP.reservation")).toList();
        assertThat(up).hasSize(1);
        assertThat(up.get(0).nearest()).isCloseTo(u, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(up.get(0).party()).isEqualTo("UP");
    }
}
