package org.parley.core.forecast.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.forecast.ConvergenceStatus;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.forecast.Traced;
import org.parley.core.forecast.compromise.CompromiseModel;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/** The model as Parley runs it: parameters, rounds, issue units, the forecast contract and the explanation. */
class ExchangeModelTest {

    private static final Scenario SAMPLE = ExchangeTestData.sample();

    @Test
    void is_registered_as_exchange() {
        assertThat(ForecastModels.names()).contains("exchange");
        assertThat(ForecastModels.byName("exchange").orElseThrow()).isInstanceOf(ExchangeModel.class);
    }

    @Test
    void the_forecast_is_the_compromise_of_the_voting_positions_in_issue_units() {
        Forecast f = new ExchangeModel().forecast(SAMPLE, Params.none());
        assertThat(f.model()).isEqualTo("exchange");
        assertThat(f.headline()).isEqualTo("weighted_mean");
        assertThat(f.rounds()).hasSize(2);
        // the forecast is the compromise (capability x salience weighted mean) of the round's voting positions
        for (var issue : SAMPLE.issues()) {
            double num = 0;
            double den = 0;
            for (var a : SAMPLE.actors()) {
                var st = a.stances().get(issue.id());
                double w = a.capability() * st.salience();
                num += w * f.rounds().get(1).positions().get(a.id()).get(issue.id());
                den += w;
            }
            assertThat(f.forecast().get(issue.id())).as(issue.id()).isCloseTo(num / den, within(1e-9));
        }
        assertThat(f.rounds().get(0).positions().get("Willems").get("tol-hoogte")).isEqualTo(3.0);
        assertThat(f.rounds().get(1).positions().get("Willems").get("extra-investering")).isEqualTo(100.0);
        assertThat(f.params()).containsEntry("rounds", 1).containsEntry("decide_compat", "false")
                .containsEntry("ties", "creation-order");
        assertThat(f.statistics()).containsKeys("weighted_mean", "weighted_median");
    }

    @Test
    void the_default_single_round_is_the_forecast_by_definition_and_more_rounds_keep_moving() {
        Forecast f = new ExchangeModel().forecast(SAMPLE, Params.none());
        Forecast before = CompromiseModel.mean().forecast(SAMPLE, Params.none());
        Forecast three = new ExchangeModel().forecast(SAMPLE, Params.parse(List.of("rounds=3")));
        for (var issue : SAMPLE.issues()) {
            IssueConvergence c = f.convergence().issues().get(issue.id());
            double x1 = f.forecast().get(issue.id());
            assertThat(c).as(issue.id()).isEqualTo(IssueConvergence.horizon(1, x1));
            assertThat(x1).isNotCloseTo(before.forecast().get(issue.id()), within(1e-6));
            assertThat(three.convergence().issues().get(issue.id()).status()).as(issue.id())
                    .isIn(ConvergenceStatus.DRIFTING, ConvergenceStatus.CYCLING);
        }
        Forecast none = new ExchangeModel().forecast(SAMPLE, Params.parse(List.of("rounds=0")));
        assertThat(none.convergence().allSettled()).isTrue();
        assertThat(none.convergence().issues().values()).allMatch(c -> c.status() == ConvergenceStatus.ONE_SHOT);
    }

    @Test
    void an_issue_no_exchange_touches_settles_from_round_zero() {
        String id = "ONLY";
        Scenario one = new Scenario("one issue", null, null, null, List.of(), List.of(Issue.of(id, Scale.PERCENT)),
                List.of(Actor.of("A", 1, Map.of(id, Stance.of(10, 50))), Actor.of("B", 2, Map.of(id, Stance.of(90,
                        50)))), List.of());
        Forecast f = new ExchangeModel().forecast(one, Params.parse(List.of("rounds=3")));
        assertThat(f.convergence().issues().get(id)).isEqualTo(IssueConvergence.settled(3, 0, f.forecast().get(id)));
    }

    @Test
    void zero_rounds_give_the_compromise() {
        Forecast f = new ExchangeModel().forecast(SAMPLE, Params.parse(List.of("rounds=0")));
        Forecast c = CompromiseModel.mean().forecast(SAMPLE, Params.none());
        c.forecast().forEach((issue, x) -> assertThat(f.forecast().get(issue)).isCloseTo(x, within(1e-9)));
    }

    @Test
    void later_rounds_start_from_damped_positions() {
        ExchangeRun run = ExchangeModel.run(SAMPLE, Params.parse(List.of("rounds=3")));
        assertThat(run.trace()).hasSize(3).extracting(ExchangeRoundTrace::round).containsExactly(1, 2, 3);
        assertThat(run.forecast().rounds()).hasSize(4);
        ExchangeInput in = ExchangeInput.of(SAMPLE);
        ExchangeRound.Result first = ExchangeRound.run(1, RoundStart.of(in, in.x()), ExchangeSettings.defaults());
        // Willems (salience 0.6) voted 100 on extra-investering from 25: 25 + (0.4 x 0.4 + 0.1) x 75.
        assertThat(first.nextStart()[0][4]).isCloseTo(44.5, within(1e-12));
        Map<String, Double> second = run.trace().get(1).startOutcome();
        double[] o = RoundStart.of(in, first.nextStart()).o();
        assertThat(second.get("extra-investering")).isCloseTo(o[4], within(1e-12));
    }

    @Test
    void parameters_are_checked() {
        ExchangeModel m = new ExchangeModel();
        assertThatThrownBy(() -> m.forecast(SAMPLE, Params.parse(List.of("variant=x"))))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("unknown parameter 'variant'");
        assertThatThrownBy(() -> m.forecast(SAMPLE, Params.parse(List.of("salience_weight=0.8", "fixed_weight=0.3"))))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("expected at most 1");
        assertThatThrownBy(() -> m.forecast(SAMPLE, Params.parse(List.of("rounds=-1"))))
                .isInstanceOf(BadParameterException.class);
    }

    @Test
    void the_explanation_names_every_realised_exchange() {
        Traced t = new ExchangeModel().traced(SAMPLE, Params.none());
        assertThat(t.trace()).isInstanceOf(List.class);
        assertThat(t.explanation()).anySatisfy(l -> assertThat(l).startsWith("Round 1: compromise "
                + "tolheffing-binnenstad 49.3532").endsWith("240 candidate exchanges, 230 valid"));
        assertThat(t.explanation()).contains("  1. Willems moves on extra-investering 25 -> 100 (outcome +13.1579); "
                + "in return Wcentr moves on tolheffing-binnenstad 0 -> 61.0512 (outcome +10.3878); gain 1.9737 each "
                + "(I moves all the way)");
        // 40 is this implementation's count for round 1 (a regression value: the reference gives only the first two)
        assertThat(t.explanation().get(t.explanation().size() - 1)).contains("40 exchanges realised");
    }

    @Test
    void a_case_with_too_many_candidate_exchanges_is_refused_up_front() {
        int n = 400;
        int m = 40;
        double[][] x = new double[n][m];
        double[][] s = new double[n][m];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = 1;
            for (int d = 0; d < m; d++) {
                x[i][d] = (i * 37 + d * 11) % 101;
                s[i][d] = 50;
            }
        }
        assertThatThrownBy(() -> new ExchangeModel().forecast(ExchangeTestData.scenario(x, s, c), Params.none()))
                .isInstanceOf(org.parley.core.scenario.InvalidScenarioException.class)
                .hasMessageContaining("candidate exchanges, more than the exchange model's limit of 500000");
    }
}
