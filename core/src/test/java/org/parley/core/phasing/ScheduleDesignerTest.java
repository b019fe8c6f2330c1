package org.parley.core.phasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The designer on the linear case, where the answers are known in closed form or by a small program. */
class ScheduleDesignerTest {

    @Test
    void with_nothing_reversible_at_stake_no_finite_schedule_reaches_the_package() {
        qt().withExamples(30).withFixedSeed(8).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            double delta = 0.5 + 0.49 * r.nextDouble();
            int stages = 1 + r.nextInt(12);
            TwoParty m = new TwoParty(10 + 90 * r.nextDouble(), 5 + 40 * r.nextDouble(), 0, delta, stages, 1);
            PhaseResult res = PhasingAnalysis.design(m.scenario, m.deal(), stages, PhasingOptions.defaults());
            assertThat(res.verdict()).isEqualTo(PhaseVerdict.NO_SCHEDULE_EXISTS);
            assertThat(res.design().search().exact()).isTrue();
            assertThat(res.design().fastest()).isNull();
            assertThat(res.schedule().minSlack()).isNegative();
            assertThat(res.design().search().lastStep()).isEqualTo("A");
            assertThat(res.change().hostages()).isNotEmpty().extracting(Hostage::actor).isSubsetOf("A", "B");
        });
    }

    @Test
    void when_delta_b_is_at_most_c_no_schedule_exists() {
        // b = 50, c = 50 (equal saliences): delta b < c for every delta < 1
        TwoParty m = new TwoParty(1, 1, 0, 0.95, 10, 1);
        PhaseResult res = PhasingAnalysis.design(m.scenario, m.deal(), 10, PhasingOptions.defaults());
        assertThat(res.verdict()).isEqualTo(PhaseVerdict.NO_SCHEDULE_EXISTS);
        assertThat(res.stakes()).extracting(PartyStake::gain).containsExactly(50.0, 50.0);
        assertThat(res.stakes()).extracting(PartyStake::cost).containsExactly(50.0, 50.0);
    }

    @Test
    void with_a_hostage_the_fastest_schedule_is_the_closed_form_program() {
        qt().withExamples(25).withFixedSeed(9).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            double delta = 0.7 + 0.29 * r.nextDouble();
            int stages = 2 + r.nextInt(10);
            TwoParty m = new TwoParty(30 + 60 * r.nextDouble(), 5 + 25 * r.nextDouble(), 5 + 30 * r.nextDouble(),
                    delta, stages, 1);
            double[] expected = LinearGradualism.fastest(m.b, m.c, delta, m.h, stages);
            PhaseResult res = PhasingAnalysis.design(m.scenario, m.deal(), stages, PhasingOptions.defaults());
            if (expected == null) {
                assertThat(res.verdict()).isEqualTo(PhaseVerdict.NO_SCHEDULE_EXISTS);
                return;
            }
            assertThat(res.verdict()).isEqualTo(PhaseVerdict.SELF_ENFORCING);
            List<PhaseStage> got = res.design().fastest().stages();
            for (int t = 0; t <= stages; t++) {
                assertThat(got.get(t).terms().get("XA")).isCloseTo(expected[t], within(1e-7));
                assertThat(got.get(t).terms().get("XB")).isCloseTo(expected[t], within(1e-7));
            }
            assertThat(res.design().maxMin().minSlack()).isGreaterThanOrEqualTo(res.schedule().minSlack() - 1e-9);
        });
    }
}
