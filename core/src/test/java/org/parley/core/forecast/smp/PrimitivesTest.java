package org.parley.core.forecast.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The primitive functions of smp.md Section 3, against values computed by hand. */
class PrimitivesTest {

    private static final double EPS = 1e-12;

    @Test
    void salience_weighted_distance_is_normalised_by_the_salience_norm() {
        // d = (0.2, 0.4), s = (0.3, 0.4): sqrt((0.06^2 + 0.16^2) / (0.09 + 0.16)) = sqrt(0.1168)
        double[] a = {0.5, 0.9};
        double[] b = {0.3, 0.5};
        double[] s = {0.3, 0.4};
        assertThat(SmpUtility.bvDiff(a, 0, b, 0, s, 0, 2, 0.25)).isCloseTo(Math.sqrt(0.1168), within(EPS));
        // equal saliences and a unit difference everywhere: distance 1
        assertThat(SmpUtility.bvDiff(new double[] {1, 1}, 0, new double[] {0, 0}, 0, new double[] {0.2, 0.2}, 0, 2,
                0.08)).isCloseTo(1, within(EPS));
    }

    @Test
    void utility_bends_with_the_risk_attitude() {
        assertThat(SmpUtility.bsUtil(0.5, 1)).isCloseTo(0.75, within(EPS));      // 1 - d^2
        assertThat(SmpUtility.bsUtil(0.5, 0)).isCloseTo(0.5, within(EPS));       // 1 - d
        assertThat(SmpUtility.bsUtil(0.5, -0.5)).isCloseTo(0.375, within(EPS));  // convex
        assertThat(SmpUtility.bsUtil(1.2, 0.5)).isCloseTo(-0.3, within(EPS));    // guard beyond d = 1
        assertThat(SmpUtility.bsUtil(0, -1)).isEqualTo(1);
    }

    @Test
    void votes_follow_each_rule() {
        // w = 2, du = 0.3
        assertThat(VotingRule.BINARY.vote(2, 0.7, 0.4)).isCloseTo(2, within(EPS));
        assertThat(VotingRule.PROP_BIN.vote(2, 0.7, 0.4)).isCloseTo(2 * (0.24 + 0.2), within(EPS));
        assertThat(VotingRule.PROP.vote(2, 0.7, 0.4)).isCloseTo(0.6, within(EPS));
        assertThat(VotingRule.PROP_CBC.vote(2, 0.7, 0.4)).isCloseTo(2 * (0.15 + 0.0135), within(EPS));
        assertThat(VotingRule.CUBIC.vote(2, 0.7, 0.4)).isCloseTo(0.054, within(EPS));
        assertThat(VotingRule.ASYM_PROSP.vote(2, 0.7, 0.4)).isCloseTo(0.4, within(EPS));
        assertThat(VotingRule.ASYM_PROSP.vote(2, 0.4, 0.7)).isCloseTo(-0.6, within(EPS));
        assertThat(VotingRule.ASYM_PROSP.vote(2, 0.4, 0.4)).isZero();
        assertThat(VotingRule.BINARY.vote(2, 0.4, 0.7)).isCloseTo(-2, within(EPS));
        assertThatThrownBy(() -> VotingRule.PROP.vote(0, 1, 0)).hasMessageContaining("non-positive voting weight");
    }

    @Test
    void coalitions_add_positive_and_negative_votes_separately() {
        // two voters (w 1 and 3), two options; voter 0 prefers option 1 by 0.5, voter 1 option 0 by 0.2
        double[] u = {0.2, 0.6, 0.7, 0.4};  // option-major: option 0 (voters 0, 1), then option 1
        double[] c = Condorcet.coalitions(new double[] {1, 3}, u, 2, 2, VotingRule.PROP);
        assertThat(c[1 * 2 + 0]).isCloseTo(1e-8 + 0.5, within(EPS));  // C(1,0): behind option 1
        assertThat(c[0 * 2 + 1]).isCloseTo(1e-8 + 0.6, within(EPS));  // C(0,1): behind option 0
        assertThat(c[0]).isEqualTo(1e-8);
        assertThat(c[3]).isEqualTo(1e-8);
    }

    @Test
    void victory_probabilities_sharpen_with_the_power() {
        double[] c = {1e-8, 1, 3, 1e-8};  // C(0,1) = 1, C(1,0) = 3
        assertThat(VictoryProbModel.LINEAR.victory(c, 2)[2]).isCloseTo(0.75, within(EPS));
        assertThat(VictoryProbModel.SQUARE.victory(c, 2)[2]).isCloseTo(0.9, within(EPS));
        assertThat(VictoryProbModel.QUARTIC.victory(c, 2)[2]).isCloseTo(81.0 / 82, within(EPS));
        assertThat(VictoryProbModel.OCTIC.victory(c, 2)[2]).isCloseTo(6561.0 / 6562, within(EPS));
        double[] v = VictoryProbModel.LINEAR.victory(c, 2);
        assertThat(v[0]).isEqualTo(0.5);
        assertThat(v[1] + v[2]).isCloseTo(1, within(EPS));
    }

    @Test
    void binary_victory_is_nearly_certain_beyond_a_ten_percent_margin() {
        double[] clear = {1e-8, 1, 3, 1e-8};
        assertThat(VictoryProbModel.BINARY.victory(clear, 2)[2]).isCloseTo(1 / (1 + 1e-6), within(EPS));
        double[] close = {1e-8, 1, 1.05, 1e-8};
        double r = 1.05 / 2.05;
        assertThat(VictoryProbModel.BINARY.victory(close, 2)[2]).isCloseTo((r * 2.1 - 1) / 0.1, within(EPS));
    }

    @Test
    void conditional_and_markov_uniform_elections_agree_on_two_options() {
        double[] v = {0.5, 0.25, 0.75, 0.5};  // V(1,0) = 0.75
        double[] c = {1e-8, 1, 3, 1e-8};
        // conditional: 0.5 * 0.25 vs 0.75 * 0.5
        assertThat(PceModel.CONDITIONAL.probabilities(c, v, 2)).containsExactly(new double[] {0.25, 0.75},
                within(EPS));
        // Markov uniform: p1 = 0.5 p1 + 0.375 at the fixed point
        assertThat(PceModel.MARKOV_UNIFORM.probabilities(c, v, 2)[1]).isCloseTo(0.75, within(1e-5));
        double[] mi = PceModel.MARKOV_INCENTIVE.probabilities(c, v, 2);
        assertThat(mi[0] + mi[1]).isCloseTo(1, within(1e-6));
        assertThat(mi[1]).isGreaterThan(mi[0]);
    }

    @Test
    void risk_attitudes_span_the_chosen_range() {
        double[] p = {0.1, 0.3, 0.6};
        double[] r = new double[3];
        assertThat(BigRRange.MID.riskAttitudes(p, r)).isTrue();
        assertThat(r).containsExactly(new double[] {-0.5, 0.1, 1}, within(EPS));
        BigRRange.MIN.riskAttitudes(p, r);
        assertThat(r).containsExactly(new double[] {0, 0.4, 1}, within(EPS));
        BigRRange.MAX.riskAttitudes(p, r);
        assertThat(r).containsExactly(new double[] {-1, -0.2, 1}, within(EPS));
        assertThat(BigRRange.MID.riskAttitudes(new double[] {0.5, 0.5}, r)).isFalse();
        assertThat(r[0]).isZero();
    }

    @Test
    void perceived_risk_mixes_own_and_true_attitudes() {
        assertThat(BigRAdjust.NONE.estimate(0.3, -0.6)).isCloseTo(0.3, within(EPS));
        assertThat(BigRAdjust.ONE_THIRD.estimate(0.3, -0.6)).isCloseTo(0, within(EPS));
        assertThat(BigRAdjust.HALF.estimate(0.3, -0.6)).isCloseTo(-0.15, within(EPS));
        assertThat(BigRAdjust.TWO_THIRDS.estimate(0.3, -0.6)).isCloseTo(-0.3, within(EPS));
        assertThat(BigRAdjust.FULL.estimate(0.3, -0.6)).isCloseTo(-0.6, within(EPS));
    }

    @Test
    void bargains_interpolate_and_round_to_four_decimals() {
        assertThat(InterVecBargain.round4(0.78564)).isEqualTo(0.7856);
        assertThat(InterVecBargain.round4(0.78566)).isEqualTo(0.7857);
        double[] x = {0.2, 0.8};
        double[] s = {0.5, 0.5};
        double[] bI = new double[1];
        double[] bJ = new double[1];
        InterVecBargain.S2P2.propose(x, s, 1, 0, 1, 0.5, bI, bJ);  // equal weights: both meet half-way
        assertThat(bI[0]).isEqualTo(0.5);
        assertThat(bJ[0]).isEqualTo(0.5);
        double[] y = {0, 1};
        InterVecBargain.S1P1.propose(y, s, 1, 0, 1, 0.8, bI, bJ);  // wI = 0.4, wJ = 0.1: 0.1 / 0.5
        assertThat(bI[0]).isEqualTo(0.2);
        assertThat(bJ[0]).isEqualTo(0.2);
        InterVecBargain.S2PMAX.propose(y, s, 1, 0, 1, 0.8, bI, bJ);  // only the likely loser j moves
        assertThat(bI[0]).isZero();
        assertThat(bJ[0]).isCloseTo(1 - 0.15 / 0.250001, within(EPS));
    }

    @Test
    void third_parties_value_the_four_outcomes_by_their_commitment() {
        // U(m,i) = 0.9, U(m,j) = 0.1, U(m,m) = 1
        ThirdPartyCommit semi = ThirdPartyCommit.SEMI_COMMIT;
        assertThat(semi.joinedIWins(0.9, 1)).isCloseTo(2.8, within(EPS));
        assertThat(semi.joinedILoses(0.1, 1)).isCloseTo(0.3, within(EPS));
        assertThat(semi.joinedJLoses(0.9, 1)).isCloseTo(2.7, within(EPS));
        assertThat(semi.joinedJWins(0.1, 1)).isCloseTo(1.2, within(EPS));
        assertThat(ThirdPartyCommit.NO_COMMIT.joinedILoses(0.1, 1)).isCloseTo(1.2, within(EPS));
        assertThat(ThirdPartyCommit.FULL_COMMIT.joinedIWins(0.9, 1)).isCloseTo(2.7, within(EPS));
    }
}
