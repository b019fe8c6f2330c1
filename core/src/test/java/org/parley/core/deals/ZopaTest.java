package org.parley.core.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.parley.core.exec.BatchRunner;

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
                    Zopa one = Zopa.compute(d.space(), d.profiles(), Long.MAX_VALUE, BatchRunner.sequential());
                    Zopa two;
                    try (BatchRunner r = BatchRunner.parallel(2)) {
                        two = Zopa.compute(d.space(), d.profiles(), Long.MAX_VALUE, r);
                    }
                    assertThat(one.outcomes()).isEqualTo(byHand).isEqualTo(two.outcomes());
                    assertThat(one.share()).isEqualTo((double) byHand / n);
                    assertThat(two.best()).isEqualTo(one.best());
                    assertThat(two.worst()).isEqualTo(one.worst());
                    assertThat(two.example()).isEqualTo(one.example());
                    ParetoFrontier f = Frontiers.compute(d.space(), d.profiles(), FrontierOptions.defaults(1));
                    assertThat(Acceptance.of(d.profiles()).rational(f).size() == 0).isEqualTo(byHand == 0);
                });
    }
}
