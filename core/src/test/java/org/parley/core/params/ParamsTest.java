package org.parley.core.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void given_values_are_read_and_defaults_recorded() {
        Params p = Params.parse(List.of("q=0.5", "variant=Scholz-Paper"));
        assertThat(p.number("q", 1, 0, 1)).isEqualTo(0.5);
        assertThat(p.integer("rounds", 10, 1, 1000)).isEqualTo(10);
        assertThat(p.choice("variant", "scholz-reference", Set.of("scholz-reference", "scholz-paper")))
                .isEqualTo("scholz-paper");
        assertThat(p.used()).containsExactly(java.util.Map.entry("q", 0.5), java.util.Map.entry("rounds", 10),
                java.util.Map.entry("variant", "scholz-paper"));
    }

    @Test
    void bad_values_say_what_was_expected() {
        Params p = Params.parse(List.of("q=abc", "rounds=0", "mode=x", "flag=yes"));
        assertThatThrownBy(() -> p.number("q", 1, 0, 1)).hasMessage("q=abc: expected a number");
        assertThatThrownBy(() -> p.integer("rounds", 10, 1, 100))
                .hasMessage("rounds=0: expected a whole number from 1 to 100");
        assertThatThrownBy(() -> p.choice("mode", "a", Set.of("a", "b"))).hasMessage("mode=x: expected one of [a, b]");
        assertThatThrownBy(() -> p.flag("flag", false)).hasMessage("flag=yes: expected one of [false, true]");
    }

    @Test
    void unknown_keys_and_malformed_pairs_are_refused() {
        assertThatThrownBy(() -> Params.parse(List.of("q")).requireKnown("bdm", Set.of("q")))
                .isInstanceOf(BadParameterException.class).hasMessage("--set q: expected key=value");
        assertThatThrownBy(() -> Params.parse(List.of("z=1")).requireKnown("bdm", Set.of("q", "t")))
                .hasMessage("unknown parameter 'z' for bdm; expected one of [q, t]");
    }
}
