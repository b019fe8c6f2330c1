package org.parley.core.forecast.smp;

import java.util.SplittableRandom;
import org.parley.core.exec.TaskRandom;

/**
 * Resolving an actor's queue of bargains (smp.md Section 7): every actor values the state each bargain would
 * bring about, a probabilistic Condorcet election among the bargains gives each one a probability, and the actor
 * adopts the most probable one (or draws one, with stochastic transitions).
 */
final class Resolution {

    private Resolution() {
    }

    /** {@code u(a, SQ) = (1/n) sum_l U_a(a,l)} for every actor a: the value of the state as it is. */
    static double[] statusQuoUtilities(TurnSetup t) {
        int n = t.n;
        double[] u = new double[n];
        for (int a = 0; a < n; a++) {
            double sum = 0;
            for (int l = 0; l < n; l++) {
                sum += t.own[a * n + l];
            }
            u[a] = sum / n;
        }
        return u;
    }

    /**
     * {@code u(a, b)} for every actor a: the mean of a's utilities for every position after bargain b, where the
     * initiator and the receiver hold their new positions and everyone else keeps theirs.
     */
    static double[] bargainUtilities(TurnSetup t, Bargain b) {
        int n = t.n;
        int i = b.initiator();
        int j = b.receiver();
        double[] u = new double[n];
        for (int a = 0; a < n; a++) {
            double ui = t.positionUtility(a, b.initiatorPosition(), 0);
            double uj = t.positionUtility(a, b.receiverPosition(), 0);
            double sum = 0;
            for (int l = 0; l < n; l++) {
                sum += l == i ? ui : l == j ? uj : t.own[a * n + l];
            }
            u[a] = sum / n;
        }
        return u;
    }

    /** The probability of each option of a queue, {@code options[m][a]} being actor a's utility for option m. */
    static double[] probabilities(TurnSetup t, double[][] options) {
        int n = t.n;
        int m = options.length;
        double[] u = new double[n * m];
        for (int o = 0; o < m; o++) {
            System.arraycopy(options[o], 0, u, o * n, n);
        }
        SmpParameters p = t.params;
        return Condorcet.scalarPce(t.problem.capability, u, n, m, p.voting(), p.victory(), p.pce());
    }

    /**
     * The option actor {@code actor} adopts at {@code turn}: the first most probable one, or with stochastic
     * transitions a draw from the stream of (seed, turn, actor), SplitMix64 of {@code seed ^ (turn << 32 | actor)}.
     */
    static int choose(double[] prob, SmpParameters p, int turn, int actor) {
        if (p.transitions() == StateTransitions.DETERMINISTIC) {
            int best = 0;
            for (int o = 1; o < prob.length; o++) {
                if (prob[o] > prob[best]) {
                    best = o;
                }
            }
            return best;
        }
        SplittableRandom random = new SplittableRandom(TaskRandom.mix64(p.seed() ^ ((long) turn << 32 | actor)));
        double draw = random.nextDouble();
        double cumulative = 0;
        for (int o = 0; o < prob.length; o++) {
            cumulative += prob[o];
            if (draw < cumulative) {
                return o;
            }
        }
        return prob.length - 1;
    }
}
