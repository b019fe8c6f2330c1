package org.parley.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastRound;

class BacktesterTest {

    /** 30 proposals of 2 issues with varied stands; issue 0 of proposal 0 has every actor at one position. */
    static OutcomeDataset data() {
        List<OutcomeIssue> issues = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            String p = "p" + k / 2;
            List<Stand> stands = k == 0
                    ? List.of(new Stand("com", 40, 50), new Stand("ep", 40, 60), new Stand("de", 40, 70))
                    : List.of(new Stand("com", k * 37 % 101, 20 + k % 50), new Stand("ep", k * 53 % 101, 60),
                            new Stand("de", k * 71 % 101, 70), new Stand("fr", k * 29 % 101, 10 + k % 80));
            issues.add(new OutcomeIssue(p + "i" + k % 2, p, k * 41 % 101, k % 3 == 0 ? null : (double) (k % 50),
                    stands));
        }
        return new OutcomeDataset("toy", List.of("com", "ep", "de", "fr"), issues, List.of(), Map.of());
    }

    @Test
    void a_model_that_refuses_an_issue_abstains_with_its_reason_and_the_rest_is_scored() {
        BacktestResult r = Backtester.run(data(), BacktestOptions.defaults(List.of("bdm", "median"))
                .withResamples(200), BatchRunner.sequential());
        Scoreboard all = r.scoreboard("all").orElseThrow();
        ModelScore bdm = all.score("bdm").orElseThrow();
        assertThat(bdm.abstained()).isEqualTo(1);
        assertThat(bdm.scored()).isEqualTo(59);
        assertThat(bdm.abstentions()).containsOnlyKeys("p0i0");
        assertThat(bdm.abstentions().get("p0i0")).contains("range R is 0");
        assertThat(bdm.vsCompromise().issues()).isEqualTo(59);
        assertThat(all.score("compromise").orElseThrow().vsCompromise()).isNull();
        assertThat(r.rows().get(0).predictions()).containsOnlyKeys("compromise", "median");
        assertThat(r.rows().get(0).predictions().get("compromise")).isEqualTo(40.0);
        assertThat(all.leaderboard()).containsExactlyInAnyOrder("compromise", "bdm", "median");
        List<Double> maes = all.leaderboard().stream().map(m -> all.score(m).orElseThrow().metrics().mae()).toList();
        assertThat(maes).isSorted();
        assertThat(r.withReferencePoint()).isEqualTo(40);
    }

    @Test
    void the_result_does_not_depend_on_the_number_of_threads() {
        BacktestOptions o = BacktestOptions.defaults(List.of("compromise", "median", "bdm", "exchange", "smp",
                "anchored-compromise")).withResamples(300).withSeed(9)
                .with(ProposalSplit.of(data().proposals(), 9, 0.5));
        BacktestResult one = Backtester.run(data(), o, BatchRunner.sequential());
        try (BatchRunner two = BatchRunner.parallel(2)) {
            assertThat(Backtester.run(data(), o, two)).isEqualTo(one);
        }
        assertThat(one.scoreboards()).extracting(Scoreboard::part).containsExactly("train", "test");
        assertThat(one.scoreboard("train").orElseThrow().issues() + one.scoreboard("test").orElseThrow().issues())
                .isEqualTo(60);
        assertThat(one.fits()).singleElement().satisfies(f -> assertThat(f.model()).isEqualTo("anchored-compromise"));
    }

    @Test
    void a_fitted_model_needs_a_split() {
        assertThatThrownBy(() -> Backtester.run(data(), BacktestOptions.defaults(List.of("bdm-fitted")),
                BatchRunner.sequential())).hasMessage("model 'bdm-fitted' is fitted; it needs a split");
    }

    @Test
    void a_proposal_whose_saliences_are_all_zero_is_an_abstention_for_the_proposal_models() {
        OutcomeIssue flat = new OutcomeIssue("z1", "z", 50, null, List.of(new Stand("com", 10, 0),
                new Stand("ep", 90, 0)));
        Predictions p = ModelPredictor.of("exchange").predict(List.of(flat), Capabilities.equal(),
                BatchRunner.sequential());
        assertThat(p.scored(0)).isFalse();
        assertThat(p.abstentions()).containsEntry("z1", "no actor has a positive salience on proposal 'z'");
    }

    @Test
    void a_proposal_scenario_holds_each_actor_with_its_stances_on_the_proposals_issues() {
        OutcomeDataset d = data();
        var s = OutcomeDataset.proposalScenario("p1", d.byProposal().get("p1"), Capabilities.equal());
        assertThat(s.issues()).extracting(i -> i.id()).containsExactly("p1i0", "p1i1");
        assertThat(s.actors()).hasSize(4);
        assertThat(s.actor("com").orElseThrow().stances().get("p1i0").position()).isCloseTo(2 * 37 % 101,
                within(1e-12));
    }
}
