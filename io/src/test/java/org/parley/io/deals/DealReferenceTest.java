package org.parley.io.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.Acceptance;
import org.parley.core.deals.DealSpace;
import org.parley.core.deals.FrontierOptions;
import org.parley.core.deals.FrontierPoint;
import org.parley.core.deals.Frontiers;
import org.parley.core.deals.ParetoFrontier;
import org.parley.core.deals.Solution;
import org.parley.core.deals.Solutions;
import org.parley.core.deals.Zopa;
import org.parley.core.exec.BatchRunner;
import org.parley.io.Limits;

/** The reference numbers of the deal-space specification, read from the bundled GENIUS and GeniusWeb files. */
class DealReferenceTest {

    static DealFiles.Loaded load(String dir, String... profiles) {
        List<java.nio.file.Path> ps = java.util.Arrays.stream(profiles).map(p -> DataFiles.data(dir).resolve(p))
                .toList();
        return DealFiles.load(DataFiles.data(dir), ps, Limits.defaults(), 11);
    }

    static ParetoFrontier frontier(DealSpace d) {
        return Frontiers.compute(d.space(), d.profiles(), FrontierOptions.defaults(1));
    }

    static void assertPoint(Solution s, double u1, double u2) {
        assertThat(s.point().utility(0)).isCloseTo(u1, within(5e-5));
        assertThat(s.point().utility(1)).isCloseTo(u2, within(5e-5));
    }

    @Test
    void genius_party_domain_has_ten_frontier_points_and_nash_at_0785_09286() {
        DealSpace d = load("genius/partydomain", "party1_utility.xml", "party2_utility.xml").deals();
        assertThat(d.space().size()).isEqualTo(BigInteger.valueOf(3072));
        ParetoFrontier f = frontier(d);
        assertThat(f.size()).isEqualTo(10);
        double[] zero = {0, 0};
        assertPoint(Solutions.nash(f, zero).orElseThrow(), 0.785, 0.9286);
        assertPoint(Solutions.kalaiSmorodinsky(f, zero).orElseThrow(), 0.8483, 0.8565);
        assertPoint(Solutions.egalitarian(f, zero).orElseThrow(), 0.8483, 0.8565);
        assertPoint(Solutions.minDifference(f).orElseThrow(), 0.8483, 0.8565);
        ParetoFrontier exact = Frontiers.compute(d.space(), d.profiles(), FrontierOptions.defaults(1).withEps(0));
        assertThat(exact.algorithm()).contains("exact");
        assertThat(exact.size()).isEqualTo(10);
        ParetoFrontier raw = Frontiers.compute(d.space(), d.profiles(), FrontierOptions.defaults(1).withEps(0)
                .with(FrontierOptions.Algorithm.BRUTE_FORCE));
        assertThat(raw.size()).as("raw doubles keep GENIUS's float tie 0.785 / 0.7850000000000001").isEqualTo(11);
    }

    @Test
    void england_zimbabwe_has_25_points_nash_and_kalai_smorodinsky_as_published() {
        DealSpace d = load("genius/EnglandZimbabwe_anac2010", "England.xml", "Zimbabwe.xml").deals();
        assertThat(d.space().size()).isEqualTo(BigInteger.valueOf(576));
        ParetoFrontier f = frontier(d);
        assertThat(f.size()).isEqualTo(25);
        double[] rv = d.reservationValues();
        assertThat(rv).containsExactly(0, 0);
        assertPoint(Solutions.nash(f, rv).orElseThrow(), 0.9109, 0.7332);
        assertPoint(Solutions.kalaiSmorodinsky(f, rv).orElseThrow(), 0.8223, 0.7866);
        assertPoint(Solutions.egalitarian(f, rv).orElseThrow(), 0.8223, 0.7866);
        assertPoint(Solutions.minDifference(f).orElseThrow(), 0.8223, 0.7866);
    }

    @Test
    void geniusweb_jobs_has_18_points_and_an_empty_zone_of_agreement() {
        DealSpace d = load("geniusweb/jobs", "jobs1.json", "jobs2.json").deals();
        assertThat(d.space().size()).isEqualTo(BigInteger.valueOf(540));
        ParetoFrontier f = frontier(d);
        assertThat(f.size()).isEqualTo(18);
        double[] rv = d.reservationValues();
        assertThat(rv[0]).isCloseTo(0.61, within(5e-5));
        assertThat(rv[1]).isCloseTo(0.7175, within(5e-5));
        Zopa z = Zopa.compute(d.space(), d.profiles(), Long.MAX_VALUE, BatchRunner.sequential());
        assertThat(z.outcomes()).isZero();
        assertThat(Acceptance.of(d.profiles()).rational(f).size()).isZero();
        assertThat(Solutions.nash(f, rv)).isEmpty();
    }

    @Test
    void geniusweb_party_has_15_points_13_rational_and_nash_with_reservation_disagreement() {
        DealSpace d = load("geniusweb/party", "party1.json", "party2.json").deals();
        assertThat(d.space().size()).isEqualTo(BigInteger.valueOf(3072));
        ParetoFrontier f = frontier(d);
        assertThat(f.size()).isEqualTo(15);
        double[] rv = d.reservationValues();
        assertThat(rv[0]).isCloseTo(0.5064, within(5e-5));
        assertThat(rv[1]).isCloseTo(0.3664, within(5e-5));
        assertThat(Acceptance.of(d.profiles()).rational(f).size()).isEqualTo(13);
        assertPoint(Solutions.nash(f, rv).orElseThrow(), 0.7959, 0.849);
    }

    @Test
    void nonlinear_s1nikfrt1_reproduces_the_published_frontier_over_value_classes() {
        DealFiles.Loaded l = load("genius/nonlinear_S-1NIKFRT-1");
        ParetoFrontier f = frontier(l.deals());
        assertThat(f.algorithm()).contains("value classes");
        assertThat(f.size()).isEqualTo(l.publishedFrontier().size()).isEqualTo(4);
        for (double[] published : l.publishedFrontier()) {
            assertThat(f.points()).anyMatch(p -> Math.abs(p.utility(0) - published[0]) < 1e-6
                    && Math.abs(p.utility(1) - published[1]) < 1e-6);
        }
        for (FrontierPoint p : f.points()) {
            for (int[] w : p.witnesses()) {
                assertThat(l.deals().utilities(w)).containsExactly(p.utilities(), within(1e-12));
            }
        }
    }

    @Test
    void geniusweb_7issues_has_ten_million_outcomes_and_557_points() {
        DealSpace d = load("geniusweb/7issues", "7issues1.json", "7issues2.json").deals();
        assertThat(d.space().size()).isEqualTo(BigInteger.valueOf(10_000_000));
        ParetoFrontier f = frontier(d);
        assertThat(f.algorithm()).isEqualTo("per-issue merge");
        assertThat(f.size()).isEqualTo(557);
        assertThat(f.points().stream().mapToLong(FrontierPoint::outcomes).sum()).isEqualTo(f.outcomes());
        ParetoFrontier exact = Frontiers.compute(d.space(), d.profiles(), FrontierOptions.defaults(1).withEps(0));
        assertThat(exact.algorithm()).contains("exact");
        assertThat(exact.size()).isEqualTo(557);
    }
}
