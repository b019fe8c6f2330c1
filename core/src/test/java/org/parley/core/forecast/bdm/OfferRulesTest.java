package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.parley.core.forecast.bdm.BdmSettings.Compel;
import org.parley.core.forecast.bdm.BdmSettings.CompromiseSign;
import org.parley.core.forecast.bdm.BdmSettings.Selection;

class OfferRulesTest {

    private static Region figure(double a, double b) {
        return OfferRules.classify(a, b, CompromiseSign.FIGURE, Compel.FIGURE);
    }

    @Test
    void regions_of_figure_6() {
        assertThat(figure(0.1, 0.2)).isEqualTo(Region.CONFLICT);
        assertThat(figure(0.2, 0.1)).isEqualTo(Region.UPPER_HAND);
        assertThat(figure(-0.1, 0.3)).isEqualTo(Region.COMPROMISE);
        assertThat(figure(-0.3, 0.1)).isEqualTo(Region.CAPITULATION);
        assertThat(figure(0.3, -0.1)).isEqualTo(Region.UPPER_HAND);
        assertThat(figure(-0.1, -0.3)).isEqualTo(Region.STALEMATE);
        assertThat(figure(0.2, 0.2)).isEqualTo(Region.NONE);
    }

    @Test
    void reference_never_capitulates_and_text_sign_moves_compromise_into_the_third_quadrant() {
        assertThat(OfferRules.classify(-0.3, 0.1, CompromiseSign.FIGURE, Compel.NEVER)).isEqualTo(Region.NONE);
        assertThat(OfferRules.classify(-0.1, -0.3, CompromiseSign.TEXT, Compel.FIGURE)).isEqualTo(Region.COMPROMISE);
        assertThat(OfferRules.classify(-0.3, -0.1, CompromiseSign.TEXT, Compel.FIGURE)).isEqualTo(Region.STALEMATE);
        assertThat(OfferRules.classify(-0.1, 0.3, CompromiseSign.TEXT, Compel.FIGURE)).isEqualTo(Region.NONE);
    }

    @Test
    void compromise_moves_by_the_ratio_of_the_utilities() {
        // eq. 36: x_i + (x_j - x_i) |a / b| = 7 + 3 * 0.25 = 7.75
        assertThat(OfferRules.position(Region.COMPROMISE, 7, 10, -0.1, 0.4)).isCloseTo(7.75, within(1e-12));
        assertThat(OfferRules.position(Region.CONFLICT, 7, 10, 0.1, 0.4)).isEqualTo(10);
        assertThat(OfferRules.position(Region.CAPITULATION, 7, 4, -0.5, 0.4)).isEqualTo(4);
        assertThat(OfferRules.position(Region.STALEMATE, 7, 4, -0.5, -0.4)).isEqualTo(7);
    }

    @Test
    void selection_keys() {
        // compromise key (|a| x_i + |b| x_j) / (|a| + |b|) = (0.1 * 7 + 0.4 * 10) / 0.5 = 9.4
        assertThat(OfferRules.key(Selection.COMPROMISE_KEY, Region.COMPROMISE, 7, 10, -0.1, 0.4, 7.75))
                .isCloseTo(9.4, within(1e-12));
        assertThat(OfferRules.key(Selection.COMPROMISE_KEY, Region.CONFLICT, 7, 10, 0.1, 0.4, 10)).isEqualTo(3);
        assertThat(OfferRules.key(Selection.LEAST_MOVE, Region.COMPROMISE, 7, 10, -0.1, 0.4, 7.75))
                .isCloseTo(0.75, within(1e-12));
        assertThat(OfferRules.key(Selection.HIGHEST_EU, Region.COMPROMISE, 7, 10, -0.1, 0.4, 7.75)).isEqualTo(-0.4);
    }

    @Test
    void a_mover_prefers_conflict_to_compromise_to_capitulation() {
        assertThat(Region.CONFLICT.rank()).isLessThan(Region.COMPROMISE.rank());
        assertThat(Region.COMPROMISE.rank()).isLessThan(Region.CAPITULATION.rank());
    }
}
