package org.parley.core.forecast.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Scenario;

/** Challenges (smp.md Section 5) in cases small enough to compute by hand. */
class ChallengesTest {

    @Test
    void two_equal_opponents_at_opposite_ends_have_even_odds() {
        // capability 1, position 0 and 100, salience 50 each: vDiff = 1 across, 0 at home; W = 0.5.
        Scenario s = TestScenarios.of(new double[] {1, 0, 50}, new double[] {1, 100, 50});
        TurnSetup t = new TurnSetup(SmpProblem.of(s), SmpParameters.defaults(), new double[] {0, 1},
                new double[] {0, 1});
        // equal probabilities: every risk attitude is 0 (KTAB would divide by zero)
        assertThat(t.riskSpread).isFalse();
        Contest c = Challenges.contest(t, t.perceivedRisks(0), 0, 0, 1);
        // a_i = 0.5 (1 - 0), a_j = 0.5 (0 - 1): Cij = Cji, phij = 1/2
        assertThat(c.probability()).isCloseTo(0.5, within(1e-12));
        // euSQ = 1, euVict = 2, euCntst = 1, euChlg = 0.5 * 2 + 0.5 * 1 = 1.5: dEU = 0.5
        assertThat(c.gain()).isCloseTo(0.5, within(1e-12));
        assertThat(Challenges.bestTarget(t, 0).target()).isEqualTo(1);
    }

    @Test
    void a_semi_committed_third_party_at_the_initiators_position_hedges_with_the_receiver() {
        // m (= actor 2) sits at i's position. Utilities are 0 or 1 whatever the risk attitudes, W = 0.5 for all.
        // Principals: Cij = Cji = 0.5. Little contest: t = 0.5, pin = 1 / 1.5 = 2/3.
        // SemiCommit: join_i = 2/3 * 3 + 1/3 * 0 = 2, join_j = 2/3 * 3 + 1/3 * 1 = 7/3: m votes -1/6 for j,
        // so phij = 0.5 / (0.5 + 0.5 + 1/6) = 3/7. With NoCommit both joins are worth 7/3: phij = 1/2.
        Scenario s = TestScenarios.of(new double[] {1, 0, 50}, new double[] {1, 100, 50}, new double[] {1, 0, 50});
        double[] x = {0, 1, 0};
        TurnSetup semi = new TurnSetup(SmpProblem.of(s), SmpParameters.defaults(), x, x.clone());
        assertThat(Challenges.contest(semi, semi.perceivedRisks(0), 0, 0, 1).probability())
                .isCloseTo(3.0 / 7, within(1e-9));
        SmpParameters noCommit = SmpParameters.read(org.parley.core.params.Params.parse(
                java.util.List.of("thirdParty=no-commit")));
        TurnSetup no = new TurnSetup(SmpProblem.of(s), noCommit, x, x.clone());
        assertThat(Challenges.contest(no, no.perceivedRisks(0), 0, 0, 1).probability())
                .isCloseTo(0.5, within(1e-9));
    }

    @Test
    void an_actor_at_everyone_elses_position_challenges_nobody() {
        Scenario s = TestScenarios.of(new double[] {1, 40, 50}, new double[] {2, 40, 50}, new double[] {3, 40, 50});
        double[] x = {0.4, 0.4, 0.4};
        TurnSetup t = new TurnSetup(SmpProblem.of(s), SmpParameters.defaults(), x, x.clone());
        assertThat(Challenges.bestTarget(t, 0)).isNull();
    }
}
