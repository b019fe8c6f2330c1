package org.parley.core.forecast.compromise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parley.core.Fixtures.actor;
import static org.parley.core.Fixtures.issue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.forecast.Forecast;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Scenario;

class CompromiseModelTest {

    private static Scenario oneIssue(List<Actor> actors) {
        return new Scenario("t", null, null, null, List.of(), List.of(issue("D", 0, 100, null)), actors, List.of());
    }

    @Test
    void three_equal_actors_at_0_100_100_give_two_thirds() {
        // exchange.md section 5 (decide-exchange-model unit tests)
        Scenario s = oneIssue(List.of(actor("a", 1, null, false, "D", 0, 1), actor("b", 1, null, false, "D", 100, 1),
                actor("c", 1, null, false, "D", 100, 1)));
        assertThat(CompromiseModel.mean().forecast(s, Params.none()).forecast().get("D"))
                .isCloseTo(200.0 / 3, within(1e-12));
    }

    @Test
    void two_equal_actors_at_0_and_100_give_50_and_the_lower_median_0() {
        Scenario s = oneIssue(List.of(actor("a", 1, null, false, "D", 0, 1), actor("b", 1, null, false, "D", 100, 1)));
        Forecast mean = CompromiseModel.mean().forecast(s, Params.none());
        Forecast median = CompromiseModel.median().forecast(s, Params.none());
        assertThat(mean.forecast().get("D")).isEqualTo(50.0);
        assertThat(median.forecast().get("D")).isEqualTo(0.0);
        assertThat(mean.headline()).isEqualTo("weighted_mean");
        assertThat(median.statistics().get("weighted_mean").get("D")).isEqualTo(50.0);
    }

    @Test
    void actors_without_a_stance_on_an_issue_do_not_count_there() {
        Scenario s = new Scenario("t", null, null, null, List.of(),
                List.of(issue("D", 0, 100, null), issue("E", 0, 100, null)),
                List.of(actor("a", 1, null, false, "D", 0, 1, "E", 10, 1), actor("b", 3, null, false, "D", 100, 1)),
                List.of());
        Forecast f = CompromiseModel.mean().forecast(s, Params.none());
        assertThat(f.forecast()).containsEntry("D", 75.0).containsEntry("E", 10.0);
        assertThat(f.rounds().get(0).positions().get("b")).containsOnlyKeys("D");
        assertThat(CompromiseModel.weightShares(s).get("D")).containsEntry("a", 0.25).containsEntry("b", 0.75);
    }

    @Test
    void an_issue_nobody_weighs_is_a_clear_error() {
        Scenario s = new Scenario("t", null, null, null, List.of(),
                List.of(issue("D", 0, 100, null), issue("E", 0, 100, null)),
                List.of(actor("a", 1, null, false, "D", 0, 1, "E", 10, 0)), List.of());
        assertThatThrownBy(() -> CompromiseModel.mean().forecast(s, Params.none()))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("issues[1]: no actor has capability x salience > 0 on issue 'E'; the compromise is "
                        + "undefined there");
    }

    @Test
    void the_compromise_takes_no_parameters() {
        Scenario s = oneIssue(List.of(actor("a", 1, null, false, "D", 0, 1)));
        assertThatThrownBy(() -> CompromiseModel.mean().forecast(s, Params.parse(List.of("rounds=3"))))
                .isInstanceOf(BadParameterException.class)
                .hasMessage("unknown parameter 'rounds' for compromise; expected one of []");
    }

    @Test
    void scaling_capabilities_and_reordering_actors_change_nothing() {
        qt().withFixedSeed(3).forAll(integers().between(2, 9), doubles().between(0.01, 1000), integers().all())
                .checkAssert((n, factor, seed) -> {
                    java.util.Random r = new java.util.Random(seed);
                    List<Actor> actors = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        actors.add(actor("a" + i, 1 + r.nextInt(50), null, false, "D", r.nextInt(101),
                                1 + r.nextInt(100)));
                    }
                    Forecast base = CompromiseModel.mean().forecast(oneIssue(actors), Params.none());
                    List<Actor> scaled = actors.stream().map(a -> a.withCapability(a.capability() * factor)).toList();
                    List<Actor> shuffled = new ArrayList<>(actors);
                    Collections.shuffle(shuffled, r);
                    double x = base.forecast().get("D");
                    assertThat(CompromiseModel.mean().forecast(oneIssue(scaled), Params.none()).forecast().get("D"))
                            .isCloseTo(x, within(1e-9));
                    assertThat(CompromiseModel.mean().forecast(oneIssue(shuffled), Params.none()).forecast().get("D"))
                            .isCloseTo(x, within(1e-9));
                    assertThat(CompromiseModel.median().forecast(oneIssue(shuffled), Params.none()).forecast()
                            .get("D")).isEqualTo(CompromiseModel.median().forecast(oneIssue(actors), Params.none())
                            .forecast().get("D"));
                });
    }
}
