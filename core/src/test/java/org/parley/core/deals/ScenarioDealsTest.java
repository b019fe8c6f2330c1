package org.parley.core.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.optim.IterationBudgetException;
import org.parley.core.optim.LinearSolver;
import org.parley.core.preferences.Profile;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.core.utility.SpatialUtility;

/** The deal space of small spatial scenarios: grid utilities, continuous solutions, repair, empty zones. */
class ScenarioDealsTest {

    static Actor actor(String id, double rv, double x1, double s1, double x2, double s2) {
        return new Actor(id, null, 1, rv, true, Map.of("A", Stance.of(x1, s1), "B", Stance.of(x2, s2)), null, null,
                List.of());
    }

    static Scenario scenario(double rv1, double rv2) {
        List<Issue> issues = List.of(Issue.of("A", Scale.PERCENT), Issue.of("B", new Scale(0, 10, null)));
        List<Actor> actors = List.of(actor("X", rv1, 0, 60, 0, 40), actor("Y", rv2, 100, 30, 10, 70));
        Package p = new Package("p", null, null, Map.of("A", 10.0, "B", 1.0));
        return new Scenario("two", null, null, null, List.of(), issues, actors, List.of(p));
    }

    @Test
    void grid_profiles_reproduce_the_spatial_utilities() {
        Scenario s = scenario(50, 50);
        DealSpace d = ScenarioGrid.of(s, 11);
        SpatialUtility u = SpatialUtility.of(s);
        for (long i = 0; i < d.space().sizeSaturated(); i++) {
            int[] o = d.space().outcome(i);
            double[] x = {d.space().issues().get(0).number(o[0]), d.space().issues().get(1).number(o[1])};
            for (int a = 0; a < 2; a++) {
                Profile p = d.profiles().get(a);
                assertThat(p.utility(o)).isCloseTo(u.utility(a, x), within(1e-9));
            }
        }
    }

    @Test
    void continuous_solutions_beat_every_grid_point() {
        Scenario s = scenario(40, 30);
        ScenarioDeals sd = ScenarioDeals.of(s, 21, DealOptions.defaults(100), null);
        ContinuousPoint nash = sd.continuous().get("nash");
        Solution grid = sd.report().solutions().get("nash");
        double gridValue = Math.log(grid.point().utility(0) - 40) + Math.log(grid.point().utility(1) - 30);
        assertThat(nash.objective()).isGreaterThanOrEqualTo(gridValue - 1e-9);
        ContinuousPoint egal = sd.continuous().get("egalitarian");
        double gridEgal = sd.report().solutions().get("egalitarian").objective();
        assertThat(egal.objective()).isGreaterThanOrEqualTo(gridEgal - 1e-9);
        ContinuousPoint util = sd.continuous().get("utilitarian");
        assertThat(util.objective()).isGreaterThanOrEqualTo(sd.report().solutions().get("utilitarian").objective()
                - 1e-9);
    }

    @Test
    void quadratic_loss_nash_beats_every_grid_point_with_a_small_frank_wolfe_gap() {
        Scenario s = scenario(40, 30);
        Scenario q = new Scenario(s.name(), null, null, org.parley.core.scenario.Loss.QUADRATIC, List.of(),
                s.issues(), s.actors(), s.packages());
        ScenarioDeals sd = ScenarioDeals.of(q, 21, DealOptions.defaults(100), null);
        ContinuousPoint nash = sd.continuous().get("nash");
        Solution grid = sd.report().solutions().get("nash");
        double gridValue = Math.log(grid.point().utility(0) - 40) + Math.log(grid.point().utility(1) - 30);
        assertThat(nash.objective()).isGreaterThanOrEqualTo(gridValue - 1e-12);
        assertThat(nash.gap()).isLessThan(1e-6);
        ContinuousPoint util = sd.continuous().get("utilitarian");
        assertThat(util.objective()).isGreaterThanOrEqualTo(sd.report().solutions().get("utilitarian").objective()
                - 1e-9);
    }

    @Test
    void repair_moves_the_package_into_the_zone() {
        Scenario s = scenario(40, 30);
        Repair r = PackageRepair.of(s, s.packages().get(0), new int[] {0, 1}, null, 0.05, SolverBudgets.defaults());
        assertThat(r.exists()).isTrue();
        assertThat(r.margins().get("X")).isGreaterThanOrEqualTo(0);
        assertThat(r.margins().get("Y")).isGreaterThanOrEqualTo(0);
        assertThat(r.distance()).isPositive();
    }

    @Test
    void an_empty_zone_is_proved_by_a_negative_max_min_margin() {
        Scenario s = scenario(90, 90);
        Repair r = PackageRepair.of(s, s.packages().get(0), new int[] {0, 1}, null, 0.05, SolverBudgets.defaults());
        assertThat(r.exists()).isFalse();
        assertThat(r.statement()).contains("zone of agreement is empty");
        ContinuousPoint m = ContinuousSolutions.maxMin(s, new int[] {0, 1}, new double[] {90, 90},
                SolverBudgets.defaults(), LinearSolver.standard());
        assertThat(m.objective()).isNegative();
        assertThat(ContinuousSolutions.solve(s, new int[] {0, 1}, new double[] {90, 90}, SolverBudgets.defaults(),
                LinearSolver.standard())).isEmpty();
    }

    @Test
    void every_solver_that_spends_its_budget_says_which_budget_and_where_it_stood() {
        Scenario s = scenario(40, 30);
        int[] both = {0, 1};
        double[] d = {40, 30};
        assertThatThrownBy(() -> ContinuousSolutions.solve(s, both, d, SolverBudgets.defaults()
                .withNashCuttingPlaneRounds(1), LinearSolver.standard()))
                .isInstanceOf(IterationBudgetException.class)
                .hasMessageStartingWith("Kelley's cutting planes for the continuous Nash point did not finish within "
                        + "its budget of 1 iterations (plane model ");
        assertThatThrownBy(() -> ContinuousSolutions.maxMin(s, both, d, SolverBudgets.defaults().withSimplexPivots(2),
                LinearSolver.standard()))
                .isInstanceOf(IterationBudgetException.class)
                .hasMessageContaining("the simplex method on a program of 7 variables and 12 constraints did not "
                        + "finish within its budget of 2 iterations");
        assertThatThrownBy(() -> PackageRepair.of(s, s.packages().get(0), both, null, 0.05, SolverBudgets.defaults()
                .withRepairProjectionRounds(3)))
                .isInstanceOf(IterationBudgetException.class)
                .hasMessageStartingWith("Dykstra's projections for the package repair did not finish within its "
                        + "budget of 3 iterations (last move ");
        Scenario q = new Scenario(s.name(), null, null, org.parley.core.scenario.Loss.QUADRATIC, List.of(),
                s.issues(), s.actors(), s.packages());
        assertThatThrownBy(() -> ScenarioDeals.of(q, 11, DealOptions.defaults(100).with(SolverBudgets.defaults()
                .withQuadraticNashSteps(1)), null))
                .isInstanceOf(IterationBudgetException.class)
                .hasMessageStartingWith("projected gradient ascent for the Nash point (quadratic loss) did not "
                        + "finish within its budget of 1 iterations (objective ");
        assertThatThrownBy(() -> SolverBudgets.defaults().withSimplexPivots(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("simplexPivots 0; expected at least 1");
    }
}
