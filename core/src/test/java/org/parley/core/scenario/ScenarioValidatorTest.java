package org.parley.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTest {

    private static Scenario withStances(Map<String, Stance> stances) {
        return new Scenario("s", null, null, null, List.of(), List.of(Issue.of("X", Scale.PERCENT),
                Issue.of("Y", Scale.PERCENT)), List.of(Actor.of("a", 1, stances)), List.of());
    }

    @Test
    void aSalienceOutOfRangeIsNotAlsoReportedAsAllZero() {
        List<Problem> problems = ScenarioValidator.problems(withStances(Map.of("X", Stance.of(50, 180))));
        assertThat(problems).extracting(Problem::message).containsExactly("is 180; expected 0 to 100");
    }

    @Test
    void saliencesThatAreAllZeroAreReported() {
        List<Problem> problems = ScenarioValidator.problems(withStances(Map.of("X", Stance.of(50, 0),
                "Y", Stance.of(50, 0))));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("every salience"));
    }

    @Test
    void itemsWithoutIdsAreReportedNotACrash() {
        Scenario s = new Scenario("s", null, null, null, List.of(), List.of(Issue.of(null, Scale.PERCENT)),
                List.of(Actor.of(null, 1, Map.of("X", Stance.of(50, 10)))), List.of());
        assertThat(ScenarioValidator.problems(s)).extracting(Problem::message)
                .contains("missing issue id", "missing actor id");
    }
}
