package org.parley.core.phasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The derived statements of the phasing spec's Section 4, tested as its Section 6 asks. */
class LinearGradualismTest {

    /**
     * Section 6, test 2: {@code V_i(t) - D_i(t)} summed stage by stage over 4,000 stages equals
     * {@code [(b - c) sum_{r>t} delta^(r-t) Delta_r + delta h - c Delta_t] / (1 - delta)} to 1e-9.
     */
    @Test
    void the_closed_form_equals_payoffs_summed_over_a_long_horizon() {
        qt().withExamples(200).withFixedSeed(2).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            double c = 0.2 + r.nextDouble();
            double b = c + 0.1 + 2 * r.nextDouble();
            double delta = 0.3 + 0.6 * r.nextDouble();
            double h = r.nextBoolean() ? 0 : r.nextDouble();
            int stages = 1 + r.nextInt(8);
            double[] x = new double[stages + 1];
            for (int t = 1; t <= stages; t++) {
                x[t] = Math.min(1, x[t - 1] + 0.4 * r.nextDouble());
            }
            double[] closed = LinearGradualism.slack(b, c, delta, h, x);
            int horizon = 4000;
            for (int t = 1; t <= stages; t++) {
                double comply = 0;
                double defect = 0;
                double w = 1;
                for (int tau = t; tau < t + horizon; tau++) {
                    double xt = x[Math.min(tau, stages)];
                    comply += w * (b * xt - c * xt + h);
                    double own = x[t - 1];
                    double other = x[t];
                    defect += w * (b * other - c * own + (tau == t ? h : 0));
                    w *= delta;
                }
                assertThat(comply - defect).isCloseTo(closed[t - 1] / (1 - delta), within(1e-9));
            }
        });
    }

    /** Section 6, test 4: the program over 200 stages, constrained on the first 140, reproduces 1 - lambda^k. */
    @Test
    void the_fastest_program_reproduces_the_geometric_schedule() {
        double[][] cases = {{2, 1, 0.9}, {3, 1, 0.8}, {1.5, 1, 0.95}};
        for (double[] bcd : cases) {
            double lambda = LinearGradualism.lambda(bcd[0], bcd[1], bcd[2]);
            for (int k : new int[] {1, 2, 3, 5, 10}) {
                double[] x = LinearGradualism.maxProgress(bcd[0], bcd[1], bcd[2], 0, 200, 140, k);
                assertThat(x[k]).as("x_%d for (b, c, delta) = (%s, %s, %s)", k, bcd[0], bcd[1], bcd[2])
                        .isCloseTo(1 - Math.pow(lambda, k), within(5e-6));
            }
        }
        double[] x = LinearGradualism.maxProgress(2, 1, 0.9, 0, 200, 140, 3);
        assertThat(x[1]).isCloseTo(0.44444, within(5e-6));
        assertThat(x[2]).isCloseTo(0.69136, within(5e-6));
        assertThat(x[3]).isCloseTo(0.82853, within(5e-6));
    }

    /** Section 6, test 5: with finitely many stages and no hostage the program's optimum is 0. */
    @Test
    void without_a_hostage_no_finite_schedule_makes_progress() {
        for (int stages = 1; stages <= 30; stages++) {
            double[] x = LinearGradualism.maxProgress(2, 1, 0.9, 0, stages, stages, 0);
            assertThat(x[stages]).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void a_hostage_bounds_the_last_step_by_delta_h_over_c() {
        double[] x = LinearGradualism.maxProgress(2, 1, 0.9, 0.05, 12, 12, 0);
        assertThat(x[12] - x[11]).isLessThanOrEqualTo(0.9 * 0.05 / 1 + 1e-9);
        assertThat(x[12]).isGreaterThan(0);
    }
}
