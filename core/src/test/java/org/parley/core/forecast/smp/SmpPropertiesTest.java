package org.parley.core.forecast.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;

/** Properties of SMP over random scenarios (fixed seed, so the examples are the same on every run). */
class SmpPropertiesTest {

    @Test
    void positions_stay_on_the_scale_and_probabilities_sum_to_one() {
        qt().withFixedSeed(20221115L).withExamples(40)
                .forAll(integers().between(3, 9), integers().between(1, 3), longs().all())
                .checkAssert((n, d, seed) -> {
                    SmpRun r = SmpModel.run(TestScenarios.random(n, d, seed), Params.none());
                    for (ForecastRound round : r.forecast().rounds()) {
                        for (Map<String, Double> p : round.positions().values()) {
                            assertThat(p.values()).allSatisfy(x -> assertThat(x).isBetween(0.0, 100.0));
                        }
                    }
                    for (SmpTurn t : r.turns()) {
                        double total = t.distinctPositions().stream().mapToDouble(SmpPosition::probability).sum();
                        assertThat(total).isCloseTo(1, within(1e-9));
                        assertThat(t.riskAttitudes().values()).allSatisfy(x -> assertThat(x).isBetween(-1 - 1e-12, 1 + 1e-12));
                    }
                });
    }

    @Test
    void permuting_the_actors_permutes_the_result() {
        qt().withFixedSeed(1994L).withExamples(25)
                .forAll(integers().between(3, 8), integers().between(1, 3), longs().all())
                .checkAssert((n, d, seed) -> {
                    Scenario s = TestScenarios.random(n, d, seed);
                    List<Actor> shuffled = new ArrayList<>(s.actors());
                    Collections.shuffle(shuffled, new Random(seed));
                    SmpRun a = SmpModel.run(s, Params.none());
                    SmpRun b = SmpModel.run(s.withActors(shuffled), Params.none());
                    assertThat(b.states()).isEqualTo(a.states());
                    for (int t = 0; t < a.states(); t++) {
                        Map<String, Map<String, Double>> pa = a.forecast().rounds().get(t).positions();
                        Map<String, Map<String, Double>> pb = b.forecast().rounds().get(t).positions();
                        for (String actor : pa.keySet()) {
                            for (String issue : pa.get(actor).keySet()) {
                                assertThat(pb.get(actor).get(issue)).isCloseTo(pa.get(actor).get(issue),
                                        within(1e-9));
                            }
                        }
                    }
                });
    }
}
