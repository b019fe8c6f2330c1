package org.parley.core.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.parley.core.Fixtures;
import org.parley.core.scenario.Loss;

class PackageReviewTest {

    private final PackageReview review = PackageReview.of(Fixtures.small(Loss.LINEAR));

    @Test
    void an_actor_accepts_a_package_worth_at_least_its_reservation_value() {
        PackageVerdict p1 = review.verdict("p1");
        assertThat(p1.acceptedBy()).containsExactly("X");
        assertThat(p1.rejectedBy()).containsExactly("Y");
        assertThat(p1.margins().get("X")).isCloseTo(20.0, within(1e-12));
        assertThat(p1.margins().get("Y")).isCloseTo(-20.0, within(1e-12));
    }

    @Test
    void an_actor_without_a_reservation_value_is_undecided_and_has_no_margin() {
        assertThat(review.verdict("p1").undecided()).containsExactly("Z");
        assertThat(review.verdict("p1").margins()).doesNotContainKey("Z");
        assertThat(review.verdict("p1").utilities().get("Z")).isCloseTo(70.0, within(1e-12));
    }

    @Test
    void only_veto_parties_block() {
        assertThat(review.verdict("p1").blockedBy()).isEmpty();
        assertThat(review.verdict("p2").blockedBy()).containsExactly("X");
        assertThat(review.verdict("p2").unanimous()).isFalse();
    }

    @Test
    void each_actor_favours_the_package_it_values_most() {
        assertThat(review.favourites()).containsExactly(java.util.Map.entry("X", "p1"),
                java.util.Map.entry("Y", "p2"), java.util.Map.entry("Z", "p1"));
    }

    @Test
    void the_verdict_records_the_outcome_with_status_quo_filled_in() {
        assertThat(review.verdict("p2").outcome()).containsEntry("A", 90.0).containsEntry("B", 0.0);
    }
}
