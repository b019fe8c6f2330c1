package org.parley.core.forecast.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Step 7 of exchange.md Section 3.2: the cut at the partner's position, corrected and decide-compatible. */
class OvershootTest {

    @Test
    void only_a_position_strictly_between_the_outcomes_is_passed() {
        assertThat(Overshoot.passes(50, 40, 60)).isTrue();
        assertThat(Overshoot.passes(50, 60, 40)).isTrue();
        assertThat(Overshoot.passes(60, 40, 60)).isFalse();
        assertThat(Overshoot.passes(40, 40, 60)).isFalse();
        assertThat(Overshoot.passes(70, 40, 60)).isFalse();
    }

    @Test
    void the_corrected_move_lands_the_outcome_on_the_partner() {
        // Three actors with c = s = 1 at 0, 100, 100; the second moves toward 0 and must stop where O = 40.
        double rest = 0 + 100;
        double move = Overshoot.move(40, 3, rest, 1, 100, false);
        assertThat(move).isCloseTo(80, within(1e-12));
        assertThat((rest + (100 - move)) / 3).isCloseTo(40, within(1e-12));
    }

    @Test
    void decide_compat_takes_the_size_of_the_required_position() {
        assertThat(Overshoot.move(40, 3, 100, 1, 100, true)).isCloseTo(20, within(1e-12));
        assertThat(Overshoot.move(40, 3, 100, 1, 0, true)).isEqualTo(Overshoot.move(40, 3, 100, 1, 0, false));
    }
}
