package org.parley.core.forecast.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

class SmpModelTest {

    private static SmpRun run(Scenario s, BatchRunner runner, String... pairs) {
        return SmpModel.run(s, Params.parse(List.of(pairs)), null, runner);
    }

    @Test
    void the_result_does_not_depend_on_the_number_of_threads() {
        Scenario s = TestScenarios.random(45, 3, 7);
        SmpRun one = run(s, BatchRunner.sequential());
        try (BatchRunner four = BatchRunner.parallel(4)) {
            assertThat(run(s, four)).isEqualTo(one);
        }
        assertThat(SmpModel.run(s, Params.none())).isEqualTo(one);
    }

    @Test
    void stochastic_runs_are_reproducible_from_the_seed_on_any_number_of_threads() {
        Scenario s = TestScenarios.random(12, 2, 11);
        SmpRun a = run(s, BatchRunner.sequential(), "transitions=stochastic", "seed=12345");
        try (BatchRunner three = BatchRunner.parallel(3)) {
            assertThat(run(s, three, "transitions=stochastic", "seed=12345")).isEqualTo(a);
        }
        SmpRun other = run(s, BatchRunner.sequential(), "transitions=stochastic", "seed=54321");
        assertThat(other.forecast().rounds()).isNotEqualTo(a.forecast().rounds());
        assertThat(a.forecast().params()).containsEntry("seed", "12345").containsEntry("transitions", "stochastic");
    }

    @Test
    void every_parameter_is_recorded_with_kTABs_defaults() {
        SmpRun r = SmpModel.run(TestScenarios.random(5, 2, 1), Params.none());
        assertThat(r.forecast().params()).containsEntry("victory", "linear").containsEntry("pce", "conditional")
                .containsEntry("transitions", "deterministic").containsEntry("voting", "prop")
                .containsEntry("bigR", "one-third").containsEntry("bigRRange", "mid")
                .containsEntry("thirdParty", "semi-commit").containsEntry("interVec", "s2p2")
                .containsEntry("bargain", "init-only-interp").containsEntry("seed", "15455440707583219804")
                .containsEntry("ktabCodes", "0,0,0,2,1,1,1,1,0").containsEntry("rounds", 100);
        assertThat(r.forecast().model()).isEqualTo("smp");
        assertThat(r.forecast().headline()).isEqualTo("most_probable");
        assertThat(ForecastModels.byName("smp")).isPresent();
    }

    @Test
    void ktab_names_aliases_and_codes_select_the_same_switches() {
        Scenario s = TestScenarios.random(5, 2, 2);
        Map<String, Object> p = SmpModel.run(s, Params.parse(List.of("victory=Square", "pce=MarkovIncentive",
                "voting=Proportional", "bigR=No", "thirdParty=2", "interVec=S1P1", "bargain=PWCompInterp")))
                .forecast().params();
        assertThat(p).containsEntry("victory", "square").containsEntry("pce", "markov-incentive")
                .containsEntry("voting", "prop").containsEntry("bigR", "none")
                .containsEntry("thirdParty", "full-commit").containsEntry("interVec", "s1p1")
                .containsEntry("bargain", "pw-comp-interp").containsEntry("ktabCodes", "1,1,0,2,0,1,2,0,2");
    }

    @Test
    void unknown_keys_and_values_are_refused_with_the_choices() {
        Scenario s = TestScenarios.random(5, 2, 3);
        assertThatThrownBy(() -> SmpModel.run(s, Params.parse(List.of("victory=cubic"))))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("[linear, square, quartic");
        assertThatThrownBy(() -> SmpModel.run(s, Params.parse(List.of("speed=2"))))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("unknown parameter 'speed'");
        assertThatThrownBy(() -> SmpModel.run(s, Params.parse(List.of("seed=-1"))))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("seed=-1");
    }

    @Test
    void the_turn_limit_stops_the_run() {
        SmpRun r = SmpModel.run(TestScenarios.random(9, 2, 4), Params.parse(List.of("rounds=3")));
        assertThat(r.states()).isEqualTo(4);
        assertThat(r.turns().get(3).moves()).isEmpty();
        assertThat(r.turns().get(0).moves()).hasSize(9);
    }

    @Test
    void every_switch_runs_to_a_stop_with_positions_on_the_scale() {
        Scenario s = TestScenarios.random(8, 2, 5);
        String[] settings = {"victory=square", "victory=quartic", "victory=octic", "victory=binary",
            "pce=markov-incentive", "pce=markov-uniform", "voting=binary", "voting=prop-bin", "voting=prop-cbc",
            "voting=cubic", "voting=asym-prosp", "bigR=none", "bigR=half", "bigR=two-thirds", "bigR=full",
            "bigRRange=min", "bigRRange=max", "thirdParty=no-commit", "thirdParty=full-commit", "interVec=s1p1",
            "interVec=s2pmax", "bargain=init-rcvr-interp", "bargain=pw-comp-interp", "transitions=stochastic"};
        for (String setting : settings) {
            SmpRun r = SmpModel.run(s, Params.parse(List.of(setting)));
            assertThat(r.states()).as(setting).isBetween(2, 101);
            for (ForecastRound round : r.forecast().rounds()) {
                round.positions().values().forEach(p -> assertThat(p.values()).as(setting)
                        .allSatisfy(x -> assertThat(x).isBetween(0.0, 100.0)));
            }
            assertThat(r.probabilities().stream().mapToDouble(SmpPosition::probability).sum()).as(setting)
                    .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void the_forecast_is_the_most_probable_final_position() {
        SmpRun r = SmpModel.run(TestScenarios.random(10, 2, 6), Params.none());
        SmpPosition best = r.probabilities().stream()
                .max(java.util.Comparator.comparingDouble(SmpPosition::probability)).orElseThrow();
        assertThat(r.forecast().forecast()).isEqualTo(best.position());
        assertThat(r.forecast().statistics()).containsKeys("most_probable", "weighted_mean", "weighted_median");
    }

    @Test
    void other_scales_are_mapped_to_percent_and_back() {
        Scenario s = TestScenarios.random(6, 1, 8);
        Issue years = Issue.of("D0", new Scale(4, 10, "years"));
        Scenario inYears = new Scenario("y", null, null, null, List.of(), List.of(years), s.actors().stream()
                .map(a -> a.withStances(Map.of("D0", Stance.of(4 + a.stances().get("D0").position() * 0.06,
                        a.stances().get("D0").salience())))).toList(), List.of());
        SmpRun pct = SmpModel.run(s, Params.none());
        SmpRun yrs = SmpModel.run(inYears, Params.none());
        assertThat(yrs.states()).isEqualTo(pct.states());
        double p = pct.forecast().forecast().get("D0");
        assertThat(yrs.forecast().forecast().get("D0")).isCloseTo(4 + p * 0.06,
                org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void large_salience_sums_and_missing_stances_are_adapted_and_noted() {
        Scenario s = TestScenarios.of(new double[] {10, 20, 90, 80, 90}, new double[] {20, 70, 60, 30, 50},
                new double[] {30, 50, 40, 60, 30});
        Actor silent = Actor.of("A03", 5, Map.of("D0", Stance.of(40, 50)));
        SmpRun r = SmpModel.run(s.withActors(List.of(s.actors().get(0), s.actors().get(1), s.actors().get(2),
                silent)), Params.none());
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("A00 180").contains("scaled"));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("A03").contains("no stance on 'D1'"));
        assertThat(r.states()).isGreaterThan(1);
    }

    @Test
    void scenarios_smp_cannot_run_are_refused() {
        Scenario s = TestScenarios.random(4, 1, 9);
        Scenario zero = s.withActors(List.of(s.actors().get(0).withCapability(0), s.actors().get(1),
                s.actors().get(2)));
        assertThatThrownBy(() -> SmpModel.run(zero, Params.none())).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("capability > 0");
        Scenario alone = s.withActors(List.of(s.actors().get(0)));
        assertThatThrownBy(() -> SmpModel.run(alone, Params.none())).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("at least 2");
    }

    @Test
    void ideals_lag_behind_positions_under_an_accommodation_matrix() {
        Scenario s = TestScenarios.random(5, 2, 10);
        double[][] a = new double[5][5];
        for (int i = 0; i < 5; i++) {
            a[i][i] = 0.5;
        }
        SmpRun r = SmpModel.run(s, Params.none(), Accommodation.of(a));
        assertThat(r.turns().get(0).ideals()).isNotNull();
        assertThat(SmpModel.run(s, Params.none()).turns().get(0).ideals()).isNull();
        assertThatThrownBy(() -> Accommodation.of(new double[][] {{0.8, 0.3}, {0, 1}}))
                .hasMessageContaining("row 0 sums to");
    }
}
