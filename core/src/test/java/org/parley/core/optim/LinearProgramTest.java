package org.parley.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearProgramTest {

    @Test
    void solves_a_textbook_program() {
        // max 3x + 5y s.t. x <= 4, 2y <= 12, 3x + 2y <= 18: optimum 36 at (2, 6)
        LinearProgram lp = new LinearProgram(2).objective(0, 3).objective(1, 5);
        lp.atMost(new double[] {1, 0}, 4).atMost(new double[] {0, 2}, 12).atMost(new double[] {3, 2}, 18);
        LinearProgram.Result r = lp.solve(100);
        assertThat(r.optimal()).isTrue();
        assertThat(r.value()).isCloseTo(36, within(1e-9));
        assertThat(r.x()).containsExactly(new double[] {2, 6}, within(1e-9));
    }

    @Test
    void handles_lower_bounds_through_phase_one() {
        // max -x - y s.t. x + y >= 3 (as -x - y <= -3), x <= 2: optimum -3
        LinearProgram lp = new LinearProgram(2).objective(0, -1).objective(1, -1);
        lp.atMost(new double[] {-1, -1}, -3).atMost(new double[] {1, 0}, 2);
        LinearProgram.Result r = lp.solve(100);
        assertThat(r.optimal()).isTrue();
        assertThat(r.value()).isCloseTo(-3, within(1e-9));
    }

    @Test
    void reports_infeasible_and_unbounded_programs() {
        LinearProgram infeasible = new LinearProgram(1).objective(0, 1);
        infeasible.atMost(new double[] {1}, 1).atMost(new double[] {-1}, -2);
        assertThat(infeasible.solve(100).status()).isEqualTo(LinearProgram.Status.INFEASIBLE);
        LinearProgram unbounded = new LinearProgram(1).objective(0, 1);
        unbounded.atMost(new double[] {-1}, 0);
        assertThat(unbounded.solve(100).status()).isEqualTo(LinearProgram.Status.UNBOUNDED);
    }
}
