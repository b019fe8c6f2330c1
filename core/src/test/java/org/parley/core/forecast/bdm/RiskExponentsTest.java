package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskExponentsTest {

    @Test
    void exponent_spans_one_half_to_two() {
        assertThat(RiskExponents.exponent(1)).isEqualTo(0.5);
        assertThat(RiskExponents.exponent(-1)).isEqualTo(2.0);
        assertThat(RiskExponents.exponent(0)).isEqualTo(1.0);
        // Rb = 0.5: (1 - 1/6) / (1 + 1/6) = 5/7
        assertThat(RiskExponents.exponent(0.5)).isCloseTo(5.0 / 7, within(1e-15));
    }

    @Test
    void balance_is_minus_one_to_one() {
        assertThat(RiskExponents.riskBalance(4, 4, -2)).isEqualTo(1.0);
        assertThat(RiskExponents.riskBalance(-2, 4, -2)).isEqualTo(-1.0);
        assertThat(RiskExponents.riskBalance(1, 4, -2)).isZero();
    }

    @Test
    void equal_securities_give_risk_neutral_actors() {
        double[] r = {7, 7, 7};
        assertThat(RiskExponents.assign(new double[] {0.3, 0.3, 0.3}, 3, r)).isFalse();
        assertThat(r).containsExactly(1, 1, 1);
    }

    @Test
    void exponents_lie_in_range_with_exact_ends_at_the_extreme_securities() {
        qt().withFixedSeed(11).forAll(lists().of(doubles().between(-20, 20)).ofSizeBetween(2, 12))
                .assuming(list -> list.stream().distinct().count() > 1)
                .checkAssert(list -> {
                    double[] sec = list.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] r = new double[sec.length];
                    assertThat(RiskExponents.assign(sec, sec.length, r)).isTrue();
                    int max = argExtreme(list, true);
                    int min = argExtreme(list, false);
                    for (double ri : r) {
                        assertThat(ri).isBetween(0.5, 2.0);
                    }
                    assertThat(r[max]).isEqualTo(0.5);
                    assertThat(r[min]).isEqualTo(2.0);
                });
    }

    private static int argExtreme(List<Double> v, boolean max) {
        int best = 0;
        for (int i = 1; i < v.size(); i++) {
            if (max ? v.get(i) > v.get(best) : v.get(i) < v.get(best)) {
                best = i;
            }
        }
        return best;
    }
}
