package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of the round loop gives the values of the plain formulas of {@link Votes}. */
class ProbabilityTableTest {

    @Test
    void table_equals_the_plain_formulas_with_duplicate_positions() {
        qt().withFixedSeed(5).forAll(lists().of(integers().between(0, 6)).ofSizeBetween(2, 9),
                        lists().of(doubles().between(0, 1)).ofSize(9), lists().of(doubles().between(0.5, 2)).ofSize(9))
                .assuming((xs, ws, rs) -> xs.stream().distinct().count() > 1)
                .checkAssert((xs, ws, rs) -> {
                    int n = xs.size();
                    double[] x = xs.stream().mapToDouble(Integer::doubleValue).toArray();
                    double[] w = head(ws, n);
                    double[] r = head(rs, n);
                    PositionTable pos = new PositionTable(n);
                    pos.index(x, n);
                    double range = pos.range();
                    ProbabilityTable global = new ProbabilityTable(n);
                    global.fillGlobal(x, w, r, pos, range);
                    ProbabilityTable pairwise = new ProbabilityTable(n);
                    pairwise.fillPairwise(x, w, pos, range);
                    double d = Votes.globalDenominator(x, w, r, range);
                    assertThat(global.denominator()).isCloseTo(d, within(1e-9 * (1 + d)));
                    for (int a = 0; a < pos.size; a++) {
                        for (int b = 0; b < pos.size; b++) {
                            double ua = pos.distinct[a];
                            double ub = pos.distinct[b];
                            assertThat(global.get(a, b)).isCloseTo(Votes.global(x, w, r, ua, ub, range, d),
                                    within(1e-9));
                            if (a != b) {
                                assertThat(pairwise.get(a, b)).isCloseTo(Votes.pairwise(x, w, ua, ub, range),
                                        within(1e-12));
                            }
                        }
                    }
                });
    }

    private static double[] head(List<Double> v, int n) {
        return v.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray();
    }
}
