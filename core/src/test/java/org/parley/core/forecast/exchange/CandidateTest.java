package org.parley.core.forecast.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles, rates, gains and validity of single candidates (exchange.md Section 3.2, steps 3-6). */
class CandidateTest {

    /** A cares most about I0, B about I1; they sit at opposite ends of both issues. */
    private static final double[][] X = {{100, 100}, {0, 0}};
    private static final double[][] S = {{90, 30}, {30, 90}};

    private static RoundStart start(double[][] x, double[][] s, double[] c) {
        ExchangeInput in = ExchangeInput.of(ExchangeTestData.scenario(x, s, c));
        return RoundStart.of(in, in.x());
    }

    @Test
    void opposite_actors_trade_their_less_salient_issue_in_full() {
        RoundStart r = start(X, S, new double[] {1, 1});
        assertThat(r.o()).containsExactly(75, 25);
        List<Candidate> all = ExchangeRound.candidates(r, false);
        assertThat(all).hasSize(1);
        Candidate k = all.get(0);
        assertThat(k.innerGroups).isFalse();
        assertThat(k.i.actor).as("A has the larger s_p / s_q, so it is I").isZero();
        assertThat(k.j.actor).isEqualTo(1);
        assertThat(k.shiftP).isCloseTo(25, within(1e-12));
        assertThat(k.shiftQ).isCloseTo(25, within(1e-12));
        assertThat(k.i.move).isCloseTo(-100, within(1e-12));
        assertThat(k.j.move).isCloseTo(100, within(1e-12));
        assertThat(k.gain).isCloseTo(0.9 * 25 - 0.3 * 25, within(1e-12));
        assertThat(k.valid).isTrue();
        ExchangeRound.Result result = ExchangeRound.run(1, r, ExchangeSettings.defaults());
        assertThat(result.outcome()).containsExactly(100, 0);
    }

    @Test
    void equal_relative_saliences_give_no_gain_and_no_exchange() {
        RoundStart r = start(X, new double[][] {{50, 50}, {60, 60}}, new double[] {1, 1});
        Candidate k = ExchangeRound.candidates(r, false).get(0);
        assertThat(k.gain).isCloseTo(0, within(1e-12));
        assertThat(k.valid).isFalse();
    }

    @Test
    void a_zero_salience_needs_no_division_and_makes_the_candidate_invalid() {
        RoundStart r = start(X, new double[][] {{90, 0}, {30, 90}}, new double[] {1, 1});
        Candidate k = ExchangeRound.candidates(r, false).get(0);
        assertThat(k.valid).isFalse();
    }

    @Test
    void actors_on_the_same_side_of_an_outcome_do_not_trade() {
        // Both right of O on I0 (with a heavy third actor at 0 pulling O down), opposite on I1.
        RoundStart r = start(new double[][] {{100, 100}, {90, 0}, {0, 50}}, new double[][] {{50, 50}, {50, 50},
                {100, 1}}, new double[] {1, 1, 5});
        for (Candidate k : ExchangeRound.candidates(r, false)) {
            boolean sameSideP = r.left(k.i.actor, 0) == r.left(k.j.actor, 0);
            boolean sameSideQ = r.left(k.i.actor, 1) == r.left(k.j.actor, 1);
            assertThat(sameSideP || sameSideQ).isFalse();
        }
    }

    @Test
    void equal_gains_are_broken_by_creation_order_and_counted() {
        double[][] x = {{100, 100}, {100, 100}, {0, 0}, {0, 0}};
        double[][] s = {{90, 30}, {90, 30}, {30, 90}, {30, 90}};
        RoundStart r = start(x, s, new double[] {1, 1, 1, 1});
        List<Candidate> all = ExchangeRound.candidates(r, false);
        assertThat(all).hasSize(4).allSatisfy(k -> assertThat(k.gain).isEqualTo(all.get(0).gain));
        ExchangeRound.Result result = ExchangeRound.run(1, r, ExchangeSettings.defaults());
        RealisedExchange first = result.trace().exchanges().get(0);
        assertThat(first.i().actor()).isEqualTo("A0");
        assertThat(first.j().actor()).isEqualTo("A2");
        assertThat(first.tiedWith()).isEqualTo(3);
        assertThat(result.trace().ties()).isPositive();
    }
}
