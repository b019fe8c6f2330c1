package org.parley.core.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the frontier algorithms and solutions on random small additive domains (QuickTheories). */
class ParetoFrontierPropertiesTest {

    private static final FrontierOptions OPTIONS = FrontierOptions.defaults(1);

    @Test
    void per_issue_merge_equals_brute_force() {
        qt().withExamples(150).withFixedSeed(7).forAll(longs().all(), integers().between(2, 4))
                .checkAssert((seed, parties) -> {
                    DealSpace d = RandomDomains.additive(seed, parties);
                    ParetoFrontier merge = Frontiers.compute(d.space(), d.profiles(), OPTIONS);
                    ParetoFrontier brute = Frontiers.compute(d.space(), d.profiles(),
                            OPTIONS.with(FrontierOptions.Algorithm.BRUTE_FORCE));
                    assertThat(merge.algorithm()).isEqualTo("per-issue merge");
                    assertThat(merge.size()).isEqualTo(brute.size());
                    assertThat(merge.outcomes()).isEqualTo(brute.outcomes());
                    for (FrontierPoint m : merge.points()) {
                        FrontierPoint b = brute.points().stream()
                                .filter(x -> tie(x.utilities(), m.utilities(), 1e-9)).findFirst()
                                .orElseThrow(() -> new AssertionError("no brute-force point ties with "
                                        + java.util.Arrays.toString(m.utilities())));
                        assertThat(m.outcomes()).isEqualTo(b.outcomes());
                    }
                });
    }

    @Test
    void frontier_points_are_mutually_non_dominated_and_dominate_every_outcome() {
        qt().withExamples(100).withFixedSeed(11).forAll(longs().all(), integers().between(2, 4))
                .checkAssert((seed, parties) -> {
                    DealSpace d = RandomDomains.additive(seed, parties);
                    ParetoFrontier f = Frontiers.compute(d.space(), d.profiles(), OPTIONS);
                    List<FrontierPoint> ps = f.points();
                    for (FrontierPoint a : ps) {
                        for (FrontierPoint b : ps) {
                            assertThat(dominates(a.utilities(), b.utilities(), 1e-9)).isFalse();
                        }
                        for (int[] w : a.witnesses()) {
                            assertThat(d.utilities(w)).containsExactly(a.utilities(),
                                    org.assertj.core.api.Assertions.within(1e-9));
                        }
                    }
                    long n = d.space().sizeSaturated();
                    for (long i = 0; i < n; i++) {
                        double[] u = d.utilities(d.space().outcome(i));
                        assertThat(ps).anyMatch(p -> weaklyDominates(p.utilities(), u, 1e-9));
                    }
                });
    }

    @Test
    void nash_maximises_the_product_of_gains_over_the_frontier_and_is_invariant_to_rescaling() {
        qt().withExamples(100).withFixedSeed(3).forAll(longs().all()).checkAssert(seed -> {
            DealSpace d = RandomDomains.additive(seed, 2);
            ParetoFrontier f = Frontiers.compute(d.space(), d.profiles(), OPTIONS);
            double[] zero = {0, 0};
            Solutions.nash(f, zero).ifPresent(s -> {
                double best = s.point().utility(0) * s.point().utility(1);
                for (FrontierPoint p : f.points()) {
                    assertThat(p.utility(0) * p.utility(1)).isLessThanOrEqualTo(best + 1e-12);
                }
                double[] a = {1, 1};
                ParetoFrontier scaled = new ParetoFrontier(f.points().stream().map(p -> new FrontierPoint(
                        new double[] {3 * p.utility(0) + 2, p.utility(1)}, p.outcomes(), p.witnesses())).toList(),
                        f.outcomes(), f.algorithm(), f.eps(), false, List.of());
                Solution t = Solutions.nash(scaled, new double[] {2, 0}, a).orElseThrow();
                assertThat(t.point().utility(1)).isEqualTo(s.point().utility(1));
            });
        });
    }

    @Test
    void swapping_parties_swaps_the_solutions() {
        qt().withExamples(100).withFixedSeed(5).forAll(longs().all()).checkAssert(seed -> {
            DealSpace d = RandomDomains.additive(seed, 2);
            DealSpace swapped = d.restrict(new int[] {1, 0});
            ParetoFrontier f = Frontiers.compute(d.space(), d.profiles(), OPTIONS);
            ParetoFrontier g = Frontiers.compute(swapped.space(), swapped.profiles(), OPTIONS);
            assertThat(g.size()).isEqualTo(f.size());
            double[] d0 = {0, 0};
            Solutions.kalaiSmorodinsky(f, d0).ifPresent(s -> {
                Solution t = Solutions.kalaiSmorodinsky(g, d0).orElseThrow();
                assertThat(t.objective()).isCloseTo(s.objective(), org.assertj.core.api.Assertions.within(1e-12));
            });
        });
    }

    /** {@code a} dominates {@code b} within {@code eps}: no worse anywhere, better somewhere. */
    private static boolean dominates(double[] a, double[] b, double eps) {
        boolean strict = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - eps) {
                return false;
            }
            strict |= a[i] > b[i] + eps;
        }
        return strict;
    }

    private static boolean weaklyDominates(double[] a, double[] b, double eps) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - eps) {
                return false;
            }
        }
        return true;
    }

    private static boolean tie(double[] a, double[] b, double eps) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > eps) {
                return false;
            }
        }
        return true;
    }
}
