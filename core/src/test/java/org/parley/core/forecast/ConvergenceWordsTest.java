package org.parley.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A forecast that did not settle is stated as its range; a point is not commented on. */
class ConvergenceWordsTest {

    @Test
    void cycling_drifting_and_settled_forecasts_in_words() {
        Convergence c = new Convergence(Map.of("X", IssueConvergence.cycling(40, 2, 20, 30),
                "Y", IssueConvergence.drifting(100, 41.04, 44.96), "Z", IssueConvergence.settled(10, 4, 7)));
        Forecast f = new Forecast("bdm", List.of("X", "Y", "Z"), List.of(), Map.of("X", 25.0, "Y", 43.0, "Z", 7.0),
                "weighted_median", Map.of(), Map.of(), c);
        assertThat(ConvergenceWords.range(f, "X")).isEqualTo("bdm did not settle on X: it repeats every 2 rounds "
                + "between 20.0 and 30.0, so its forecast is that range.");
        assertThat(ConvergenceWords.range(f, "Y")).isEqualTo("bdm did not settle on Y: it is still moving after 100 "
                + "rounds, between 41.0 and 45.0 over the last rounds, so its forecast is that range.");
        assertThat(ConvergenceWords.range(f, "Z")).isEmpty();
    }
}
