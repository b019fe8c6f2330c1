package org.parley.core.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** The zone of agreement counts exactly the outcomes every party rates at or above its reservation value. */
class ZopaTest {

    @Test
    void counts_rational_outcomes_the_same_on_one_or_two_threads_and_by_hand() {
        qt().withExamples(60).withFixedSeed(9).forAll(longs().all(), integers().between(2, 4))
                .checkAssert((seed, parties) -> {
                    DealSpace d = RandomDomains.additive(seed, parties);
                    double[] rv = d.reservationValues();
                    long n = d.space().sizeSaturated();
                    long byHand = 0;
                    for (long i = 0; i < n; i++) {
                        double[] u = d.utilities(d.space().outcome(i));
                        boolean ok = true;
                        for (int k = 0; k < rv.length; k++) {
                            ok &= u[k] >= rv[k];
                        }
                        byHand += ok ? 1 : 0;
                    }
                    Zopa one = Zopa.compute(d.space(), d.profiles(), rv, Long.MAX_VALUE, 1);
                    Zopa two = Zopa.compute(d.space(), d.profiles(), rv, Long.MAX_VALUE, 2);
                    assertThat(one.outcomes()).isEqualTo(byHand).isEqualTo(two.outcomes());
                    assertThat(one.share()).isEqualTo((double) byHand / n);
                    ParetoFrontier f = Frontiers.compute(d.space(), d.profiles(), FrontierOptions.defaults(1));
                    assertThat(f.rational(rv).size() == 0).isEqualTo(byHand == 0);
                });
    }
}
