package org.parley.core.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.text.Decimals;

/** The deal space's sentences state the numbers of the result they are built from. */
class DealSpaceWordsTest {

    private static final PairCurve NONE = new PairCurve(List.of(), List.of());

    private static DealSpaceResult<Double> result(PairCurve zone, SolutionPoint<Double> minDifference) {
        PairFrontier p = new PairFrontier("A", "B", new PairCurve(List.of(99.0, 50.0), List.of(10.0, 97.25)), zone);
        FrontierSummary<Double> f = new FrontierSummary<>(2, 2, "per-issue merge", 1e-7, List.of(), null);
        return new DealSpaceResult<>(BigInteger.TEN, List.of("A", "B", "C"), Map.of("A", 40.0, "B", 45.0, "C", 50.0),
                Map.of("A", 40.0, "B", 45.0, "C", 50.0), f, f, List.of(p),
                minDifference == null ? Map.of() : Map.of("min_difference", minDifference), null, null, null, null,
                null, null, List.of());
    }

    @Test
    void a_pair_view_names_where_the_zone_and_the_frontier_run() {
        DealSpaceResult<Double> d = result(new PairCurve(List.of(80.0, 41.25), List.of(46.0, 70.0)), null);
        assertThat(DealSpaceWords.pair(d.pairFrontiers().get(0), d)).isEqualTo("Seen by A and B, with C kept at or "
                + "above its no-deal value: the zone of agreement reaches from A 80.0 with B 46.0 to A 41.3 with B 70.0;"
                + " the Pareto frontier runs from A 99.0 (B 10.0) to B 97.3 (A 50.0).");
    }

    @Test
    void an_empty_zone_is_said_to_be_empty() {
        DealSpaceResult<Double> d = result(NONE, null);
        assertThat(DealSpaceWords.pair(d.pairFrontiers().get(0), d)).contains("no outcome on the grid gives every "
                + "party at least its no-deal value, so there is no zone of agreement");
    }

    @Test
    void the_min_difference_point_is_placed_in_or_out_of_the_zone_by_every_partys_no_deal_value() {
        Map<String, Double> outside = Map.of("A", 55.5, "B", 55.0, "C", 49.95);
        String words = DealSpaceWords.minDifference(result(NONE, new SolutionPoint<>(Map.of(), outside, 0.5, 1)));
        assertThat(words).endsWith("lies outside the zone of agreement: C gets " + Decimals.fixed(49.95, 1)
                + ", below its no-deal value 50.0.");
        assertThat(DealSpaceWords.inZone(outside, Map.of("A", 40.0, "B", 45.0, "C", 50.0))).isFalse();
        Map<String, Double> inside = Map.of("A", 55.5, "B", 55.0, "C", 50.0);
        assertThat(DealSpaceWords.minDifference(result(NONE, new SolutionPoint<>(Map.of(), inside, 0.5, 1))))
                .endsWith("lies inside the zone of agreement.");
        assertThat(DealSpaceWords.minDifference(result(NONE, null))).isEmpty();
    }
}
