package org.parley.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;

class ConvergenceDetectorTest {

    private static final ConvergenceDetector RULE = ConvergenceDetector.defaults();

    @Test
    void a_series_that_stops_moving_settles_at_the_round_it_stopped() {
        IssueConvergence c = RULE.classify(new double[] {20, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25}, 100, false);
        assertThat(c).isEqualTo(IssueConvergence.settled(10, 1, 25));
        assertThat(RULE.classify(new double[] {70, 70, 70}, 100, false)).isEqualTo(IssueConvergence.settled(2, 0, 70));
    }

    @Test
    void bdm_on_the_flagship_ethnic_issue_is_drifting_over_the_last_six_rounds() {
        // the weighted median of ETHNIC, rounds 0-10 of BDM on examples/ukraine-2022-grand-bargain.yaml
        double[] ethnic = {80, 90, 74.60, 90, 70, 90, 66.08, 90, 62.71, 90, 40.68};
        IssueConvergence c = RULE.classify(ethnic, 100, false);
        assertThat(c).isEqualTo(IssueConvergence.drifting(10, 40.68, 90));
        assertThat(c.point()).isFalse();
    }

    @Test
    void a_repeating_pattern_is_a_cycle_whose_range_is_the_last_period() {
        double[] two = {85, 80, 80, 80, 76.25, 80, 76.25, 80, 76.25, 80, 76.25, 80};
        assertThat(RULE.classify(two, 100, false)).isEqualTo(IssueConvergence.cycling(11, 2, 76.25, 80));
        double[] three = {5, 1, 2, 3, 1, 2, 3, 1, 2, 3};
        assertThat(RULE.classify(three, 100, false)).isEqualTo(IssueConvergence.cycling(9, 3, 1, 3));
        // a period of 4 cannot show twice in a window of 6 rounds: drifting over the window
        double[] four = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3};
        assertThat(RULE.classify(four, 100, false)).isEqualTo(IssueConvergence.drifting(10, 1, 4));
        assertThat(new ConvergenceDetector(1e-6, 8).classify(four, 100, false))
                .isEqualTo(IssueConvergence.cycling(10, 4, 1, 4));
    }

    @Test
    void the_tolerance_is_a_share_of_the_scale_width() {
        double[] wobble = {10, 10.4, 10, 10.4, 10, 10.4, 10, 10.4};
        assertThat(RULE.classify(wobble, 100, false).status()).isEqualTo(ConvergenceStatus.CYCLING);
        assertThat(new ConvergenceDetector(0.005, 6).classify(wobble, 100, false))
                .isEqualTo(IssueConvergence.settled(7, 0, 10.4));
        assertThat(new ConvergenceDetector(0.005, 6).classify(wobble, 10, false).status())
                .isEqualTo(ConvergenceStatus.CYCLING);
    }

    @Test
    void the_models_stop_rule_settles_whatever_the_series_did() {
        assertThat(RULE.classify(new double[] {1, 5, 9}, 100, true)).isEqualTo(IssueConvergence.settled(2, 2, 9));
        assertThat(RULE.classify(new double[] {1, 5, 9}, 100, false)).isEqualTo(IssueConvergence.drifting(2, 1, 9));
    }

    @Test
    void round_zero_alone_is_one_shot_and_a_short_run_is_judged_on_what_it_has() {
        assertThat(RULE.classify(new double[] {7}, 10, false)).isEqualTo(IssueConvergence.oneShot(7));
        assertThat(RULE.classify(new double[] {61.4, 53.6}, 100, false))
                .isEqualTo(IssueConvergence.drifting(1, 53.6, 61.4));
        assertThat(RULE.classify(new double[] {1, 2, 3, 4, 5}, 3, 100, false))
                .isEqualTo(IssueConvergence.drifting(2, 1, 3));
    }

    @Test
    void parameters_are_read_checked_and_recorded() {
        Params p = Params.of(Map.of("convergence_window", "4", "convergence_tolerance", "0.01"));
        assertThat(ConvergenceDetector.from(p)).isEqualTo(new ConvergenceDetector(0.01, 4));
        assertThat(p.used()).containsEntry("convergence_window", 4).containsEntry("convergence_tolerance", 0.01);
        Params none = Params.none();
        assertThat(ConvergenceDetector.from(none)).isEqualTo(ConvergenceDetector.defaults());
        assertThat(none.used()).containsEntry("convergence_window", 6);
        assertThatThrownBy(() -> ConvergenceDetector.from(Params.of(Map.of("convergence_window", "1"))))
                .isInstanceOf(BadParameterException.class)
                .hasMessage("convergence_window=1: expected a whole number from 2 to 10000");
        assertThat(ConvergenceDetector.withKeys(java.util.Set.of("rounds")))
                .containsExactlyInAnyOrder("rounds", "convergence_tolerance", "convergence_window");
    }

    @Test
    void the_range_always_holds_the_last_value_and_lies_within_the_series() {
        qt().withExamples(500).withFixedSeed(3).forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 20),
                integers().between(2, 8)).checkAssert((values, window) -> {
                    double[] h = values.stream().mapToDouble(v -> 10.0 * v).toArray();
                    IssueConvergence c = new ConvergenceDetector(0, window).classify(h, 100, false);
                    double last = h[h.length - 1];
                    assertThat(c.low()).isLessThanOrEqualTo(last);
                    assertThat(c.high()).isGreaterThanOrEqualTo(last);
                    assertThat(c.low()).isGreaterThanOrEqualTo(min(values) * 10.0);
                    assertThat(c.high()).isLessThanOrEqualTo(max(values) * 10.0);
                    assertThat(c.rounds()).isEqualTo(h.length - 1);
                    if (c.status() == ConvergenceStatus.SETTLED) {
                        for (int t = c.settledRound(); t < h.length; t++) {
                            assertThat(h[t]).isEqualTo(last);
                        }
                    }
                });
    }

    @Test
    void a_cycle_repeated_long_enough_is_found_with_its_period() {
        qt().withExamples(300).withFixedSeed(5).forAll(lists().of(integers().between(0, 9)).ofSizeBetween(2, 3),
                integers().between(0, 5)).checkAssert((pattern, offset) -> {
                    int k = pattern.size();
                    // a non-constant pattern of 2 or 3 values has no shorter period over a window of 6 rounds
                    boolean constant = pattern.stream().distinct().count() == 1;
                    double[] h = new double[offset + 4 * k];
                    for (int t = 0; t < h.length; t++) {
                        h[t] = pattern.get(t % k);
                    }
                    IssueConvergence c = RULE.classify(h, 10, false);
                    if (constant) {
                        assertThat(c.status()).isEqualTo(ConvergenceStatus.SETTLED);
                    } else {
                        assertThat(c.status()).isEqualTo(ConvergenceStatus.CYCLING);
                        assertThat(c.period()).isEqualTo(k);
                        assertThat(c.low()).isEqualTo(pattern.stream().mapToDouble(Integer::doubleValue).min()
                                .orElseThrow());
                    }
                });
    }

    private static int min(List<Integer> v) {
        return v.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    private static int max(List<Integer> v) {
        return v.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
