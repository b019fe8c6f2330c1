package org.parley.core.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.core.exec.BatchRunner;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.ExactAcceptance;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.core.utility.ExactSpatial;
import org.parley.core.utility.SpatialUtility;

/**
 * {@code u >= rv} decided exactly: packages worth exactly the reservation value, which double sums put just below
 * it, are accepted; the floating-point error bounds hold on random decimal scenarios, and the zone count equals a
 * count in exact arithmetic.
 */
class ExactAcceptanceTest {

    /** One actor with saliences (1, 1, 7) and every position 0 on three 0..100 issues; one package. */
    private static Scenario trap(Loss loss, double rv, double[] saliences, double[] terms) {
        List<Issue> issues = List.of(Issue.of("A", Scale.PERCENT), Issue.of("B", Scale.PERCENT),
                Issue.of("C", Scale.PERCENT));
        Map<String, Stance> stances = new LinkedHashMap<>();
        Map<String, Double> t = new LinkedHashMap<>();
        for (int d = 0; d < 3; d++) {
            stances.put(issues.get(d).id(), Stance.of(0, saliences[d]));
            t.put(issues.get(d).id(), terms[d]);
        }
        Actor a = new Actor("X", null, 1, rv, true, stances, null, null, List.of());
        Actor b = new Actor("Y", null, 1, 0.0, true, stances, null, null, List.of());
        return new Scenario("trap", null, null, loss, List.of(), issues, List.of(a, b),
                List.of(new Package("p", null, null, t)));
    }

    @Test
    void a_package_worth_exactly_the_reservation_value_is_accepted_under_linear_loss() {
        // u = 100 - (1*0 + 1*10 + 7*50) / 9 = 60 exactly; summed in double it is 59.99999999999999
        Scenario s = trap(Loss.LINEAR, 60, new double[] {1, 1, 7}, new double[] {0, 10, 50});
        assertThat(SpatialUtility.of(s).utility(0, new double[] {0, 10, 50})).isLessThan(60);
        PackageVerdict v = PackageReview.of(s).verdict("p");
        assertThat(v.acceptedBy()).containsExactly("X", "Y");
        assertThat(v.margins().get("X")).isEqualTo(0.0);
    }

    @Test
    void a_package_worth_exactly_the_reservation_value_is_accepted_under_quadratic_loss() {
        // u = 100 - (1*0 + 1*100 + 3*8100) / (100 * 5) = 51.2 exactly; summed in double it is 51.199999999999996
        Scenario s = trap(Loss.QUADRATIC, 51.2, new double[] {1, 1, 3}, new double[] {0, 10, 90});
        assertThat(SpatialUtility.of(s).utility(0, new double[] {0, 10, 90})).isLessThan(51.2);
        PackageVerdict v = PackageReview.of(s).verdict("p");
        assertThat(v.acceptedBy()).containsExactly("X", "Y");
        assertThat(v.margins().get("X")).isEqualTo(0.0);
    }

    @Test
    void the_zone_counts_grid_packages_worth_exactly_the_reservation_value() {
        // on the grid of 11 values the package (0, 10, 50) is an outcome: the zone must contain it
        Scenario s = trap(Loss.LINEAR, 60, new double[] {1, 1, 7}, new double[] {0, 10, 50});
        DealSpace d = ScenarioGrid.of(s, 11);
        int[] trapOutcome = {0, 1, 5};
        double u = d.profiles().get(0).utility(trapOutcome);
        assertThat(u).isLessThan(60);
        assertThat(Acceptance.of(d.profiles()).accepts(0, u, trapOutcome)).isTrue();
        Zopa z = Zopa.compute(d.space(), d.profiles(), Long.MAX_VALUE, BatchRunner.sequential());
        assertThat(z.outcomes()).isEqualTo(exactCount(s, 11, d));
    }

    @Test
    void error_bounds_hold_and_the_zone_is_exact_on_random_decimal_scenarios() {
        qt().withExamples(40).withFixedSeed(17).forAll(longs().all(), integers().between(2, 6))
                .checkAssert((seed, grid) -> {
                    Scenario s = random(seed);
                    SpatialUtility su = SpatialUtility.of(s);
                    ExactSpatial ex = ExactSpatial.of(s);
                    DealSpace d = ScenarioGrid.of(s, grid);
                    // the grid tables' measured bound, and the a-priori bound of package utilities
                    for (long k = 0; k < d.space().sizeSaturated(); k++) {
                        int[] o = d.space().outcome(k);
                        for (int i = 0; i < s.actors().size(); i++) {
                            AdditiveProfile p = (AdditiveProfile) d.profiles().get(i);
                            ExactSpatial.GridTables t = ex.grid(i, grid);
                            BigDecimal sum = BigDecimal.ZERO;
                            for (int dd = 0; dd < o.length; dd++) {
                                sum = sum.add(t.loss()[dd][o[dd]]);
                            }
                            BigDecimal exactU = BigDecimal.valueOf(100).subtract(sum.divide(t.denominator(),
                                    MathContext.DECIMAL128));
                            double err = new BigDecimal(p.utility(o)).subtract(exactU).abs().doubleValue();
                            assertThat(err).isLessThanOrEqualTo(p.exactAcceptance().errorBound());
                            assertThat(p.exactAcceptance().accepts(o))
                                    .isEqualTo(sum.compareTo(t.budget()) <= 0);
                        }
                    }
                    double[] x = new double[s.issues().size()];
                    SplittableRandom r = new SplittableRandom(seed);
                    for (int trial = 0; trial < 20; trial++) {
                        for (int dd = 0; dd < x.length; dd++) {
                            Scale sc = s.issues().get(dd).scale();
                            x[dd] = ExactSpatial.decimal(sc.min() + r.nextInt(11) * sc.range() / 10).setScale(2,
                                    java.math.RoundingMode.HALF_EVEN).doubleValue();
                            x[dd] = Math.max(sc.min(), Math.min(sc.max(), x[dd]));
                        }
                        for (int i = 0; i < s.actors().size(); i++) {
                            double rv = s.actors().get(i).reservation();
                            double exactU = ex.utility(i, ExactSpatial.decimals(x));
                            assertThat(Math.abs(su.utility(i, x) - exactU)).isLessThanOrEqualTo(
                                    su.errorBound(i, rv));
                        }
                    }
                    Zopa z = Zopa.compute(d.space(), d.profiles(), Long.MAX_VALUE, BatchRunner.sequential());
                    assertThat(z.outcomes()).isEqualTo(exactCount(s, grid, d));
                });
    }

    @Test
    void integer_tables_decide_alike_on_long_and_on_big_integers() {
        BigDecimal[][] small = {{new BigDecimal("0.5"), new BigDecimal("-1.25")}, {new BigDecimal("2"),
            BigDecimal.ZERO}};
        BigDecimal[][] huge = {{new BigDecimal("0.5e30"), new BigDecimal("-1.25e30")}, {new BigDecimal("2e30"),
            BigDecimal.ZERO}};
        ExactAcceptance a = ExactAcceptance.of(small, new BigDecimal("0.75"), 0);
        ExactAcceptance b = ExactAcceptance.of(huge, new BigDecimal("0.75e30"), 0);
        for (int[] o : new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}) {
            boolean expected = small[0][o[0]].add(small[1][o[1]]).compareTo(new BigDecimal("0.75")) >= 0;
            assertThat(a.accepts(o)).isEqualTo(expected);
            assertThat(b.accepts(o)).isEqualTo(expected);
        }
    }

    /** The zone by exact rational arithmetic: every actor's grid utility, summed exactly, against its decimal rv. */
    private static long exactCount(Scenario s, int grid, DealSpace d) {
        ExactSpatial ex = ExactSpatial.of(s);
        List<ExactSpatial.GridTables> tables = new ArrayList<>();
        for (int i = 0; i < s.actors().size(); i++) {
            tables.add(ex.grid(i, grid));
        }
        long count = 0;
        for (long k = 0; k < d.space().sizeSaturated(); k++) {
            int[] o = d.space().outcome(k);
            boolean all = true;
            for (ExactSpatial.GridTables t : tables) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int dd = 0; dd < o.length; dd++) {
                    sum = sum.add(t.loss()[dd][o[dd]]);
                }
                all &= sum.compareTo(t.budget()) <= 0;
            }
            count += all ? 1 : 0;
        }
        return count;
    }

    /** Two or three actors on two or three issues with decimal scales, positions, saliences and reservations. */
    private static Scenario random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int dims = 2 + r.nextInt(2);
        List<Issue> issues = new ArrayList<>();
        for (int dd = 0; dd < dims; dd++) {
            double lo = r.nextInt(5) * 2.5 - 5;
            double hi = lo + 1 + r.nextInt(40) * 0.5;
            issues.add(Issue.of("I" + dd, new Scale(lo, hi, null)));
        }
        List<Actor> actors = new ArrayList<>();
        int n = 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            Map<String, Stance> st = new LinkedHashMap<>();
            for (Issue is : issues) {
                double pos = is.scale().min() + r.nextInt(21) * is.scale().range() / 20;
                pos = Math.round(pos * 100) / 100.0;
                pos = Math.max(is.scale().min(), Math.min(is.scale().max(), pos));
                st.put(is.id(), Stance.of(pos, 1 + r.nextInt(99) / 10.0 * 3));
            }
            double rv = Math.round(r.nextDouble() * 1000) / 10.0;
            actors.add(new Actor("A" + i, null, 1, rv, true, st, null, null, List.of()));
        }
        Loss loss = r.nextBoolean() ? Loss.LINEAR : Loss.QUADRATIC;
        return new Scenario("random", null, null, loss, List.of(), issues, actors, List.of());
    }
}
