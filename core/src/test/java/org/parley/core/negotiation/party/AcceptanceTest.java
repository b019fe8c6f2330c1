package org.parley.core.negotiation.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.core.params.BadParameterException;

class AcceptanceTest {

    @Test
    void ac_next_accepts_an_equal_offer_and_genius_strict_version_does_not() {
        Acceptance next = Acceptance.parse("next");
        Acceptance strict = Acceptance.parse("next-strict");
        assertThat(next.accepts(0.7, 0.7, 0.5, Double.NaN, false, 0)).isTrue();
        assertThat(strict.accepts(0.7, 0.7, 0.5, Double.NaN, false, 0)).isFalse();
        assertThat(strict.accepts(0.71, 0.7, 0.5, Double.NaN, false, 0)).isTrue();
        assertThat(next.accepts(0.69, 0.7, 0.5, Double.NaN, false, 0)).isFalse();
    }

    @Test
    void constant_time_and_combination_conditions_follow_baarslag_et_al() {
        assertThat(Acceptance.parse("const:0.8").accepts(0.8, 0.95, 0, Double.NaN, false, 0)).isTrue();
        assertThat(Acceptance.parse("const:0.8").accepts(0.79, 0.5, 0, Double.NaN, false, 0)).isFalse();
        assertThat(Acceptance.parse("time:0.9").accepts(0.0, 1, 0.9, Double.NaN, false, 0)).isTrue();
        assertThat(Acceptance.parse("time:0.9").accepts(1.0, 0, 0.89, Double.NaN, false, 0)).isFalse();
        Acceptance combi = Acceptance.parse("combi");
        assertThat(combi.parameter()).isEqualTo(0.98);
        assertThat(combi.accepts(0.6, 0.9, 0.99, 0.6, false, 0)).as("late, as good as the best in the window")
                .isTrue();
        assertThat(combi.accepts(0.6, 0.9, 0.99, 0.61, false, 0)).as("late, worse than the window's best").isFalse();
        assertThat(combi.accepts(0.6, 0.9, 0.5, 0.5, false, 0)).as("early").isFalse();
        assertThat(combi.accepts(0.9, 0.9, 0.5, 0.5, false, 0)).as("AC_next part").isTrue();
        assertThat(Acceptance.windowStart(0.9)).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void plus_rv_accepts_a_rational_offer_in_the_last_round_only() {
        Acceptance a = Acceptance.parse("next+rv");
        assertThat(a.accepts(0.3, 0.9, 0.99, Double.NaN, true, 0.3)).isTrue();
        assertThat(a.accepts(0.29, 0.9, 0.99, Double.NaN, true, 0.3)).isFalse();
        assertThat(a.accepts(0.3, 0.9, 0.98, Double.NaN, false, 0.3)).isFalse();
        assertThat(a.label()).isEqualTo("next+rv");
        assertThat(Acceptance.parse("combi:0.9+rv").label()).isEqualTo("combi:0.9+rv");
    }

    @Test
    void bad_conditions_are_refused_with_what_was_expected() {
        assertThatThrownBy(() -> Acceptance.parse("sometimes")).isInstanceOf(BadParameterException.class)
                .hasMessage("ac=sometimes: expected next, next-strict, const:A, time:T or combi[:T], optionally "
                        + "followed by +rv");
        assertThatThrownBy(() -> Acceptance.parse("time:1.5")).hasMessage("acceptance time:1.5: expected a time "
                + "from 0 to 1");
        assertThatThrownBy(() -> Acceptance.parse("const:abc")).hasMessage("ac=const:abc: expected a number after "
                + "the colon");
        assertThatThrownBy(() -> Acceptance.parse("next:0.5")).hasMessage("ac=next:0.5: next takes no number");
    }
}
