package org.parley.core.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * The two-party views of a deal space: taken from the frontier over all parties, they equal the two-party frontiers
 * of every outcome (and of every outcome all parties accept) found by brute force, and they end where the zone of
 * agreement, counted by enumeration, ends.
 */
class PairFrontiersTest {

    private static final FrontierOptions OPTIONS = FrontierOptions.defaults(1);

    @Test
    void projected_frontiers_equal_the_brute_force_two_party_frontiers() {
        qt().withExamples(120).withFixedSeed(5).forAll(longs().all(), integers().between(2, 4))
                .checkAssert((seed, n) -> {
                    DealSpace d = RandomDomains.additive(seed, n);
                    ParetoFrontier f = Frontiers.compute(d.space(), d.profiles(), OPTIONS);
                    Acceptance acceptance = Acceptance.of(d.profiles());
                    List<PairFrontier> views = PairFrontiers.of(d.parties(), f, acceptance.rational(f));
                    assertThat(views).hasSize(n * (n - 1) / 2);
                    List<double[]> all = new ArrayList<>();
                    List<double[]> rational = new ArrayList<>();
                    for (long i = 0; i < d.space().sizeSaturated(); i++) {
                        int[] o = d.space().outcome(i);
                        double[] u = d.utilities(o);
                        all.add(u);
                        if (acceptance.acceptedByAll(u, o)) {
                            rational.add(u);
                        }
                    }
                    for (PairFrontier v : views) {
                        int a = d.parties().indexOf(v.first());
                        int b = d.parties().indexOf(v.second());
                        assertSameFrontier(v.frontier(), bruteForce(all, a, b));
                        assertSameFrontier(v.zone(), bruteForce(rational, a, b));
                    }
                });
    }

    @Test
    void points_run_along_the_frontier_first_utility_down_second_up() {
        qt().withExamples(60).withFixedSeed(9).forAll(longs().all()).checkAssert(seed -> {
            DealSpace d = RandomDomains.additive(seed, 3);
            ParetoFrontier f = Frontiers.compute(d.space(), d.profiles(), OPTIONS);
            for (PairFrontier v : PairFrontiers.of(d.parties(), f, f)) {
                PairCurve c = v.frontier();
                for (int k = 1; k < c.size(); k++) {
                    assertThat(c.first().get(k)).isLessThan(c.first().get(k - 1));
                    assertThat(c.second().get(k)).isGreaterThan(c.second().get(k - 1));
                }
            }
        });
    }

    @Test
    void up_to_four_parties_every_pair_is_viewed_beyond_that_each_with_the_next() {
        assertThat(PairFrontiers.pairs(3)).containsExactly(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2});
        assertThat(PairFrontiers.pairs(4)).hasSize(6);
        List<int[]> ring = PairFrontiers.pairs(6);
        assertThat(ring).hasSize(6).contains(new int[] {5, 0});
        int[] seen = new int[6];
        ring.forEach(p -> {
            seen[p[0]]++;
            seen[p[1]]++;
        });
        assertThat(seen).containsOnly(2);
    }

    @Test
    void the_zone_boundary_ends_at_each_partys_best_utility_inside_the_zone() {
        Scenario s = threeParties();
        ScenarioDeals sd = ScenarioDeals.of(s, 11, DealOptions.defaults(1), null);
        DealSpaceResult<Double> r = DealSpaceResult.of(s, sd, DealParams.of(11, DealOptions.defaults(1), false, null),
                false);
        Map<String, Double> best = r.zopa().best();
        assertThat(r.zopa().outcomes()).isPositive();
        assertThat(r.pairFrontiers()).extracting(p -> p.first() + "-" + p.second())
                .containsExactly("A-B", "A-C", "B-C");
        for (PairFrontier p : r.pairFrontiers()) {
            PairCurve zone = p.zone();
            assertThat(zone.first().get(0)).isCloseTo(best.get(p.first()), within(1e-9));
            assertThat(zone.second().get(zone.size() - 1)).isCloseTo(best.get(p.second()), within(1e-9));
            assertThat(zone.first()).allSatisfy(u -> assertThat(u).isGreaterThanOrEqualTo(
                    r.reservationValues().get(p.first()) - 1e-9));
            assertThat(zone.second()).allSatisfy(u -> assertThat(u).isGreaterThanOrEqualTo(
                    r.reservationValues().get(p.second()) - 1e-9));
        }
    }

    @Test
    void an_empty_zone_has_no_boundary_but_keeps_its_frontier() {
        Scenario s = threeParties();
        List<Actor> demanding = s.actors().stream().map(a -> a.withReservation(95.0)).toList();
        Scenario hard = s.withActors(demanding);
        ScenarioDeals sd = ScenarioDeals.of(hard, 5, DealOptions.defaults(1), null);
        DealSpaceResult<Double> r = DealSpaceResult.of(hard, sd, DealParams.of(5, DealOptions.defaults(1), false,
                null), false);
        assertThat(r.zopa().empty()).isTrue();
        assertThat(r.pairFrontiers()).allSatisfy(p -> {
            assertThat(p.zone().size()).isZero();
            assertThat(p.frontier().size()).isPositive();
        });
    }

    private static Scenario threeParties() {
        List<Issue> issues = List.of(Issue.of("X", Scale.PERCENT), Issue.of("Y", Scale.PERCENT));
        List<Actor> actors = List.of(
                new Actor("A", null, 1, 40.0, true, Map.of("X", Stance.of(0, 70), "Y", Stance.of(20, 30)), null,
                        null, List.of()),
                new Actor("B", null, 1, 45.0, true, Map.of("X", Stance.of(100, 40), "Y", Stance.of(0, 60)), null,
                        null, List.of()),
                new Actor("C", null, 1, 50.0, true, Map.of("X", Stance.of(60, 50), "Y", Stance.of(100, 50)), null,
                        null, List.of()));
        return new Scenario("three", null, null, null, List.of(), issues, actors, List.of());
    }

    /** The two-party frontier of a cloud of utility vectors, by comparing every pair of points. */
    private static List<double[]> bruteForce(List<double[]> us, int a, int b) {
        List<double[]> out = new ArrayList<>();
        for (double[] u : us) {
            boolean dominated = false;
            for (double[] v : us) {
                if (v[a] >= u[a] - 1e-9 && v[b] >= u[b] - 1e-9 && (v[a] > u[a] + 1e-9 || v[b] > u[b] + 1e-9)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated && out.stream().noneMatch(p -> Math.abs(p[0] - u[a]) <= 1e-9
                    && Math.abs(p[1] - u[b]) <= 1e-9)) {
                out.add(new double[] {u[a], u[b]});
            }
        }
        return out;
    }

    private static void assertSameFrontier(PairCurve got, List<double[]> expected) {
        assertThat(got.size()).isEqualTo(expected.size());
        for (int k = 0; k < got.size(); k++) {
            double a = got.first().get(k);
            double b = got.second().get(k);
            assertThat(expected).anyMatch(e -> Math.abs(e[0] - a) <= 1e-9 && Math.abs(e[1] - b) <= 1e-9);
        }
    }

    @Test
    void a_curve_needs_as_many_first_as_second_utilities() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PairCurve(List.of(1.0, 2.0), List.of(3.0)))
                .hasMessage("a curve needs as many first as second utilities, got 2 and 1");
    }
}
