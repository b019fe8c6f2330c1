package org.parley.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.core.Fixtures.actor;
import static org.parley.core.Fixtures.issue;
import static org.parley.core.Fixtures.pkg;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.Fixtures;

class ScenarioValidatorCasesTest {

    private static List<String> problems(Scenario s) {
        return ScenarioValidator.problems(s).stream().map(Problem::toString).toList();
    }

    @Test
    void a_sound_scenario_has_no_problems() {
        assertThat(ScenarioValidator.problems(Fixtures.small(Loss.LINEAR))).isEmpty();
        assertThat(ScenarioValidator.check(Fixtures.small(Loss.LINEAR)).actors()).hasSize(3);
    }

    @Test
    void unknown_issue_ids_in_stances_and_packages_are_named_with_their_path() {
        Scenario s = new Scenario("s", null, null, null, List.of(), List.of(issue("A", 0, 100, 0.0)),
                List.of(actor("X", 1, null, false, "A", 10, 50, "NOPE", 5, 5)), List.of(pkg("p", "A", 1, "ZZ", 3)));
        assertThat(problems(s)).containsExactly(
                "actors[0].stances.NOPE: unknown issue 'NOPE'; expected one of [A]",
                "packages[0].terms.ZZ: unknown issue 'ZZ'; expected one of [A]");
    }

    @Test
    void duplicate_ids_are_reported_for_each_kind() {
        Scenario s = new Scenario("s", null, null, null, List.of(),
                List.of(issue("A", 0, 100, 0.0), issue("A", 0, 100, 0.0)),
                List.of(actor("X", 1, null, false, "A", 1, 1), actor("X", 1, null, false, "A", 2, 2)),
                List.of(pkg("p", "A", 1), pkg("p", "A", 2)));
        assertThat(problems(s)).contains("issues[1].id: duplicate issue id 'A'; expected each issue id once",
                "actors[1].id: duplicate actor id 'X'; expected each actor id once",
                "packages[1].id: duplicate package id 'p'; expected each package id once");
    }

    @Test
    void values_off_the_scale_and_bad_saliences_each_give_a_problem() {
        Scenario s = new Scenario("s", null, null, null, List.of(), List.of(issue("A", 0, 10, 11.0)),
                List.of(actor("X", -1, 120.0, false, "A", 12, -5), actor("Y", 1, null, false, "A", 3, 0)),
                List.of(pkg("p", "A", -1)));
        assertThat(problems(s)).containsExactly(
                "issues[0].status_quo: 11 is outside the scale; expected 0 to 10",
                "actors[0].capability: is -1; expected a number >= 0",
                "actors[0].reservation: is 120; expected a utility from 0 to 100",
                "actors[0].stances.A.position: 12 is outside the scale; expected 0 to 10",
                "actors[0].stances.A.salience: is -5; expected 0 to 100",
                "actors[1].stances: every salience of actor 'Y' is zero; expected at least one positive salience",
                "packages[0].terms.A: -1 is outside the scale; expected 0 to 10");
    }

    @Test
    void nan_and_infinity_are_refused_everywhere() {
        Scenario s = new Scenario("s", null, null, null, List.of(), List.of(issue("A", 0, Double.POSITIVE_INFINITY,
                null)), List.of(actor("X", Double.NaN, null, false, "A", Double.NaN, 10)), List.of());
        assertThat(problems(s)).contains("issues[0].scale.max: is Infinity; expected a finite number",
                "actors[0].capability: is NaN; expected a finite number",
                "actors[0].stances.A.position: is NaN; expected a finite number");
    }

    @Test
    void an_inverted_scale_and_all_zero_capabilities_are_refused() {
        Scenario s = new Scenario("s", null, null, null, List.of(), List.of(issue("A", 5, 5, null)),
                List.of(actor("X", 0, null, false, "A", 5, 10)), List.of());
        assertThat(problems(s)).containsExactly("issues[0].scale: max 5 is not above min 5; expected min < max",
                "actors: every capability is zero; expected at least one actor with capability > 0");
    }

    @Test
    void a_package_missing_a_term_needs_a_status_quo() {
        Scenario s = Fixtures.small(Loss.LINEAR).withPackages(List.of(pkg("p", "A", 10)));
        assertThat(problems(s)).containsExactly("packages[0].terms: package 'p' has no term for issue 'B', which has "
                + "no status_quo to fall back on; expected a term or a status_quo");
    }

    @Test
    void ids_must_be_short_words() {
        Scenario s = Fixtures.small(Loss.LINEAR).withActors(List.of(actor("two words", 1, null, false, "A", 1, 1)));
        assertThat(problems(s)).containsExactly("actors[0].id: 'two words' is not a valid actor id; expected up to 64 "
                + "letters, digits, '_', '-' or '.'");
    }

    @Test
    void an_empty_scenario_says_what_it_lacks() {
        assertThat(problems(new Scenario(null, null, null, null, null, null, null, null)))
                .containsExactly("issues: no issues; expected at least one", "actors: no actors; expected at least one");
    }

    @Test
    void check_throws_with_every_problem() {
        Scenario s = new Scenario("s", null, null, null, List.of(), List.of(issue("A", 0, 10, null)),
                List.of(actor("X", -1, null, false, "A", 12, 5)), List.of());
        assertThatThrownBy(() -> ScenarioValidator.check(s)).isInstanceOf(InvalidScenarioException.class)
                .satisfies(e -> assertThat(((InvalidScenarioException) e).problems()).extracting(Problem::path)
                        .containsExactly("actors[0].capability", "actors[0].stances.A.position"));
    }

    @Test
    void numbers_are_written_as_users_write_them() {
        assertThat(ScenarioValidator.num(12.0)).isEqualTo("12");
        assertThat(ScenarioValidator.num(0.0001)).isEqualTo("0.0001");
        assertThat(ScenarioValidator.num(-2.5)).isEqualTo("-2.5");
    }
}
