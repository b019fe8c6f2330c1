package org.parley.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioWarningsTest {

    private static final List<Issue> ISSUES = List.of(Issue.of("X", Scale.PERCENT), Issue.of("Y", Scale.PERCENT),
            Issue.of("Z", Scale.PERCENT));

    /** An actor with capability {@code c} and saliences on X, Y, Z (positions 50). */
    private static Actor actor(String id, double c, double... saliences) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        for (int k = 0; k < saliences.length; k++) {
            stances.put(ISSUES.get(k).id(), Stance.of(50, saliences[k]));
        }
        return Actor.of(id, c, stances);
    }

    private static Scenario scenario(Actor... actors) {
        return new Scenario("s", null, null, null, List.of(), ISSUES, List.of(actors), List.of());
    }

    @Test
    void aFractionAmongAnActorsPercentSaliencesIsFlaggedWithTheValueItProbablyMeant() {
        Scenario s = scenario(actor("a", 10, 60, 0.35, 80), actor("b", 10, 0.2, 0.3, 0.4), actor("c", 10, 0.5));
        assertThat(ScenarioWarnings.of(s)).containsExactly(new Problem("actors[0].stances.Y.salience", "is 0.35 "
                + "where the other saliences of 'a' run from 60 to 80 on the 0-100 scale; if 0.35 is a fraction, "
                + "write 35"));
    }

    @Test
    void aFractionAmongTheScenariosPercentSaliencesIsFlaggedThoughItsActorHasNoOther() {
        Scenario s = scenario(actor("a", 10, 60, 70), actor("b", 10, 40, 40), actor("c", 10, 1));
        assertThat(ScenarioWarnings.of(s)).containsExactly(new Problem("actors[2].stances.X.salience", "is 1 where "
                + "most saliences of the scenario run from 40 to 70 on the 0-100 scale; if 1 is a fraction, write 100"));
    }

    @Test
    void aScenarioWrittenOnTheUnitScaleThroughoutIsNotFlagged() {
        assertThat(ScenarioWarnings.of(scenario(actor("a", 10, 0.6, 0.7), actor("b", 10, 0.2, 1)))).isEmpty();
    }

    @Test
    void zeroSaliencesAndAFiftyFiftySplitAreNotFlagged() {
        // a salience of 0 means "does not care", and with as many fractions as percentages neither scale is "most"
        assertThat(ScenarioWarnings.of(scenario(actor("a", 10, 60, 0, 0), actor("b", 10, 0.5, 0.5),
                actor("c", 10, 30)))).isEmpty();
    }

    @Test
    void aCapabilityOfZeroIsFlaggedAsNeverMovingAForecast() {
        Scenario s = scenario(actor("a", 10, 60), actor("b", 0, 60));
        assertThat(ScenarioWarnings.of(s)).containsExactly(new Problem("actors[1].capability", "is 0, so 'b' can "
                + "never move any forecast (every model weighs an actor's position by its capability); its acceptance "
                + "of packages still counts"));
    }

    @Test
    void theFractionCheckCanBeLeftOutForSaliencesScaledFromTheUnitScale() {
        Scenario s = scenario(actor("a", 0, 60, 0.5, 80));
        assertThat(ScenarioWarnings.of(s, false)).extracting(Problem::path).containsExactly("actors[0].capability");
        assertThat(ScenarioWarnings.of(s, true)).extracting(Problem::path)
                .containsExactly("actors[0].capability", "actors[0].stances.Y.salience");
    }
}
