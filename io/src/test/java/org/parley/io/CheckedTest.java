package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

class CheckedTest {

    private static Scenario scenario(Actor... actors) {
        return new Scenario("s", null, null, null, List.of(), List.of(Issue.of("X", Scale.PERCENT)),
                List.of(actors), List.of());
    }

    @Test
    void problemsAreListedInFileOrderWholeFileFirst() {
        Scenario s = scenario(Actor.of("a", -1, Map.of("X", Stance.of(50, 10))),
                Actor.of("b", 1, Map.of("X", Stance.of(150, 10))));
        List<Problem> structural = List.of(new Problem("name", "late"), new Problem(null, "whole file"));
        Map<String, Integer> lines = Map.of("name", 30, "actors[0]", 20, "actors[1]", 10);
        List<InputError> errors = errors(() -> Checked.scenario(s, structural, "f.yaml",
                p -> lines.entrySet().stream().filter(e -> p.startsWith(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(1)));
        assertThat(errors).extracting(InputError::line).containsExactly(null, 10, 20, 30);
    }

    @Test
    void aRootThatIsNotAMappingHidesTheModelProblemsItCauses() {
        Scenario empty = new Scenario(null, null, null, null, null, null, null, null);
        List<InputError> errors = errors(() -> Checked.scenario(empty,
                List.of(new Problem("", "expected a mapping")), "f.yaml", p -> 1));
        assertThat(errors).extracting(InputError::message).containsExactly("expected a mapping");
    }

    @Test
    void tableProblemsAreMergedWithModelProblemsAndNamedWithinTheRow() {
        Scenario s = scenario(Actor.of("a", 1, Map.of("X", Stance.of(50, 10))),
                Actor.of("a", 1, Map.of("X", Stance.of(60, 10))));
        List<InputError> rowErrors = List.of(new InputError("t.csv", 4, "Power", "'x'; expected a number"));
        Map<String, Integer> lines = Map.of("actors[0]", 2, "actors[1]", 5);
        List<InputError> errors = errors(() -> Checked.table(s, rowErrors, true, "t.csv",
                p -> lines.get(p.substring(0, p.indexOf(']') + 1))));
        assertThat(errors).extracting(InputError::line).containsExactly(4, 5);
        assertThat(errors.get(1).path()).isEqualTo("id");
        assertThat(errors.get(1).message()).contains("duplicate actor id 'a'");
    }

    @Test
    void tableProblemsAboutAllActorsAreDroppedWhenRowsWereLeftOut() {
        Scenario s = scenario(Actor.of("a", 0, Map.of("X", Stance.of(50, 10))));
        List<InputError> rowErrors = List.of(new InputError("t.csv", 3, "Power", "'lots'; expected a number"));
        assertThat(errors(() -> Checked.table(s, rowErrors, true, "t.csv", p -> 1))).hasSize(1);
        assertThat(errors(() -> Checked.table(s, List.of(), false, "t.csv", p -> 1))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("every capability is zero"));
    }

    @Test
    void moreActorIssuePairsThanTheLimitIsOneWholeFileProblem() {
        Scenario s = scenario(Actor.of("a", 1, Map.of("X", Stance.of(50, 10))),
                Actor.of("b", -1, Map.of("Y", Stance.of(50, 10))), Actor.of("c", 1, Map.of("X", Stance.of(1, 1))));
        Limits two = new Limits(1 << 20, 100, 100, 64, 50, 1000, 2);
        assertThat(errors(() -> Checked.scenario(s, List.of(), "f.yaml", p -> 1, two))).singleElement()
                .satisfies(e -> {
                    assertThat(e.line()).isNull();
                    assertThat(e.message()).isEqualTo("3 actors x 1 issues = 3 actor-issue pairs, more than the limit "
                            + "of 2 (the analyses keep a number for every pair); expected fewer actors or issues");
                });
        assertThat(errors(() -> Checked.scenario(s, List.of(), "f.yaml", p -> 1))).hasSizeGreaterThan(1);
    }

    @Test
    void aMessageOrPathThatQuotesTooMuchOfTheInputIsShortened() {
        InputError e = new InputError("f", 1, "k".repeat(1000), "m".repeat(100_000));
        assertThat(e.toString().length()).isLessThan(1000);
        assertThat(e.message()).endsWith("... (99400 more characters)");
        List<InputError> many = new java.util.ArrayList<>();
        for (int k = 0; k < 5000; k++) {
            many.add(new InputError("f", k, null, "bad"));
        }
        InputException ex = new InputException(many);
        assertThat(ex.errors()).hasSize(InputException.MAX_LISTED);
        assertThat(ex.omitted()).isEqualTo(4950);
        assertThat(ex.getMessage()).endsWith("... and 4950 more problems (the first 50 are listed)");
    }
}
