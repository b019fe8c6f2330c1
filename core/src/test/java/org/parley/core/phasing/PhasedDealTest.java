package org.parley.core.phasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;

/** What keeps a deal from being phased: listed by {@link PhasedDeal#problems}, thrown by {@link PhasedDeal#of}. */
class PhasedDealTest {

    private static final TwoParty M = new TwoParty(2, 1, 0, 0.9, 3, 1);

    @Test
    void a_complete_deal_has_no_problems() {
        assertThat(PhasedDeal.problems(M.scenario, M.deal(), null)).isEmpty();
    }

    @Test
    void every_problem_is_listed_with_its_path_and_of_throws_with_them_all() {
        Scenario s = M.scenario
                .withActors(List.of(M.scenario.actors().get(0).withDiscount(null), M.scenario.actors().get(1)))
                .withIssues(List.of(M.scenario.issues().get(0), M.scenario.issues().get(1).withStatusQuo(null)));
        List<Problem> problems = PhasedDeal.problems(s, M.deal(), null);
        assertThat(problems).extracting(Problem::path).containsExactly("actors[0].discount", "issues[1].status_quo");
        assertThat(problems.get(0).message()).isEqualTo("missing; phasing needs the annual discount factor of every "
                + "party that concedes a term or holds a veto (A, B), e.g. discount: 0.9");
        assertThatThrownBy(() -> PhasedDeal.of(s, M.deal(), null)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("actors[0].discount").hasMessageContaining("issues[1].status_quo");
        // from a start package the status quo is not needed
        assertThat(PhasedDeal.problems(s, M.deal(), M.scenario.pkg("start").orElseThrow()))
                .extracting(Problem::path).containsExactly("actors[0].discount");
    }

    @Test
    void a_package_where_the_schedule_starts_has_nothing_to_phase() {
        assertThat(PhasedDeal.problems(M.scenario, M.scenario.pkg("start").orElseThrow(), null))
                .extracting(Problem::toString).containsExactly("packages: package 'start' is where the schedule "
                        + "starts on every issue (the status quo): nothing to phase");
    }
}
