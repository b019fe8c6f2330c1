package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.WeightedPositions;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;

/** Properties of Section 7 of the specification, for both variants, on random one-issue cases. */
class BdmPropertiesTest {

    private static final String ISSUE = BdmTestData.ISSUE;
    private static final List<String> VARIANTS = List.of("scholz-reference", "scholz-paper");
    private static final int EXAMPLES = 150;

    /** A random case: positions, capabilities and saliences (0..100) of 2 to 8 actors. */
    record Case(double[] x, double[] c, double[] s) {
        Scenario scenario() {
            return BdmTestData.scenario(x, c, s);
        }

        @Override
        public String toString() {
            return "x=" + java.util.Arrays.toString(x) + " c=" + java.util.Arrays.toString(c) + " s="
                    + java.util.Arrays.toString(s);
        }
    }

    private static Gen<Case> cases(Gen<Double> position) {
        return integers().between(2, 8).flatMap(n -> lists().of(position).ofSize(n).zip(
                lists().of(doubles().between(0.01, 1)).ofSize(n), lists().of(doubles().between(1, 100)).ofSize(n),
                (x, c, s) -> new Case(array(x), array(c), array(s))));
    }

    /**
     * Continuous positions, not all within 0.001 (so that shifting and scaling cannot merge them): no actor exactly
     * between two others, so input order never breaks a tie.
     */
    private static Gen<Case> generic() {
        return cases(doubles().between(0, 100)).assuming(BdmPropertiesTest::noDistanceTies);
    }

    /** Positions on a coarse grid: many shared positions and ties. */
    private static Gen<Case> gridded() {
        return cases(integers().between(0, 6).map(Integer::doubleValue)).assuming(k -> range(k.x()) > 0);
    }

    private static BdmRun run(Scenario s, String variant) {
        return BdmModel.run(s, Params.of(Map.of("variant", variant, "rounds", "10")));
    }

    @Test
    void positions_and_forecast_stay_within_the_initial_range_and_finite() {
        for (String variant : VARIANTS) {
            qt().withFixedSeed(1).withExamples(EXAMPLES).forAll(gridded().mix(generic())).checkAssert(k -> {
                BdmRun run = run(k.scenario(), variant);
                BdmTestData.assertFinite(run);
                double min = min(k.x());
                double max = max(k.x());
                run.forecast().rounds().forEach(r -> r.positions().values()
                        .forEach(p -> assertThat(p.get(ISSUE)).isBetween(min, max)));
                assertThat(run.forecast().forecast().get(ISSUE)).isBetween(min, max);
                assertThat(run.forecast().statistics().get("weighted_mean").get(ISSUE)).isBetween(min, max);
            });
        }
    }

    @Test
    void median_of_every_round_is_the_weighted_median() {
        for (String variant : VARIANTS) {
            qt().withFixedSeed(2).withExamples(EXAMPLES).forAll(gridded().mix(generic())).checkAssert(k -> {
                BdmRun run = run(k.scenario(), variant);
                double[] w = new double[k.x().length];
                for (int i = 0; i < w.length; i++) {
                    w[i] = k.c()[i] * k.s()[i] / 100;
                }
                for (BdmRoundTrace round : run.trace().get(0).rounds()) {
                    double[] x = round.actors().stream().mapToDouble(BdmActorTrace::newPosition).toArray();
                    assertThat(round.median()).isEqualTo(WeightedPositions.median(x, w));
                }
            });
        }
    }

    @Test
    void risk_exponents_lie_in_range() {
        for (String variant : VARIANTS) {
            qt().withFixedSeed(3).withExamples(EXAMPLES).forAll(gridded().mix(generic())).checkAssert(k ->
                    run(k.scenario(), variant).trace().get(0).rounds().forEach(r -> r.actors()
                            .forEach(a -> assertThat(a.risk()).isBetween(0.5, 2.0))));
        }
    }

    @Test
    void relabelling_actors_changes_nothing() {
        for (String variant : VARIANTS) {
            qt().withFixedSeed(4).withExamples(EXAMPLES).forAll(gridded().mix(generic())).checkAssert(k -> {
                Scenario s = k.scenario();
                List<Actor> renamed = new ArrayList<>();
                for (Actor a : s.actors()) {
                    renamed.add(Actor.of("party-" + a.id(), a.capability(), a.stances()));
                }
                List<double[]> before = trajectories(run(s, variant).forecast(), s);
                Scenario t = s.withActors(renamed);
                List<double[]> after = trajectories(run(t, variant).forecast(), t);
                for (int i = 0; i < before.size(); i++) {
                    assertThat(after.get(i)).containsExactly(before.get(i));
                }
            });
        }
    }

    @Test
    void permuting_actors_changes_nothing() {
        for (String variant : VARIANTS) {
            qt().withFixedSeed(5).withExamples(EXAMPLES).forAll(generic(), integers().between(1, 7))
                    .checkAssert((k, shift) -> {
                        Scenario s = k.scenario();
                        List<Actor> permuted = new ArrayList<>(s.actors());
                        Collections.reverse(permuted);
                        Collections.rotate(permuted, shift);
                        Forecast a = run(s, variant).forecast();
                        Forecast b = run(s.withActors(permuted), variant).forecast();
                        assertSame(a, b, s, 1e-9);
                    });
        }
    }

    @Test
    void scaling_all_capabilities_changes_nothing() {
        for (String variant : VARIANTS) {
            // a power of two scales every sum exactly: identical results
            qt().withFixedSeed(6).withExamples(EXAMPLES).forAll(gridded().mix(generic()), integers().between(-8, 8))
                    .checkAssert((k, e) -> {
                        Scenario s = k.scenario();
                        Forecast a = run(s, variant).forecast();
                        Forecast b = run(scaleCapabilities(s, Math.scalb(1.0, e)), variant).forecast();
                        assertThat(b.rounds()).isEqualTo(a.rounds());
                        assertThat(b.statistics()).isEqualTo(a.statistics());
                    });
            // any other factor: equal up to rounding
            qt().withFixedSeed(7).withExamples(EXAMPLES).forAll(generic(), doubles().between(0.01, 100))
                    .checkAssert((k, factor) -> {
                        Scenario s = k.scenario();
                        assertSame(run(s, variant).forecast(), run(scaleCapabilities(s, factor), variant).forecast(),
                                s, 1e-9);
                    });
        }
    }

    @Test
    void shifting_and_scaling_positions_moves_the_trajectory_alike() {
        for (String variant : VARIANTS) {
            qt().withFixedSeed(8).withExamples(EXAMPLES).forAll(generic(), doubles().between(0.1, 10),
                    doubles().between(-50, 50)).checkAssert((k, scale, shift) -> {
                        Scenario s = k.scenario();
                        double[] moved = k.x().clone();
                        for (int i = 0; i < moved.length; i++) {
                            moved[i] = scale * moved[i] + shift;
                        }
                        Scenario t = BdmTestData.scenario(moved, k.c(), k.s());
                        List<double[]> a = trajectories(run(s, variant).forecast(), s);
                        List<double[]> b = trajectories(run(t, variant).forecast(), t);
                        for (int i = 0; i < a.size(); i++) {
                            for (int r = 0; r < a.get(i).length; r++) {
                                assertThat(b.get(i)[r]).isCloseTo(scale * a.get(i)[r] + shift, within(1e-7));
                            }
                        }
                    });
        }
    }

    @Test
    void identical_input_gives_identical_output_on_any_thread() {
        for (String variant : VARIANTS) {
            qt().withFixedSeed(9).withExamples(30).forAll(gridded().mix(generic())).checkAssert(k -> {
                Scenario s = k.scenario();
                BdmRun first = run(s, variant);
                List<BdmRun> parallel = java.util.stream.IntStream.range(0, 4).parallel()
                        .mapToObj(i -> run(s, variant)).toList();
                parallel.forEach(r -> assertThat(r).isEqualTo(first));
            });
        }
    }

    private static void assertSame(Forecast a, Forecast b, Scenario s, double tolerance) {
        List<double[]> ta = trajectories(a, s);
        List<double[]> tb = trajectories(b, s);
        for (int i = 0; i < ta.size(); i++) {
            for (int r = 0; r < ta.get(i).length; r++) {
                assertThat(tb.get(i)[r]).isCloseTo(ta.get(i)[r], within(tolerance));
            }
        }
        assertThat(b.forecast().get(ISSUE)).isCloseTo(a.forecast().get(ISSUE), within(tolerance));
        assertThat(b.statistics().get("weighted_mean").get(ISSUE))
                .isCloseTo(a.statistics().get("weighted_mean").get(ISSUE), within(tolerance));
    }

    /** Each actor's positions over the rounds, in the actor order of {@code s}. */
    private static List<double[]> trajectories(Forecast f, Scenario s) {
        List<double[]> out = new ArrayList<>();
        for (Actor a : s.actors()) {
            out.add(f.rounds().stream().mapToDouble(r -> r.positions().get(a.id()).get(ISSUE)).toArray());
        }
        return out;
    }

    private static Scenario scaleCapabilities(Scenario s, double factor) {
        List<Actor> scaled = new ArrayList<>();
        for (Actor a : s.actors()) {
            scaled.add(a.withCapability(a.capability() * factor));
        }
        return s.withActors(scaled);
    }

    private static boolean noDistanceTies(Case k) {
        double[] x = k.x();
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                for (int l = j + 1; l < x.length; l++) {
                    if (i != j && i != l && x[j] != x[l] && Math.abs(x[i] - x[j]) == Math.abs(x[i] - x[l])) {
                        return false;
                    }
                }
            }
        }
        return range(x) > 1e-3;
    }

    private static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElseThrow();
    }

    private static double range(double[] v) {
        return max(v) - min(v);
    }

}
