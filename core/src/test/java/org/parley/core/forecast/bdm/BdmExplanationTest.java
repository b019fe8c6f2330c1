package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.params.Params;

class BdmExplanationTest {

    @Test
    void says_who_moved_why_and_who_stayed() {
        List<String> lines = BdmExplanation.lines(BdmModel.run(BdmTestData.emission(),
                Params.of(Map.of("rounds", "1"))));
        assertThat(lines.get(0)).startsWith("Issue ISSUE: range R 6, weighted median 7");
        assertThat(lines).contains("Round 1: weighted median 8.4159, weighted mean 7.4613");
        assertThat(lines).anyMatch(l -> l.startsWith("  Belgium 7 -> 8.4159: compromise with France (E(U_ij) -0.1148"));
        assertThat(lines).anyMatch(l -> l.startsWith("  UK stays at 10; r 1.96"));
        assertThat(lines).anyMatch(l -> l.contains("dyads: ") && l.contains("stalemate"));
    }
}
