package org.parley.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.Fixtures.actor;
import static org.parley.core.Fixtures.issue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The phasing additions of the scenario model: discount factors, concession marks and the phasing section. */
class PhasingValidationTest {

    private static Scenario scenario(List<Issue> issues, List<Actor> actors, Phasing phasing) {
        return new Scenario("s", null, null, null, List.of(), issues, actors, List.of(), phasing);
    }

    private static List<String> problems(Scenario s) {
        return ScenarioValidator.problems(s).stream().map(Problem::toString).toList();
    }

    private static final List<Actor> TWO = List.of(actor("A", 1, null, false, "X", 0, 50),
            actor("B", 1, null, false, "X", 100, 50));

    @Test
    void sound_phasing_data_has_no_problems() {
        Issue x = issue("X", 0, 100, 0.0).withConcession(List.of("A", "B"), true, "relief can be reimposed");
        Phasing p = new Phasing(2024.0, 2049.0, Punishment.NO_DEAL,
                new PowerPath("A", 0.1, List.of(new PowerPoint(2024, 0.5), new PowerPoint(2030, 0.4)), null), null);
        assertThat(problems(scenario(List.of(x), List.of(TWO.get(0).withDiscount(0.9), TWO.get(1)), p))).isEmpty();
    }

    @Test
    void discount_factors_outside_the_open_unit_interval_are_refused() {
        List<Actor> actors = List.of(TWO.get(0).withDiscount(1.0), TWO.get(1).withDiscount(0.0));
        assertThat(problems(scenario(List.of(issue("X", 0, 100, 0.0)), actors, null))).containsExactly(
                "actors[0].discount: is 1; expected an annual discount factor above 0 and below 1",
                "actors[1].discount: is 0; expected an annual discount factor above 0 and below 1");
        assertThat(problems(scenario(List.of(issue("X", 0, 100, 0.0)),
                List.of(TWO.get(0).withDiscount(Double.NaN), TWO.get(1)), null)))
                .containsExactly("actors[0].discount: is NaN; expected a finite number");
    }

    @Test
    void conceded_by_names_known_actors_once_and_reversible_needs_a_conceder() {
        Issue x = issue("X", 0, 100, 0.0).withConcession(List.of("A", "Q", "A"), false, null);
        Issue y = issue("Y", 0, 100, 0.0).withConcession(List.of(), true, null);
        assertThat(problems(scenario(List.of(x, y), TWO, null))).containsExactly(
                "issues[0].conceded_by[1]: unknown actor 'Q'; expected one of [A, B]",
                "issues[0].conceded_by[2]: actor 'A' is listed twice; expected each conceding actor once",
                "issues[1].reversible: issue 'Y' is reversible but nobody concedes it, so nobody can take it back; "
                        + "expected conceded_by");
    }

    @Test
    void phasing_years_and_the_power_path_are_checked() {
        Phasing p = new Phasing(2049.0, 2024.0, Punishment.FREEZE, new PowerPath("Z", -0.5,
                List.of(new PowerPoint(2030, 1.5), new PowerPoint(2030, 0.2)), null), null);
        assertThat(problems(scenario(List.of(issue("X", 0, 100, 0.0)), TWO, p))).containsExactly(
                "phasing.end: year 2024 is not after the start year 2049; expected start < end",
                "phasing.power.declining: unknown actor 'Z'; expected one of [A, B]",
                "phasing.power.war_cost: is -0.5; expected a cost of war >= 0 (a share of the flow being divided)",
                "phasing.power.path[0].p: is 1.5; expected a probability from 0 to 1",
                "phasing.power.path[1].year: year 2030 is not after 2030 (path[0]); expected years in increasing "
                        + "order");
    }

    @Test
    void punishment_words_are_read_in_any_case_and_freeze_is_the_default() {
        assertThat(Punishment.ofWord(" No-Deal")).isEqualTo(Punishment.NO_DEAL);
        assertThat(Punishment.ofWord("war")).isNull();
        assertThat(new Phasing(2024.0, 2049.0, null, null, null).punishment()).isEqualTo(Punishment.FREEZE);
    }
}
