package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.parley.core.forecast.WeightedPositions;

class PositionTableTest {

    @Test
    void distinct_positions_counts_and_lower_median_by_hand() {
        double[] x = {4, 7, 4, 10};
        PositionTable pos = new PositionTable(4);
        pos.index(x, 4);
        assertThat(pos.size).isEqualTo(3);
        assertThat(pos.distinct[0]).isEqualTo(4);
        assertThat(pos.at).containsExactly(0, 1, 0, 2);
        assertThat(pos.count[0]).isEqualTo(2);
        assertThat(pos.range()).isEqualTo(6);
        // weights 1, 1, 1, 1: 4 holds exactly half -> lower median 4
        assertThat(pos.median(new double[] {1, 1, 1, 1}, 4)).isEqualTo(4);
        assertThat(pos.median(new double[] {1, 3, 1, 1}, 4)).isEqualTo(7);
        assertThat(pos.mean(x, new double[] {1, 1, 1, 1}, 4)).isCloseTo(6.25, within(1e-12));
    }

    @Test
    void median_equals_the_sort_based_weighted_median() {
        qt().withFixedSeed(7).forAll(lists().of(integers().between(0, 20)).ofSizeBetween(1, 15),
                        lists().of(doubles().between(0, 1)).ofSize(15))
                .assuming((xs, ws) -> ws.subList(0, xs.size()).stream().mapToDouble(Double::doubleValue).sum() > 0)
                .checkAssert((xs, ws) -> {
                    int n = xs.size();
                    double[] x = xs.stream().mapToDouble(Integer::doubleValue).toArray();
                    double[] w = ws.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray();
                    PositionTable pos = new PositionTable(n);
                    pos.index(x, n);
                    assertThat(pos.median(w, n)).isEqualTo(WeightedPositions.median(x, w));
                    assertThat(pos.mean(x, w, n)).isCloseTo(WeightedPositions.mean(x, w), within(1e-12));
                });
    }
}
