package org.parley.core.negotiation.bidspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.DealSpace;
import org.parley.core.negotiation.TestDomains;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.Profile;

class UtilityIndexTest {

    /** The brute-force answer: nearest utility, then higher utility, then enumeration order, among u >= floor. */
    private static long bruteNearest(OutcomeSpace space, Profile p, double target, double floor) {
        long best = -1;
        double bu = 0;
        long n = space.size().longValueExact();
        for (long k = 0; k < n; k++) {
            double u = p.utility(space.outcome(k));
            if (u < floor) {
                continue;
            }
            if (best < 0) {
                best = k;
                bu = u;
                continue;
            }
            int c = exact(u, target).compareTo(exact(bu, target));
            if (c < 0 || c == 0 && u > bu) {
                best = k;
                bu = u;
            }
        }
        return best;
    }

    private static java.math.BigDecimal exact(double u, double target) {
        return new java.math.BigDecimal(u).subtract(new java.math.BigDecimal(target)).abs();
    }

    @Test
    void nearest_is_the_brute_force_nearest_with_the_genius_tie_rules() {
        qt().withExamples(300).withFixedSeed(17).forAll(longs().all(), doubles().between(-0.2, 1.2),
                doubles().between(0, 1)).checkAssert((seed, target, floor) -> {
                    DealSpace d = TestDomains.additive(seed, 2, 4, 5, 0);
                    Profile p = d.profiles().get(0);
                    UtilityIndex ix = UtilityIndex.exact(d.space(), p);
                    int rank = ix.nearest(target, floor);
                    long expected = bruteNearest(d.space(), p, target, floor);
                    assertThat(rank < 0 ? -1 : ix.bidNumber(rank)).isEqualTo(expected);
                });
    }

    @Test
    void bids_are_sorted_best_first_with_ties_in_enumeration_order() {
        qt().withExamples(100).withFixedSeed(3).forAll(longs().all()).checkAssert(seed -> {
            DealSpace d = TestDomains.additive(seed, 2, 4, 5, 0);
            UtilityIndex ix = UtilityIndex.exact(d.space(), d.profiles().get(0));
            assertThat((long) ix.size()).isEqualTo(d.space().size().longValueExact());
            for (int r = 1; r < ix.size(); r++) {
                assertThat(ix.utility(r)).isLessThanOrEqualTo(ix.utility(r - 1));
                if (ix.utility(r) == ix.utility(r - 1)) {
                    assertThat(ix.bidNumber(r)).isGreaterThan(ix.bidNumber(r - 1));
                }
                assertThat(ix.utility(r)).isEqualTo(d.profiles().get(0).utility(ix.bid(r)));
            }
            assertThat(ix.countAtLeast(ix.max())).isPositive();
            assertThat(ix.countAtLeast(ix.max() + 1e-9)).isZero();
            assertThat(ix.countAtLeast(ix.min())).isEqualTo(ix.size());
        });
    }

    @Test
    void a_space_too_large_to_enumerate_is_sampled_and_its_best_and_worst_bids_are_found_by_climbing() {
        List<DomainIssue> issues = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            issues.add(DomainIssue.integer("i" + k, 0, 9));
        }
        OutcomeSpace space = new OutcomeSpace("big", issues);
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        double[] w = new double[10];
        double[][] e = new double[10][10];
        double best = 0;
        double worst = 0;
        for (int k = 0; k < 10; k++) {
            w[k] = 0.1;
            double hi = 0;
            double lo = 1;
            for (int v = 0; v < 10; v++) {
                e[k][v] = r.nextDouble();
                hi = Math.max(hi, e[k][v]);
                lo = Math.min(lo, e[k][v]);
            }
            best += 0.1 * hi;
            worst += 0.1 * lo;
        }
        AdditiveProfile p = AdditiveProfile.weighted("p", w, e, 0, 1, null);
        UtilityIndex ix = UtilityIndex.of(space, p, 1_000_000, 5_000, 9);
        assertThat(ix.exact()).isFalse();
        assertThat(ix.size()).isBetween(4_900, 5_040);
        assertThat(ix.max()).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ix.min()).isCloseTo(worst, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(p.utility(ix.bid(0))).isEqualTo(ix.max());
        UtilityIndex again = UtilityIndex.of(space, p, 1_000_000, 5_000, 9);
        assertThat(again.bidNumber(77)).isEqualTo(ix.bidNumber(77));
    }
}
