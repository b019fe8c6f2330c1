package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class VotesTest {

    private static final double EPS = 1e-12;

    @Test
    void linear_vote_is_the_weighted_difference_of_distances() {
        // w = 2, x_k = 0, a = 3, b = 1, R = 10: 2 (1 - 3) / 10 = -0.4
        assertThat(Votes.linear(2, 0, 3, 1, 10)).isCloseTo(-0.4, within(EPS));
    }

    @Test
    void risk_weighted_vote_uses_the_voters_exponent() {
        // w = 1, x_k = 0, a = 2, b = 4, R = 4, r = 2: (4/4)^2 - (2/4)^2 = 0.75
        assertThat(Votes.riskWeighted(1, 0, 2, 4, 4, 2)).isCloseTo(0.75, within(EPS));
    }

    @Test
    void pairwise_probability_by_hand() {
        // x = 0, 10, 4; w = 1, 1, 2; a = 0 against b = 10, R = 10: votes 1, -1, 0.4 -> P = 1.4 / 2.4
        double[] x = {0, 10, 4};
        double[] w = {1, 1, 2};
        assertThat(Votes.pairwise(x, w, 0, 10, 10)).isCloseTo(1.4 / 2.4, within(EPS));
        assertThat(Votes.pairwise(x, w, 10, 0, 10)).isCloseTo(1.0 / 2.4, within(EPS));
        // nobody cares: 0.5
        assertThat(Votes.pairwise(new double[] {5}, new double[] {1}, 0, 10, 10)).isEqualTo(0.5);
    }

    @Test
    void global_probability_by_hand() {
        // x = 0, 2 (R = 2), w = 1, 1, r = 1: v_k(x_m, x_l) is +-1 for m != l, so D = 2 voters x 2 pairs = 4;
        // P(0 beats 2) = voter 0's vote 1 / 4
        double[] x = {0, 2};
        double[] w = {1, 1};
        double[] r = {1, 1};
        double d = Votes.globalDenominator(x, w, r, 2);
        assertThat(d).isCloseTo(4, within(EPS));
        assertThat(Votes.global(x, w, r, 0, 2, 2, d)).isCloseTo(0.25, within(EPS));
        assertThat(Votes.global(x, w, r, 2, 2, 2, d)).isZero();
        assertThat(Votes.global(x, w, r, 0, 2, 2, 0)).isZero();
    }

    @Test
    void paper_probabilities_of_a_dyad_sum_to_1() {
        qt().withFixedSeed(3).forAll(lists().of(doubles().between(0, 100)).ofSizeBetween(2, 10),
                        lists().of(doubles().between(0, 1)).ofSize(10), integers().between(0, 9))
                .checkAssert((xs, ws, j) -> {
                    double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] w = ws.subList(0, x.length).stream().mapToDouble(Double::doubleValue).toArray();
                    double a = x[0];
                    double b = x[j % x.length];
                    if (a != b) {
                        assertThat(Votes.pairwise(x, w, a, b, 100) + Votes.pairwise(x, w, b, a, 100))
                                .isCloseTo(1, within(1e-12));
                    }
                });
    }
}
