package org.parley.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTest {

    private final Issue terr = new Issue("TERR", null, null, new Scale(0, 100, null),
            List.of(new Anchor(67, "23-Feb-2022 line"), new Anchor(12, "Nov-2022 line"), new Anchor(100, "1991")),
            12.0, null);

    @Test
    void anchors_are_kept_in_scale_order() {
        assertThat(terr.anchors()).extracting(Anchor::value).containsExactly(12.0, 67.0, 100.0);
    }

    @Test
    void a_value_near_an_anchor_is_described_by_it() {
        assertThat(terr.describe(63.5)).isEqualTo("about 67 = 23-Feb-2022 line");
    }

    @Test
    void a_value_between_anchors_names_both() {
        assertThat(terr.describe(40)).isEqualTo("between 12 = Nov-2022 line and 67 = 23-Feb-2022 line");
    }

    @Test
    void a_value_below_every_anchor_says_so() {
        assertThat(terr.describe(0)).isEqualTo("below 12 = Nov-2022 line");
    }

    @Test
    void an_issue_without_anchors_has_no_words() {
        assertThat(Issue.of("X", Scale.PERCENT).describe(50)).isEmpty();
    }

    @Test
    void scale_maps_to_percent_and_back() {
        Scale s = new Scale(4, 10, "years");
        assertThat(s.toPercent(7)).isEqualTo(50.0);
        assertThat(s.fromPercent(50)).isEqualTo(7.0);
        assertThat(s.contains(10)).isTrue();
        assertThat(s.contains(10.0001)).isFalse();
    }
}
