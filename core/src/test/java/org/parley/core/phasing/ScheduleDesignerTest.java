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
    void when_delta_b_is_at_most_c_only_a_hostage_carries_the_schedule_and_the_designer_matches_the_program() {
        // equal saliences: b = c = 50, so delta b < c for every delta < 1 (no geometric schedule: lambda > 1)
        TwoParty equal = new TwoParty(1, 1, 0, 0.95, 10, 1);
        assertThat(PhasingAnalysis.design(equal.scenario, equal.deal(), 10, PhasingOptions.defaults()).stakes())
                .extracting(PartyStake::gain, PartyStake::cost).containsOnly(org.assertj.core.groups.Tuple.tuple(
                        50.0, 50.0));
        int[] seen = new int[2];
        qt().withExamples(25).withFixedSeed(10).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            double delta = 0.5 + 0.45 * r.nextDouble();
            int stages = 2 + r.nextInt(10);
            double sb = 10 + 40 * r.nextDouble();
            TwoParty m = new TwoParty(sb, sb * delta * (1 + r.nextDouble()), 2 + 30 * r.nextDouble(), delta, stages,
                    1);
            assertThat(delta * m.b).isLessThanOrEqualTo(m.c);
            double[] expected = LinearGradualism.fastest(m.b, m.c, delta, m.h, stages);
            PhaseResult res = PhasingAnalysis.design(m.scenario, m.deal(), stages, PhasingOptions.defaults());
            assertThat(res.design().search().lastStep()).isNull();
            if (expected == null) {
                assertThat(res.verdict()).isEqualTo(PhaseVerdict.NO_SCHEDULE_EXISTS);
                seen[0]++;
                return;
            }
            seen[1]++;
            assertThat(res.verdict()).isEqualTo(PhaseVerdict.SELF_ENFORCING);
            List<PhaseStage> got = res.design().fastest().stages();
            for (int t = 0; t <= stages; t++) {
                assertThat(got.get(t).terms().get("XA")).isCloseTo(expected[t], within(1e-7));
                assertThat(got.get(t).terms().get("XB")).isCloseTo(expected[t], within(1e-7));
            }
        });
        // both answers occur in the region
        assertThat(seen[0]).isPositive();
        assertThat(seen[1]).isPositive();
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
