package org.parley.core.forecast.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.forecast.ConvergenceStatus;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.forecast.IssueConvergence;
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
        return SmpModel.run(s, Params.parse(List.of(pairs)), runner);
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
        List<String> ids = s.actors().stream().map(Actor::id).toList();
        List<String> half = ids.stream().map(id -> id + ">" + id + ":0.5").toList();
        String given = String.join(",", half);
        SmpRun r = SmpModel.run(s, Params.parse(List.of("idealAdjust=" + given)));
        assertThat(r.turns().get(0).ideals()).isNotNull();
        assertThat(r.forecast().params()).containsEntry("idealAdjust", given);
        SmpRun plain = SmpModel.run(s, Params.none());
        assertThat(plain.turns().get(0).ideals()).isNull();
        assertThat(plain.forecast().params()).containsEntry("idealAdjust", "identity");
        assertThat(r.forecast().rounds()).isNotEqualTo(plain.forecast().rounds());
        assertThatThrownBy(() -> Accommodation.of(new double[][] {{0.8, 0.3}, {0, 1}}))
                .hasMessageContaining("row 0 sums to");
    }

    @Test
    void a_run_stopped_by_the_turn_limit_is_judged_on_its_most_probable_position_series() {
        for (long seed : new long[] {22, 11}) {
            SmpRun r = SmpModel.run(TestScenarios.random(5, 1, seed), Params.none());
            assertThat(r.stopRule()).isFalse();
            assertThat(r.states()).isEqualTo(101);
            double[] h = r.turns().stream().mapToDouble(t -> mostProbable(t).position().get("D0")).toArray();
            IssueConvergence c = r.forecast().convergence().issues().get("D0");
            assertThat(c).isEqualTo(ConvergenceDetector.defaults().classify(h, 100, false));
            assertThat(c.point()).isFalse();
            assertThat(r.forecast().forecast().get("D0")).isBetween(c.low(), c.high());
        }
        // seed 22 flips between two positions every turn
        IssueConvergence flip = SmpModel.run(TestScenarios.random(5, 1, 22), Params.none()).forecast().convergence()
                .issues().get("D0");
        assertThat(flip.status()).isEqualTo(ConvergenceStatus.CYCLING);
        assertThat(flip.period()).isEqualTo(2);
        SmpRun stopped = SmpModel.run(TestScenarios.random(5, 1, 1), Params.none());
        assertThat(stopped.stopRule()).isTrue();
        assertThat(stopped.forecast().convergence().allSettled()).isTrue();
    }

    private static SmpPosition mostProbable(SmpTurn t) {
        SmpPosition best = t.distinctPositions().get(0);
        for (SmpPosition p : t.distinctPositions()) {
            best = p.probability() > best.probability() ? p : best;
        }
        return best;
    }

    @Test
    void the_ideal_adjustment_parameter_reads_back_what_it_writes_and_names_what_is_wrong() {
        List<String> ids = List.of("Alice", "Bob", "Carol");
        Accommodation a = Accommodation.parse("Bob>Bob:0.75, Bob>Alice:0.07,Alice>Alice:0.87", ids);
        assertThat(a.get(1, 0)).isEqualTo(0.07);
        assertThat(a.get(2, 2)).isEqualTo(1.0);
        assertThat(a.text(ids)).isEqualTo("Alice>Alice:0.87,Bob>Alice:0.07,Bob>Bob:0.75");
        assertThat(Accommodation.parse(a.text(ids), ids)).isEqualTo(a);
        assertThat(Accommodation.parse("identity", ids).text(ids)).isEqualTo("identity");
        assertThat(Accommodation.parse("Alice>Alice:1", ids).isIdentity()).isTrue();
        assertThatThrownBy(() -> Accommodation.parse("Dave>Bob:0.1", ids)).isInstanceOf(BadParameterException.class)
                .hasMessage("idealAdjust=Dave>Bob:0.1: 'Dave' is not an actor; expected one of [Alice, Bob, Carol]");
        assertThatThrownBy(() -> Accommodation.parse("Bob>Alice:0.3", ids))
                .hasMessage("idealAdjust=Bob>Alice:0.3: the weights of 'Bob' sum to 1.3; expected at most 1 (its own "
                        + "entry is 1 unless listed)");
        assertThatThrownBy(() -> Accommodation.parse("Bob>Alice:lots", ids))
                .hasMessage("idealAdjust=Bob>Alice:lots: weight 'lots' of Bob>Alice; expected a number from 0 to 1");
        assertThatThrownBy(() -> Accommodation.parse("Bob=Alice", ids))
                .hasMessageContaining("expected identity, or ADJUSTING>REFERENCE:WEIGHT entries separated by commas");
    }
}
