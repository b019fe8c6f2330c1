package org.parley.core.phasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The general checker (Section 3 of the phasing spec) against the closed-form linear case (Section 4). */
class SelfEnforcementTest {

    @Test
    void the_checker_reproduces_the_closed_form_slack_on_random_linear_schedules() {
        qt().withExamples(200).withFixedSeed(12).forAll(longs().all(), integers().between(1, 8),
                doubles().between(0.5, 0.99)).checkAssert((seed, stages, delta) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double sb = 10 + 90 * r.nextDouble();
                    double sc = 5 + 60 * r.nextDouble();
                    double sh = r.nextBoolean() ? 0 : 40 * r.nextDouble();
                    double[] x = randomSchedule(r, stages);
                    TwoParty m = new TwoParty(sb, sc, sh, delta, stages, x[stages]);
                    PhaseResult res = PhasingAnalysis.check(m.scenario, m.deal(), m.schedule(x),
                            PhasingOptions.defaults());
                    double[] expected = LinearGradualism.slack(m.b, m.c, delta, m.h, x);
                    for (String party : List.of("A", "B")) {
                        List<Double> got = res.schedule().slack().get(party);
                        List<Double> total = res.schedule().slackTotal().get(party);
                        for (int t = 0; t < stages; t++) {
                            assertThat(got.get(t)).isCloseTo(expected[t], within(1e-9));
                            assertThat(total.get(t)).isCloseTo(expected[t] / (1 - delta), within(1e-8));
                        }
                    }
                });
    }

    @Test
    void the_geometric_schedule_binds_at_every_stage() {
        // b : c = 2 : 1; a schedule of 400 stages stands for the infinite one: what it leaves out after stage 400
        // changes the slack of the first 100 stages by less than (delta lambda)^300
        int stages = 400;
        TwoParty m = new TwoParty(2, 1, 0, 0.9, stages, 1);
        double[] x = LinearGradualism.geometric(m.b, m.c, 0.9, stages);
        TwoParty fitted = new TwoParty(2, 1, 0, 0.9, stages, x[stages]);
        PhaseResult res = PhasingAnalysis.check(fitted.scenario, fitted.deal(), fitted.schedule(x),
                PhasingOptions.defaults());
        for (String party : List.of("A", "B")) {
            for (int t = 0; t < 100; t++) {
                assertThat(res.schedule().slack().get(party).get(t)).isCloseTo(0, within(1e-12));
            }
        }
        assertThat(res.verdict()).isEqualTo(PhaseVerdict.SELF_ENFORCING);
        assertThat(x[1]).isCloseTo(0.44444, within(5e-6));
    }

    @Test
    void raising_any_single_early_step_of_the_geometric_schedule_breaks_a_constraint() {
        // the geometric schedule binds at every stage, so raising step k alone costs both parties c times the rise at
        // stage k; scaled by 0.9 (the slack is linear in x without a hostage, so it still binds) to leave room for the
        // rise within the scale
        int stages = 40;
        double[] x = LinearGradualism.geometric(2, 1, 0.9, stages);
        for (int t = 0; t <= stages; t++) {
            x[t] *= 0.9;
        }
        for (int k = 1; k <= 5; k++) {
            double[] y = x.clone();
            for (int t = k; t < y.length; t++) {
                y[t] += 0.01;
            }
            TwoParty m = new TwoParty(2, 1, 0, 0.9, stages, y[stages]);
            PhaseResult res = PhasingAnalysis.check(m.scenario, m.deal(), m.schedule(y),
                    PhasingOptions.defaults().checkOnly());
            assertThat(res.verdict()).isEqualTo(PhaseVerdict.NOT_SELF_ENFORCING);
            for (String party : List.of("A", "B")) {
                List<Double> slack = res.schedule().slack().get(party);
                assertThat(slack.get(k - 1)).isCloseTo(-m.c * 0.01, within(1e-6));
                for (int t = 0; t < k - 1; t++) {
                    assertThat(slack.get(t)).isPositive();
                }
            }
            assertThat(res.schedule().binding().stage()).isEqualTo(k);
        }
    }

    @Test
    void a_one_shot_schedule_is_never_self_enforcing() {
        qt().withExamples(100).withFixedSeed(3).forAll(doubles().between(1, 100), doubles().between(1, 100),
                doubles().between(0.05, 0.99)).checkAssert((sb, sc, delta) -> {
                    TwoParty m = new TwoParty(sb, sc, 0, delta, 1, 1);
                    PhaseResult res = PhasingAnalysis.check(m.scenario, m.deal(), m.schedule(new double[] {0, 1}),
                            PhasingOptions.defaults());
                    assertThat(res.verdict()).isEqualTo(PhaseVerdict.NOT_SELF_ENFORCING);
                    assertThat(res.schedule().minSlack()).isCloseTo(-m.c, within(1e-9));
                    assertThat(res.schedule().binding().actor()).isEqualTo("A");
                    assertThat(res.schedule().binding().withheld()).containsExactly("XA");
                });
    }

    @Test
    void ties_bind_at_the_earliest_stage_then_the_first_party() {
        // b = 2c, delta = 0.5, steps 0.3125, 0, 0.25: stage 1's slack c (delta^2 0.25 - 0.3125) equals stage 3's
        // -0.25 c, and stage 2's is 0.125 c; both parties alike
        TwoParty m = new TwoParty(2, 1, 0, 0.5, 3, 0.5625);
        double[] x = {0, 0.3125, 0.3125, 0.5625};
        PhaseResult res = PhasingAnalysis.check(m.scenario, m.deal(), m.schedule(x),
                PhasingOptions.defaults().checkOnly());
        for (String party : List.of("A", "B")) {
            List<Double> slack = res.schedule().slack().get(party);
            assertThat(slack.get(0)).isCloseTo(-0.25 * m.c, within(1e-9));
            assertThat(slack.get(2)).isCloseTo(slack.get(0), within(1e-12));
            assertThat(slack.get(1)).isCloseTo(0.125 * m.c, within(1e-9));
            assertThat(res.schedule().worst().get(party).stage()).isEqualTo(1);
        }
        assertThat(res.schedule().binding().actor()).isEqualTo("A");
        assertThat(res.schedule().binding().stage()).isEqualTo(1);
        assertThat(res.schedule().shortfalls()).extracting(i -> i.actor() + "@" + i.stage())
                .containsExactly("A@1", "B@1", "A@3", "B@3");
    }

    private static double[] randomSchedule(SplittableRandom r, int stages) {
        double[] x = new double[stages + 1];
        for (int t = 1; t <= stages; t++) {
            x[t] = Math.min(1, x[t - 1] + (r.nextInt(4) == 0 ? 0 : 0.3 * r.nextDouble()));
        }
        if (x[stages] == 0) {
            x[stages] = 0.1;
        }
        return x;
    }
}
