package org.parley.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Anchor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;

class ConvergenceWordsTest {

    private static final Issue ETHNIC = new Issue("ETHNIC", "Claims on ethnic Russians", null, Scale.PERCENT,
            List.of(new Anchor(0, "doctrine retained"), new Anchor(50, "non-binding declaration"),
                    new Anchor(100, "treaty recognition")), null, null);

    private static Forecast forecast(String model, Map<String, IssueConvergence> issues) {
        Map<String, Double> values = new LinkedHashMap<>();
        issues.forEach((id, c) -> values.put(id, c.low()));
        return new Forecast(model, List.copyOf(issues.keySet()), List.of(), values, "weighted_median", Map.of(),
                Map.of(), new Convergence(issues));
    }

    @Test
    void a_settled_forecast_needs_no_warning() {
        Forecast f = forecast("bdm", Map.of("TERR", IssueConvergence.settled(10, 0, 70)));
        assertThat(ConvergenceWords.warning(f)).isEmpty();
        assertThat(ConvergenceWords.status(IssueConvergence.settled(10, 1, 25)))
                .isEqualTo("settled from round 1 of 10");
        assertThat(ConvergenceWords.range(IssueConvergence.settled(10, 1, 25))).isEqualTo("25");
        assertThat(ConvergenceWords.status(IssueConvergence.oneShot(7.39))).isEqualTo("one-shot");
    }

    @Test
    void one_line_names_every_unsettled_issue_with_its_class_and_range() {
        Map<String, IssueConvergence> issues = new LinkedHashMap<>();
        issues.put("TERR", IssueConvergence.settled(10, 0, 70));
        issues.put("ETHNIC", IssueConvergence.drifting(10, 40.681622, 90));
        issues.put("ZNPP", IssueConvergence.cycling(60, 2, 76.252248, 80));
        assertThat(ConvergenceWords.warning(forecast("bdm", issues))).hasValue("bdm did not settle on ETHNIC (still "
                + "moving after 10 rounds, 40.68 to 90 over the last rounds) and ZNPP (cycling every 2 rounds after 60 "
                + "rounds, 76.25 to 80 over the cycle); these forecasts are ranges, not points.");
        assertThat(ConvergenceWords.warning(forecast("exchange", Map.of("TERR",
                IssueConvergence.drifting(1, 53.558, 61.417))))).hasValue("exchange did not settle on TERR (still "
                + "moving after 1 round, 53.56 to 61.42 over rounds 0-1); this forecast is a range, not a point.");
    }

    @Test
    void a_range_is_given_in_the_words_of_both_ends() {
        assertThat(ConvergenceWords.inWords(ETHNIC, IssueConvergence.drifting(10, 48, 90))).isEqualTo(
                "from about 50 = non-binding declaration to between 50 = non-binding declaration and 100 = treaty "
                        + "recognition");
        assertThat(ConvergenceWords.inWords(ETHNIC, IssueConvergence.cycling(10, 2, 49, 51)))
                .isEqualTo("about 50 = non-binding declaration");
        assertThat(ConvergenceWords.inWords(ETHNIC, IssueConvergence.settled(10, 2, 0)))
                .isEqualTo("about 0 = doctrine retained");
        assertThat(ConvergenceWords.inWords(Issue.of("X", Scale.PERCENT), IssueConvergence.drifting(3, 1, 2)))
                .isEmpty();
    }

    @Test
    void one_issue_of_a_forecast_in_a_sentence() {
        Map<String, IssueConvergence> issues = new LinkedHashMap<>();
        issues.put("X", IssueConvergence.cycling(40, 2, 20, 30));
        issues.put("Y", IssueConvergence.drifting(100, 41.04, 44.96));
        issues.put("Z", IssueConvergence.settled(10, 4, 7));
        Forecast f = forecast("bdm", issues);
        assertThat(ConvergenceWords.sentence(f, "X")).isEqualTo("bdm did not settle on X (cycling every 2 rounds "
                + "after 40 rounds, 20 to 30 over the cycle); this forecast is a range, not a point.");
        assertThat(ConvergenceWords.sentence(f, "Y")).isEqualTo("bdm did not settle on Y (still moving after 100 "
                + "rounds, 41.04 to 44.96 over the last rounds); this forecast is a range, not a point.");
        assertThat(ConvergenceWords.sentence(f, "Z")).isEmpty();
        assertThat(ConvergenceWords.sentence(f, "W")).isEmpty();
    }
}
