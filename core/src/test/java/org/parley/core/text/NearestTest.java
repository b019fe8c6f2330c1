package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {

    private static final List<String> COMMANDS = List.of("analyze", "validate", "show", "forecast", "deals", "runs");

    @Test
    void aTypoNamesTheCommandItMeant() {
        assertThat(Nearest.to("analyse", COMMANDS)).contains("analyze");
        assertThat(Nearest.to("Analyze", COMMANDS)).contains("analyze");
        assertThat(Nearest.to("forcast", COMMANDS)).contains("forecast");
        assertThat(Nearest.hint("shwo", COMMANDS)).isEqualTo(" (did you mean 'show'?)");
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(Nearest.distance("bmd", "bdm")).isEqualTo(1);
        assertThat(Nearest.to("bmd", List.of("bdm", "smp", "median"))).contains("bdm");
    }

    @Test
    void nothingIsSuggestedForAKnownNameOrAFarOneOrAVeryShortOne() {
        assertThat(Nearest.to("deals", COMMANDS)).isEmpty();
        assertThat(Nearest.to("negotiate", COMMANDS)).isEmpty();
        assertThat(Nearest.to("zz", List.of("id", "no"))).isEmpty();
        assertThat(Nearest.hint("zzzzzz", COMMANDS)).isEmpty();
    }

    @Test
    void theDistanceCountsEdits() {
        assertThat(Nearest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Nearest.distance("", "ab")).isEqualTo(2);
        assertThat(Nearest.distance("abc", "abc")).isZero();
        assertThat(Nearest.distance("a", "abcd")).isEqualTo(Integer.MAX_VALUE);
    }
}
