package org.parley.core.negotiation.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.PairCurve;
import org.parley.core.deals.PairFrontier;
import org.parley.core.deals.PairFrontiers;
import org.parley.core.negotiation.TestDomains;

/** A session's reference seen by each pair of parties: the projected frontier and the zone's upper boundary. */
class ReferenceTest {

    private static boolean dominatedOrEqual(double a, double b, PairCurve c) {
        for (int k = 0; k < c.size(); k++) {
            if (c.first().get(k) >= a - 1e-12 && c.second().get(k) >= b - 1e-12) {
                return true;
            }
        }
        return false;
    }

    @Test
    void each_pair_sees_the_non_dominated_projection_of_the_frontier_and_of_its_rational_points() {
        qt().withFixedSeed(11).withExamples(60).forAll(longs().all(), integers().between(2, 5)).checkAssert(
                (seed, n) -> {
                    Reference ref = Setting.of(TestDomains.additive(seed, n, 3, 4, 0.6), SettingOptions.defaults(1))
                            .reference();
                    List<PairFrontier> pairs = ref.pairFrontiers();
                    assertThat(pairs).hasSize(PairFrontiers.pairs(n).size());
                    for (int p = 0; p < pairs.size(); p++) {
                        int a = PairFrontiers.pairs(n).get(p)[0];
                        int b = PairFrontiers.pairs(n).get(p)[1];
                        PairFrontier f = pairs.get(p);
                        assertThat(f.first()).isEqualTo(ref.parties().get(a));
                        PairCurve c = f.frontier();
                        for (int k = 1; k < c.size(); k++) {
                            assertThat(c.first().get(k)).isLessThan(c.first().get(k - 1));
                            assertThat(c.second().get(k)).isGreaterThan(c.second().get(k - 1));
                        }
                        boolean anyRational = false;
                        for (List<Double> u : ref.frontier()) {
                            assertThat(dominatedOrEqual(u.get(a), u.get(b), c)).isTrue();
                            boolean rational = true;
                            for (int i = 0; i < n; i++) {
                                rational &= u.get(i) >= ref.reservationValues().get(i);
                            }
                            if (rational) {
                                anyRational = true;
                                assertThat(dominatedOrEqual(u.get(a), u.get(b), f.zone())).isTrue();
                            }
                        }
                        assertThat(f.zone().size() > 0).isEqualTo(anyRational);
                        for (int k = 0; k < f.zone().size(); k++) {
                            double za = f.zone().first().get(k);
                            double zb = f.zone().second().get(k);
                            assertThat(ref.frontier()).anySatisfy(u -> {
                                assertThat(u.get(a)).isEqualTo(za);
                                assertThat(u.get(b)).isEqualTo(zb);
                                for (int i = 0; i < n; i++) {
                                    assertThat(u.get(i)).isGreaterThanOrEqualTo(ref.reservationValues().get(i));
                                }
                            });
                        }
                    }
                });
    }
}
