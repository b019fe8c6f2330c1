package org.parley.core.forecast.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.core.forecast.Forecast;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;
import org.quicktheories.core.Gen;

/** Properties of the equal-gain exchange model on random scenarios of 2-8 actors and 2-5 issues. */
class ExchangePropertiesTest {

    private static final int EXAMPLES = 200;

    /** A random case: a seed for positions (0..100, every fifth on a coarse grid), saliences and capabilities. */
    record Case(int actors, int issues, long seed) {
        Scenario scenario() {
            Random rnd = new Random(seed);
            double[][] x = new double[actors][issues];
            double[][] s = new double[actors][issues];
            double[] c = new double[actors];
            for (int i = 0; i < actors; i++) {
                c[i] = 0.05 + rnd.nextDouble();
                for (int d = 0; d < issues; d++) {
                    x[i][d] = rnd.nextInt(5) == 0 ? 25 * rnd.nextInt(5) : 100 * rnd.nextDouble();
                    s[i][d] = 1 + 99 * rnd.nextDouble();
                }
            }
            return ExchangeTestData.scenario(x, s, c);
        }
    }

    private static Gen<Case> cases() {
        return integers().between(2, 8).zip(integers().between(2, 5), longs().all(), Case::new);
    }

    private static ExchangeRun run(Scenario s, int rounds) {
        return ExchangeModel.run(s, Params.parse(List.of("rounds=" + rounds)));
    }

    @Test
    void both_partners_gain_the_same_in_every_candidate() {
        qt().withFixedSeed(11).withExamples(EXAMPLES).forAll(cases()).checkAssert(k -> {
            ExchangeInput in = ExchangeInput.of(k.scenario());
            for (Candidate c : ExchangeRound.candidates(RoundStart.of(in, in.x()), false)) {
                if (c.valid) {
                    assertThat(c.gainJ).isCloseTo(c.gain, within(1e-9 * Math.max(1, c.gain)));
                    assertThat(c.gain).isPositive();
                }
            }
        });
    }

    @Test
    void realised_exchanges_keep_every_position_on_0_to_100() {
        qt().withFixedSeed(12).withExamples(EXAMPLES).forAll(cases()).checkAssert(k -> {
            ExchangeRun run = run(k.scenario(), 3);
            for (ExchangeRoundTrace r : run.trace()) {
                for (RealisedExchange e : r.exchanges()) {
                    for (ExchangeMove m : List.of(e.i(), e.j())) {
                        assertThat(m.from()).isBetween(0.0, 100.0);
                        assertThat(m.to()).isBetween(0.0, 100.0);
                    }
                    assertThat(e.gain()).isPositive();
                }
                r.outcome().values().forEach(o -> assertThat(o).isBetween(0.0, 100.0));
            }
            run.forecast().rounds().forEach(r -> r.positions().values().forEach(p -> p.values()
                    .forEach(x -> assertThat(x).isBetween(-1e-9, 100 + 1e-9))));
        });
    }

    @Test
    void no_valid_candidate_pushes_an_outcome_past_the_partner() {
        qt().withFixedSeed(13).withExamples(EXAMPLES).forAll(cases()).checkAssert(k -> {
            ExchangeInput in = ExchangeInput.of(k.scenario());
            RoundStart r = RoundStart.of(in, in.x());
            for (Candidate c : ExchangeRound.candidates(r, false)) {
                if (c.valid) {
                    assertNoOvershoot(r, c.i, c.j);
                    assertNoOvershoot(r, c.j, c.i);
                }
            }
        });
    }

    private static void assertNoOvershoot(RoundStart r, Mover a, Mover b) {
        double[] x = RoundStart.column(r.x(), a.supply);
        double o0 = Compromise.outcome(r.in(), a.supply, x);
        x[a.actor] = a.voting;
        double o1 = Compromise.outcome(r.in(), a.supply, x);
        double z = b.demandPosition;
        double slack = 1e-9;
        assertThat(z > Math.min(o0, o1) + slack && z < Math.max(o0, o1) - slack).isFalse();
    }

    @Test
    void relabelling_actors_changes_nothing() {
        qt().withFixedSeed(14).withExamples(EXAMPLES).forAll(cases()).checkAssert(k -> {
            Scenario s = k.scenario();
            List<Actor> renamed = new ArrayList<>();
            for (Actor a : s.actors()) {
                renamed.add(Actor.of("party-" + a.id(), a.capability(), a.stances()));
            }
            Forecast before = run(s, 2).forecast();
            Forecast after = run(s.withActors(renamed), 2).forecast();
            assertThat(after.forecast()).isEqualTo(before.forecast());
            for (int t = 0; t < before.rounds().size(); t++) {
                for (Actor a : s.actors()) {
                    assertThat(after.rounds().get(t).positions().get("party-" + a.id()))
                            .isEqualTo(before.rounds().get(t).positions().get(a.id()));
                }
            }
        });
    }

    @Test
    void outcomes_are_the_weighted_mean_of_the_voting_positions() {
        qt().withFixedSeed(15).withExamples(EXAMPLES).forAll(cases()).checkAssert(k -> {
            ExchangeRun run = run(k.scenario(), 1);
            ExchangeRoundTrace r = run.trace().get(0);
            r.outcome().forEach((issue, o) -> assertThat(run.forecast().forecast().get(issue))
                    .isCloseTo(o, within(1e-9)));
        });
    }
}
