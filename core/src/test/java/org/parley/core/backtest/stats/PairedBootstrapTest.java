package org.parley.core.backtest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.core.exec.BatchRunner;

class PairedBootstrapTest {

    private static double[][] sample(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = 100 * r.nextDouble();
            b[i] = 100 * r.nextDouble();
            c[i] = i / 3;
        }
        double[] cl = new double[n];
        for (int i = 0; i < n; i++) {
            cl[i] = c[i];
        }
        return new double[][] {a, b, cl};
    }

    private static int[] clusters(double[] c) {
        int[] out = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = (int) c[i];
        }
        return out;
    }

    @Test
    void the_same_seed_gives_the_same_intervals_on_any_number_of_threads() {
        double[][] s = sample(3, 90);
        PairedComparison one = new PairedBootstrap(2000, 42, BatchRunner.sequential())
                .compare("m", "b", s[0], s[1], clusters(s[2]));
        try (BatchRunner two = BatchRunner.parallel(2); BatchRunner four = BatchRunner.parallel(4)) {
            assertThat(new PairedBootstrap(2000, 42, two).compare("m", "b", s[0], s[1], clusters(s[2])))
                    .isEqualTo(one);
            assertThat(new PairedBootstrap(2000, 42, four).compare("m", "b", s[0], s[1], clusters(s[2])))
                    .isEqualTo(one);
        }
        assertThat(new PairedBootstrap(2000, 43, BatchRunner.sequential())
                .compare("m", "b", s[0], s[1], clusters(s[2])).issueBootstrap()).isNotEqualTo(one.issueBootstrap());
    }

    @Test
    void counts_wins_losses_ties_and_the_mean_difference() {
        PairedComparison c = new PairedBootstrap(100, 1, BatchRunner.sequential()).compare("m", "b",
                new double[] {1, 5, 3, 7}, new double[] {2, 5, 1, 9}, new int[] {0, 0, 1, 1});
        assertThat(c.wins()).isEqualTo(2);
        assertThat(c.losses()).isEqualTo(1);
        assertThat(c.ties()).isEqualTo(1);
        assertThat(c.diff()).isCloseTo((1 + 5 + 3 + 7 - 2 - 5 - 1 - 9) / 4.0, within(1e-12));
        assertThat(c.modelMae()).isEqualTo(4.0);
        assertThat(c.proposals()).isEqualTo(2);
        assertThat(c.signTestP()).isEqualTo(1.0);
    }

    @Test
    void a_constant_difference_has_a_degenerate_interval_and_intervals_contain_the_mean() {
        double[] a = {10, 20, 30, 40};
        double[] b = {12, 22, 32, 42};
        PairedComparison c = new PairedBootstrap(500, 5, BatchRunner.sequential()).compare("m", "b", a, b,
                new int[] {0, 1, 1, 2});
        assertThat(c.issueBootstrap()).isEqualTo(new Interval(-2, -2));
        assertThat(c.proposalBootstrap().upper()).isCloseTo(-2, within(1e-12));
        assertThat(c.proposalBootstrap().below0()).isTrue();
        assertThat(c.beatsBenchmark()).as("3 proposals are too few to decide").isFalse();
        qt().withExamples(40).withFixedSeed(5).forAll(longs().all(), integers().between(6, 120)).checkAssert((seed, n) -> {
            double[][] s = sample(seed, n);
            PairedComparison p = new PairedBootstrap(400, seed, BatchRunner.sequential())
                    .compare("m", "b", s[0], s[1], clusters(s[2]));
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, s[0][i] - s[1][i]);
                hi = Math.max(hi, s[0][i] - s[1][i]);
            }
            for (Interval iv : new Interval[] {p.issueBootstrap(), p.proposalBootstrap()}) {
                assertThat(iv.lower()).isLessThanOrEqualTo(iv.upper()).isGreaterThanOrEqualTo(lo - 1e-9);
                assertThat(iv.upper()).isLessThanOrEqualTo(hi + 1e-9);
            }
            assertThat(p.wins() + p.losses() + p.ties()).isEqualTo(n);
        });
    }

    @Test
    void refuses_mismatched_arrays_and_too_few_resamples() {
        assertThatThrownBy(() -> new PairedBootstrap(1, 0, BatchRunner.sequential()))
                .hasMessage("resamples 1; expected at least 2");
        assertThatThrownBy(() -> new PairedBootstrap(10, 0, BatchRunner.sequential()).compare("m", "b",
                new double[] {1}, new double[] {1, 2}, new int[] {0})).isInstanceOf(IllegalArgumentException.class);
    }
}
