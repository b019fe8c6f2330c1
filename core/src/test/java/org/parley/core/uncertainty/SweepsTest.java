package org.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.ContinuousSolutions;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.bdm.BdmModel;
import org.parley.core.forecast.compromise.CompromiseModel;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Basis;
import org.parley.core.scenario.Distribution;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.Stance;
import org.parley.core.scenario.Uncertainty;
import org.parley.core.scenario.Varied;
import org.parley.core.utility.SpatialUtility;

class SweepsTest {

    private static final Scenario RIVER = Fixtures.river(Loss.LINEAR);

    /** Every input of the scenario given a point distribution at its own value. */
    private static Uncertainty collapsed(Scenario s) {
        List<Varied> points = new ArrayList<>();
        for (ScenarioInputs.Input in : ScenarioInputs.of(s).inputs()) {
            points.add(new Varied(in.path(), Distribution.point(in.central()), null));
        }
        return new Uncertainty(null, points, List.of());
    }

    @Test
    void with_every_distribution_collapsed_to_a_point_the_sweep_is_the_deterministic_analysis() {
        for (String model : List.of("compromise", "median", "bdm", "exchange")) {
            Sweep sw = Sweeps.run(RIVER, collapsed(RIVER), SweepOptions.defaults(model).withDraws(50),
                    BatchRunner.sequential(), n -> { });
            Forecast f = (model.equals("compromise") ? CompromiseModel.mean() : model.equals("median")
                    ? CompromiseModel.median() : model.equals("bdm") ? new BdmModel()
                    : new org.parley.core.forecast.exchange.ExchangeModel()).forecast(RIVER, Params.none());
            for (Sweep.IssueSpread s : sw.forecasts()) {
                double exact = f.forecast().get(s.issue());
                assertThat(List.of(s.central(), s.mean(), s.median(), s.p80().low(), s.p80().high(), s.p95().low(),
                        s.p95().high())).as(model + " " + s.issue()).containsOnly(exact);
                assertThat(s.sd()).isZero();
            }
        }
        Sweep sw = Sweeps.run(RIVER, collapsed(RIVER), SweepOptions.defaults("compromise").withDraws(50),
                BatchRunner.sequential(), n -> { });
        PackageReview review = PackageReview.of(RIVER);
        for (Sweep.PackageChance p : sw.packages()) {
            PackageVerdict v = review.verdict(p.id());
            p.centralMargins().forEach((party, m) -> assertThat(m).isEqualTo(v.margins().get(party)));
            assertThat(p.centralAccepted()).isEqualTo(v.rejectedBy().stream().noneMatch(List.of("UP", "DOWN",
                    "MID")::contains));
            p.accepts().forEach((party, chance) -> assertThat(chance)
                    .isEqualTo(v.margins().get(party) >= 0 ? 1.0 : 0.0));
        }
        double slack = ContinuousSolutions.maxMin(RIVER, new int[] {0, 1, 2}, new double[] {60, 66, 50},
                org.parley.core.deals.SolverBudgets.defaults(), org.parley.core.optim.LinearSolver.standard()).objective();
        assertThat(sw.zone().centralSlack()).isEqualTo(slack);
        assertThat(sw.zone().nonEmpty()).isEqualTo(slack >= -1e-9 ? 1.0 : 0.0);
    }

    @Test
    void the_same_seed_gives_the_same_sweep_on_one_and_two_threads_and_another_seed_another() {
        Uncertainty u = Uncertainty.spread(0.2);
        SweepOptions o = SweepOptions.defaults("bdm").withDraws(700).withKeepDraws(true);
        Sweep one = Sweeps.run(RIVER, u, o, BatchRunner.sequential(), n -> { });
        Sweep two;
        try (BatchRunner r = BatchRunner.parallel(2)) {
            two = Sweeps.run(RIVER, u, o, r, n -> { });
        }
        assertThat(two.forecasts()).isEqualTo(one.forecasts());
        assertThat(two.packages()).isEqualTo(one.packages());
        assertThat(two.zone()).isEqualTo(one.zone());
        for (int j = 0; j < one.table().rows().size(); j++) {
            assertThat(two.table().rows().get(j)).containsExactly(one.table().rows().get(j));
        }
        Sweep other = Sweeps.run(RIVER, u, o.withSeed(2), BatchRunner.sequential(), n -> { });
        assertThat(other.forecasts()).isNotEqualTo(one.forecasts());
    }

    @Test
    void the_no_deal_model_moves_the_reservation_with_the_hazard() {
        Uncertainty u = new Uncertainty(null, List.of(new Varied("catastrophes.BURST.hazard",
                Distribution.uniform(0.03, 0.3), null)), List.of());
        Sweep sw = Sweeps.run(RIVER, u, SweepOptions.defaults("compromise").withDraws(400),
                BatchRunner.sequential(), n -> { });
        // DOWN loses 30 per period after a burst: more hazard, lower value of no deal, so it never accepts less
        Sweep.PackageChance share = sw.packages().get(0);
        assertThat(share.centralMargins().get("DOWN")).isPositive();
        assertThat(share.accepts().get("DOWN")).isEqualTo(1.0);
        ScenarioInputs in = ScenarioInputs.of(RIVER);
        double[] x = in.central();
        assertThat(in.reservation(x, 1)).isEqualTo(66.0);
        x[in.find("catastrophes.BURST.hazard").orElseThrow()] = 0.3;
        double exposure = org.parley.core.scenario.NoDeal.exposure(0.3, 0.9, 10)
                - org.parley.core.scenario.NoDeal.exposure(0.03, 0.9, 10);
        assertThat(in.reservation(x, 1)).isCloseTo(66 - 30 * exposure, within(1e-12));
    }

    @Test
    void a_model_parameter_can_vary_and_a_bad_one_is_named_with_its_path() {
        Uncertainty u = new Uncertainty(null, List.of(new Varied("params.q", Distribution.uniform(0.5, 1), null)),
                List.of());
        Sweep sw = Sweeps.run(RIVER, u, SweepOptions.defaults("bdm").withDraws(30), BatchRunner.sequential(),
                n -> { });
        assertThat(sw.inputs()).extracting(Sweep.SweptInput::path).containsExactly("params.q");
        Uncertainty bad = new Uncertainty(null, List.of(new Varied("params.q", Distribution.uniform(0.5, 3), null)),
                List.of());
        assertThatThrownBy(() -> Sweeps.run(RIVER, bad, SweepOptions.defaults("bdm").withDraws(30),
                BatchRunner.sequential(), n -> { })).isInstanceOf(BadParameterException.class)
                .hasMessageStartingWith("params.q: the bdm model refuses uniform(0.5, 3): q=1.75: expected a number "
                        + "from 0.0 to 1.0");
    }

    @Test
    void draw_counts_outside_the_limit_are_refused_naming_the_flag() {
        assertThatThrownBy(() -> SweepOptions.defaults("compromise").withDraws(0))
                .hasMessage("--draws 0: expected 1 to 100000");
        assertThatThrownBy(() -> SweepOptions.defaults("compromise").withDraws(100_001))
                .hasMessage("--draws 100001: expected 1 to 100000 (raise the limit with --max-draws)");
    }

    @Test
    void sweep_results_hold_plain_maps() {
        Sweep sw = Sweeps.run(RIVER, Uncertainty.spread(0.1), SweepOptions.defaults("compromise").withDraws(20),
                BatchRunner.sequential(), n -> { });
        assertThat(sw.params()).isEqualTo(Map.of());
        assertThat(sw.forecasts()).hasSize(3);
        assertThat(sw.forecasts().get(0).histogram().counts().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(20);
    }

    /**
     * A package worth exactly the reservation value (a reviewer's case): one issue on 0..0.3, veto party A with ideal
     * 0.132 and reservation 57, the package at 0.003, so {@code u_A = 100 - 100 |0.003 - 0.132| / 0.3 = 57} exactly,
     * while double arithmetic gives a margin a few 1e-15 from 0. The sweep, the sensitivity analysis and the package
     * review all accept it, with margin 0.
     */
    @Test
    void a_package_worth_exactly_the_reservation_value_is_accepted_by_the_sweep_the_sensitivity_and_the_review() {
        Issue x = new Issue("X", null, null, new Scale(0, 0.3, null), List.of(), 0.15, null);
        Actor a = new Actor("A", null, 50, 57.0, true, Map.of("X", Stance.of(0.132, 80)), Basis.JUDGEMENT, null,
                List.of());
        Actor b = new Actor("B", null, 30, null, false, Map.of("X", Stance.of(0.25, 60)), Basis.JUDGEMENT, null,
                List.of());
        Scenario s = ScenarioValidator.check(new Scenario("boundary", null, null, Loss.LINEAR, List.of(), List.of(x),
                List.of(a, b), List.of(new Package("p", null, null, Map.of("X", 0.003)))));
        double floating = SpatialUtility.of(s).utility(0, new double[] {0.003}) - 57;
        assertThat(floating).as("the double margin is off zero, so the case is on the boundary").isNotZero()
                .isCloseTo(0, within(1e-12));

        PackageVerdict review = PackageReview.of(s).verdict("p");
        assertThat(review.margins().get("A")).isEqualTo(0.0);
        assertThat(review.acceptedBy()).containsExactly("A");

        Sweep sw = Sweeps.run(s, collapsed(s), SweepOptions.defaults("compromise").withDraws(20),
                BatchRunner.sequential(), n -> { });
        Sweep.PackageChance p = sw.packages().get(0);
        assertThat(p.centralMargins().get("A")).isEqualTo(0.0);
        assertThat(p.centralAccepted()).isTrue();
        assertThat(p.accepts().get("A")).isEqualTo(1.0);
        assertThat(p.allAccept()).isEqualTo(1.0);

        Sensitivity sens = SensitivityAnalysis.run(s, Uncertainty.spread(0.1),
                SensitivityOptions.defaults("compromise"), BatchRunner.sequential(), n -> { }, false);
        assertThat(sens.central().get("margin p A")).isEqualTo(0.0);
        assertThat(sens.breakEvens()).isNotEmpty().allSatisfy(be -> assertThat(be.centralAccepted()).isTrue());
        Sensitivity.BreakEven reservation = sens.breakEvens().stream()
                .filter(be -> be.input().equals("actors.A.reservation")).findFirst().orElseThrow();
        assertThat(reservation.above()).isEqualTo(Math.nextUp(57.0));
        assertThat(reservation.party()).isEqualTo("A");
    }
}
