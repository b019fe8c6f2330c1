package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.forecast.ConvergenceStatus;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

class BdmModelTest {

    private static Forecast forecast(Scenario s, Map<String, String> params) {
        return new BdmModel().forecast(s, Params.of(params));
    }

    @Test
    void is_registered_as_bdm() {
        assertThat(ForecastModels.names()).contains("bdm");
        assertThat(ForecastModels.byName("bdm")).get().isInstanceOf(BdmModel.class);
        assertThat(new BdmModel().name()).isEqualTo("bdm");
    }

    @Test
    void forecast_holds_the_final_median_both_statistics_every_round_and_the_parameters() {
        Forecast f = forecast(BdmTestData.emission(), Map.of());
        BdmRun run = BdmModel.run(BdmTestData.emission(), Params.none());
        assertThat(f).isEqualTo(run.forecast());
        assertThat(f.model()).isEqualTo("bdm");
        assertThat(f.issues()).containsExactly(BdmTestData.ISSUE);
        assertThat(f.rounds()).hasSize(11);
        assertThat(f.rounds().get(0).positions().get("Belgium")).containsEntry(BdmTestData.ISSUE, 7.0);
        assertThat(f.headline()).isEqualTo("weighted_median");
        assertThat(f.statistics()).containsOnlyKeys("weighted_median", "weighted_mean");
        assertThat(f.forecast()).isEqualTo(f.statistics().get("weighted_median"));
        BdmRoundTrace last = run.trace().get(0).rounds().get(9);
        assertThat(f.forecast().get(BdmTestData.ISSUE)).isEqualTo(last.median());
        assertThat(f.statistics().get("weighted_mean").get(BdmTestData.ISSUE)).isEqualTo(last.mean());
        assertThat(f.params()).containsKeys(BdmSettings.KEYS.toArray(new String[0]));
        assertThat(f.params()).containsEntry("variant", "scholz-reference").containsEntry("q", 1.0)
                .containsEntry("rounds", 10).containsEntry("selection", "compromise-key")
                .containsEntry("compel", "never").containsEntry("leading_salience", "responder")
                .containsEntry("security", "challengers").containsEntry("compromise_sign", "figure")
                .containsEntry("t", "rule").containsEntry("median_ties", "lower");
    }

    @Test
    void paper_variant_has_its_own_defaults() {
        Forecast f = forecast(BdmTestData.emission(), Map.of("variant", "scholz-paper"));
        assertThat(f.params()).containsEntry("variant", "scholz-paper").containsEntry("selection", "least-move")
                .containsEntry("compel", "figure");
    }

    @Test
    void issues_run_independently_among_the_actors_with_a_stance() {
        Scale scale = new Scale(0, 10, null);
        Scenario two = new Scenario("two", null, null, null, List.of(),
                List.of(Issue.of("A", scale), Issue.of("B", scale)), List.of(
                        Actor.of("x", 1, Map.of("A", Stance.of(0, 50), "B", Stance.of(10, 80))),
                        Actor.of("y", 2, Map.of("A", Stance.of(10, 90), "B", Stance.of(2, 30))),
                        Actor.of("z", 1, Map.of("A", Stance.of(6, 40)))), List.of());
        Forecast both = forecast(two, Map.of());
        assertThat(both.rounds().get(10).positions().get("z")).containsOnlyKeys("A");
        Scenario onlyB = new Scenario("b", null, null, null, List.of(), List.of(Issue.of("B", scale)),
                two.actors().subList(0, 2), List.of());
        Forecast b = forecast(onlyB, Map.of());
        assertThat(both.forecast().get("B")).isEqualTo(b.forecast().get("B"));
        assertThat(both.rounds().get(10).positions().get("x").get("B"))
                .isEqualTo(b.rounds().get(10).positions().get("x").get("B"));
    }

    @Test
    void one_actor_is_refused_with_a_clear_message() {
        Scenario one = BdmTestData.scenario(new double[] {5}, new double[] {1}, new double[] {50});
        assertThatThrownBy(() -> forecast(one, Map.of())).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("only actor 'A0' takes a stance").hasMessageContaining("at least two");
    }

    @Test
    void identical_actors_or_one_shared_position_are_refused_as_zero_range() {
        Scenario twins = BdmTestData.scenario(new double[] {5, 5}, new double[] {1, 1}, new double[] {50, 50});
        assertThatThrownBy(() -> forecast(twins, Map.of())).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("all 2 actors hold position 5").hasMessageContaining("range R is 0");
        Scenario agreed = BdmTestData.scenario(new double[] {3, 3, 3}, new double[] {1, 2, 3},
                new double[] {10, 50, 90});
        assertThatThrownBy(() -> forecast(agreed, Map.of())).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("range R is 0");
    }

    @Test
    void zero_weight_everywhere_is_refused() {
        Scenario idle = BdmTestData.scenario(new double[] {0, 10}, new double[] {1, 1}, new double[] {0, 0});
        assertThatThrownBy(() -> forecast(idle, Map.of())).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("capability x salience 0");
    }

    @Test
    void two_symmetric_actors_give_a_defined_result_and_a_warning() {
        Scenario pair = BdmTestData.scenario(new double[] {0, 10}, new double[] {1, 1}, new double[] {50, 50});
        for (String variant : List.of("scholz-reference", "scholz-paper")) {
            BdmRun run = BdmModel.run(pair, Params.of(Map.of("variant", variant)));
            BdmTestData.assertFinite(run);
            BdmRoundTrace first = run.trace().get(0).rounds().get(0);
            assertThat(first.warnings()).anyMatch(w -> w.contains("same security"));
            assertThat(first.actors()).allMatch(a -> a.risk() == 1.0);
        }
    }

    @Test
    void bad_parameters_are_refused() {
        Scenario s = BdmTestData.emission();
        assertThatThrownBy(() -> forecast(s, Map.of("Q", "1"))).isInstanceOf(BadParameterException.class)
                .hasMessageContaining("unknown parameter 'Q'");
        assertThatThrownBy(() -> forecast(s, Map.of("variant", "bdm2009"))).isInstanceOf(BadParameterException.class)
                .hasMessageContaining("scholz-paper");
        assertThatThrownBy(() -> forecast(s, Map.of("q", "1.5"))).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> forecast(s, Map.of("rounds", "-1"))).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> forecast(s, Map.of("security", "own"))).isInstanceOf(BadParameterException.class)
                .hasMessageContaining("challengers");
    }

    @Test
    void every_setting_runs_without_nan() {
        List<Map<String, String>> settings = List.of(Map.of("q", "0.5"), Map.of("q", "0", "t", "1"),
                Map.of("q", "0.5", "t", "0"), Map.of("leading_salience", "appendix"),
                Map.of("compromise_sign", "text"), Map.of("compel", "figure"), Map.of("selection", "least-move"),
                Map.of("selection", "highest-eu"), Map.of("recompute_range", "true"),
                Map.of("variant", "scholz-paper", "q", "0.5", "recompute_range", "true"));
        for (Map<String, String> p : settings) {
            BdmTestData.assertFinite(BdmModel.run(BdmTestData.emission(), Params.of(p)));
        }
    }

    @Test
    void convergence_stop_ends_the_run_when_nobody_moves() {
        BdmRun run = BdmModel.run(BdmTestData.emission(),
                Params.of(Map.of("variant", "scholz-paper", "rounds", "50", "converge", "true")));
        BdmIssueTrace trace = run.trace().get(0);
        assertThat(trace.converged()).isTrue();
        assertThat(trace.rounds().size()).isLessThan(50);
        assertThat(run.forecast().rounds()).hasSize(trace.rounds().size() + 1);
        assertThat(trace.rounds().get(trace.rounds().size() - 1).actors())
                .allMatch(a -> a.newPosition() == a.position());
        BdmRun open = BdmModel.run(BdmTestData.emission(), Params.of(Map.of("rounds", "30")));
        assertThat(open.trace().get(0).converged()).isFalse();
        assertThat(open.forecast().rounds()).hasSize(31);
        IssueConvergence stopped = run.forecast().convergence().issues().get(BdmTestData.ISSUE);
        assertThat(stopped.status()).as("the stop rule met settles the forecast").isEqualTo(ConvergenceStatus.SETTLED);
        assertThat(stopped.rounds()).isEqualTo(trace.rounds().size());
        assertThat(stopped.low()).isEqualTo(run.forecast().forecast().get(BdmTestData.ISSUE));
    }

    @Test
    void the_emission_median_does_not_settle_in_ten_rounds_and_its_range_is_scholzs_swing() {
        // Scholz's Table 2 and the reference trajectory: 7, 8.4159, 9.6109, 9.962 x3, 7.472, 8.8246, 9.6711 x2, 7
        Forecast f = forecast(BdmTestData.emission(), Map.of());
        IssueConvergence c = f.convergence().issues().get(BdmTestData.ISSUE);
        assertThat(c.status()).isEqualTo(ConvergenceStatus.DRIFTING);
        assertThat(c.rounds()).isEqualTo(10);
        assertThat(c.low()).isEqualTo(7.0);
        assertThat(c.high()).isCloseTo(9.962, within(5e-5));
        assertThat(f.forecast().get(BdmTestData.ISSUE)).as("the last round's median stays the forecast value")
                .isEqualTo(7.0);
        assertThat(f.convergence().allSettled()).isFalse();
        assertThat(f.params()).containsEntry("convergence_window", 6).containsEntry("convergence_tolerance", 1e-6);
        Forecast wide = forecast(BdmTestData.emission(), Map.of("convergence_window", "2"));
        assertThat(wide.convergence().issues().get(BdmTestData.ISSUE).high()).isCloseTo(9.6711, within(5e-5));
    }

    @Test
    void the_convergence_judges_the_median_series_of_the_trace() {
        Scenario heavy = BdmTestData.scenario(new double[] {40, 40, 60}, new double[] {10, 10, 1},
                new double[] {80, 80, 80});
        for (Scenario s : List.of(heavy, BdmTestData.emission())) {
            for (String rounds : List.of("3", "10", "40")) {
                BdmRun run = BdmModel.run(s, Params.of(Map.of("rounds", rounds)));
                BdmIssueTrace trace = run.trace().get(0);
                double[] medians = new double[trace.rounds().size() + 1];
                medians[0] = trace.initialMedian();
                for (int t = 1; t < medians.length; t++) {
                    medians[t] = trace.rounds().get(t - 1).median();
                }
                assertThat(run.forecast().convergence().issues().get(BdmTestData.ISSUE))
                        .isEqualTo(ConvergenceDetector.defaults().classify(medians, s.issues().get(0).scale().range(),
                                false));
            }
        }
        IssueConvergence c = forecast(heavy, Map.of()).convergence().issues().get(BdmTestData.ISSUE);
        assertThat(c.status()).isEqualTo(ConvergenceStatus.SETTLED);
        assertThat(c.low()).isEqualTo(40.0);
    }

    @Test
    void zero_rounds_report_the_input() {
        Forecast f = forecast(BdmTestData.emission(), Map.of("rounds", "0"));
        assertThat(f.rounds()).hasSize(1);
        assertThat(f.forecast().get(BdmTestData.ISSUE)).isEqualTo(7.0);
    }
}
