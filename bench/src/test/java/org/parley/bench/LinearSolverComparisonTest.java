package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.ContinuousPoint;
import org.parley.core.deals.ContinuousSolutions;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.optim.IterationBudgetException;
import org.parley.core.optim.LinearProgram;
import org.parley.core.optim.LinearSolver;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * Parley's own simplex ({@link LinearSolver#standard()}) against Hipparchus's {@code SimplexSolver}: every linear
 * program the flagship's continuous solutions and repairs solve (recorded as they are solved), and textbook
 * degenerate, infeasible and unbounded programs. Both must agree on the status and the optimal value.
 */
class LinearSolverComparisonTest {

    private static final LinearSolver OWN = LinearSolver.standard();
    private static final LinearSolver HIPPARCHUS = HipparchusSimplex.INSTANCE;

    /** Solves with Parley's simplex and keeps every program it was given. */
    private static final class Recorder implements LinearSolver {
        final List<LinearProgram> programs = new ArrayList<>();

        @Override
        public LinearProgram.Result solve(LinearProgram p, int maxIterations) {
            programs.add(p);
            return OWN.solve(p, maxIterations);
        }
    }

    @Test
    void both_solvers_agree_on_every_program_of_the_flagship() {
        Scenario s = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), Limits.defaults());
        int[] veto = ScenarioGrid.vetoParties(s);
        double[] rv = new double[veto.length];
        for (int k = 0; k < veto.length; k++) {
            rv[k] = s.actors().get(veto[k]).reservation();
        }
        Recorder recorder = new Recorder();
        ContinuousSolutions.maxMin(s, veto, rv, SolverBudgets.defaults(), recorder);
        ContinuousSolutions.solve(s, veto, rv, SolverBudgets.defaults(), recorder);
        // max-min, egalitarian, 3 ideal points, Kalai-Smorodinsky, utilitarian, then the Nash cutting planes
        assertThat(recorder.programs).hasSizeGreaterThan(10);
        for (LinearProgram p : recorder.programs) {
            LinearProgram.Result own = OWN.solve(p, 50_000);
            LinearProgram.Result lib = HIPPARCHUS.solve(p, 50_000);
            assertThat(lib.status()).isEqualTo(own.status()).isEqualTo(LinearProgram.Status.OPTIMAL);
            assertThat(lib.value()).isCloseTo(own.value(), within(1e-7 * Math.max(1, Math.abs(own.value()))));
            assertFeasible(p, own.x());
            assertFeasible(p, lib.x());
        }
    }

    @Test
    void both_solvers_give_the_same_continuous_solutions_of_the_flagship() {
        Scenario s = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), Limits.defaults());
        int[] veto = ScenarioGrid.vetoParties(s);
        double[] rv = {61.7, 37.4, 45.0};
        Map<String, ContinuousPoint> own = ContinuousSolutions.solve(s, veto, rv, SolverBudgets.defaults(), OWN);
        Map<String, ContinuousPoint> lib = ContinuousSolutions.solve(s, veto, rv, SolverBudgets.defaults(),
                HIPPARCHUS);
        assertThat(lib.keySet()).containsExactlyElementsOf(own.keySet())
                .containsExactly("nash", "kalai_smorodinsky", "egalitarian", "utilitarian");
        for (String name : own.keySet()) {
            assertThat(lib.get(name).objective()).as(name).isCloseTo(own.get(name).objective(), within(1e-6));
        }
        // the flagship's published continuous Nash point: utilities 84.2, 47.3, 60.5 (docs/models/deals.md)
        assertThat(own.get("nash").utilities()).containsExactly(new double[] {84.2, 47.3, 60.5}, within(0.05));
    }

    @Test
    void beales_cycling_example_cycles_under_hipparchus_dantzig_rule_only() {
        // Beale (1955): Dantzig's rule alone cycles here; optimum 5/4 at x = (1, 0, 1, 0)
        LinearProgram p = new LinearProgram(4).objective(0, 0.75).objective(1, -20).objective(2, 0.5)
                .objective(3, -6);
        p.atMost(new double[] {0.25, -8, -1, 9}, 0);
        p.atMost(new double[] {0.5, -12, -0.5, 3}, 0);
        p.atMost(new double[] {0, 0, 1, 0}, 1);
        assertThatThrownBy(() -> HIPPARCHUS.solve(p, 1_000)).isInstanceOf(IterationBudgetException.class)
                .hasMessageContaining("budget of 1000 iterations");
        for (LinearSolver solver : List.of(OWN, HipparchusSimplex.BLAND)) {
            LinearProgram.Result r = solver.solve(p, 1_000);
            assertThat(r.optimal()).isTrue();
            assertThat(r.value()).isCloseTo(1.25, within(1e-12));
            assertThat(r.x()).containsExactly(new double[] {1, 0, 1, 0}, within(1e-12));
        }
    }

    @Test
    void a_vertex_where_many_constraints_meet_is_handled_by_both() {
        // max x + y over x, y <= 1 and four redundant constraints through the optimum (1, 1)
        LinearProgram p = new LinearProgram(2).objective(0, 1).objective(1, 1);
        p.atMost(new double[] {1, 0}, 1).atMost(new double[] {0, 1}, 1).atMost(new double[] {1, 1}, 2)
                .atMost(new double[] {2, 1}, 3).atMost(new double[] {1, 2}, 3).atMost(new double[] {3, 3}, 6);
        for (LinearSolver solver : List.of(OWN, HIPPARCHUS)) {
            LinearProgram.Result r = solver.solve(p, 100);
            assertThat(r.value()).isCloseTo(2, within(1e-12));
            assertThat(r.x()).containsExactly(new double[] {1, 1}, within(1e-12));
        }
    }

    @Test
    void both_report_infeasible_and_unbounded_programs() {
        LinearProgram infeasible = new LinearProgram(2).objective(0, 1);
        infeasible.atMost(new double[] {1, 1}, 1).atMost(new double[] {-1, -1}, -2);
        LinearProgram unbounded = new LinearProgram(2).objective(0, 1).objective(1, 1);
        unbounded.atMost(new double[] {1, -1}, 1);
        for (LinearSolver solver : List.of(OWN, HIPPARCHUS)) {
            assertThat(solver.solve(infeasible, 100).status()).isEqualTo(LinearProgram.Status.INFEASIBLE);
            assertThat(solver.solve(unbounded, 100).status()).isEqualTo(LinearProgram.Status.UNBOUNDED);
        }
    }

    @Test
    void a_spent_budget_names_the_budget_and_a_bad_budget_is_a_bad_argument() {
        LinearProgram p = new LinearProgram(3).objective(0, 1).objective(1, 2).objective(2, 3);
        p.atMost(new double[] {1, 1, 1}, 10).atMost(new double[] {1, 0, 0}, 4).atMost(new double[] {0, 1, 0}, 4)
                .atMost(new double[] {0, 0, 1}, 4).atMost(new double[] {-1, -1, -1}, -1);
        for (LinearSolver solver : List.of(OWN, HIPPARCHUS)) {
            assertThat(solver.solve(p, 100).value()).isCloseTo(2 * 4 + 3 * 4 + 1 * 2, within(1e-9));
            assertThatThrownBy(() -> solver.solve(p, 1)).isInstanceOf(IterationBudgetException.class)
                    .hasMessageContaining("budget of 1 iterations")
                    .hasMessageContaining("3 variables and 5 constraints");
            assertThatThrownBy(() -> solver.solve(p, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("iteration budget 0; expected at least 1");
        }
    }

    private static void assertFeasible(LinearProgram p, double[] x) {
        for (double v : x) {
            assertThat(v).isGreaterThanOrEqualTo(-1e-9);
        }
        for (int i = 0; i < p.constraints(); i++) {
            double[] a = p.coefficients(i);
            double lhs = 0;
            for (int j = 0; j < a.length; j++) {
                lhs += a[j] * x[j];
            }
            assertThat(lhs).as("constraint %d", i).isLessThanOrEqualTo(p.bound(i) + 1e-10 * Math.max(1,
                    Math.abs(p.bound(i))));
        }
    }
}
