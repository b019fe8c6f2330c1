package org.parley.core.forecast.smp;

import java.util.Arrays;

/**
 * The distinct positions of a state and the probability of each (smp.md Sections 4.6 and 9). Actors are scanned
 * in index order and join the first earlier representative within {@code posTol} (Euclidean, 0..1 scale), as KTAB
 * does; each actor's own "probability of its position" is KTAB's: that of the last representative within
 * {@code posTol}, so actors sharing a position show the same number.
 */
final class DistinctPositions {

    /** The actor holding each distinct position, in order of appearance. */
    final int[] representatives;
    /** The distinct position each actor joined. */
    final int[] groupOf;
    /** The probability of each distinct position. */
    final double[] probability;
    /** KTAB's per-actor column. */
    final double[] actorProbability;

    private DistinctPositions(int[] representatives, int[] groupOf, double[] probability, double[] actorProbability) {
        this.representatives = representatives;
        this.groupOf = groupOf;
        this.probability = probability;
        this.actorProbability = actorProbability;
    }

    static DistinctPositions of(TurnSetup t) {
        int n = t.n;
        int dims = t.problem.dims;
        double tol = t.params.posTol();
        int[] reps = new int[n];
        int[] groupOf = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int group = -1;
            for (int q = 0; q < count && group < 0; q++) {
                if (distance(t.x, i, reps[q], dims) < tol) {
                    group = q;
                }
            }
            if (group < 0) {
                reps[count] = i;
                group = count++;
            }
            groupOf[i] = group;
        }
        reps = Arrays.copyOf(reps, count);
        double[] u = new double[n * count];
        for (int a = 0; a < n; a++) {
            for (int q = 0; q < count; q++) {
                u[q * n + a] = t.own[a * n + reps[q]];
            }
        }
        SmpParameters p = t.params;
        double[] prob = Condorcet.scalarPce(t.problem.capability, u, n, count, p.voting(), p.victory(), p.pce(),
                t.runner);
        double[] perActor = new double[n];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < count; q++) {
                if (distance(t.x, i, reps[q], dims) < tol) {
                    perActor[i] = prob[q];
                }
            }
        }
        return new DistinctPositions(reps, groupOf, prob, perActor);
    }

    /** The index of the most probable distinct position (the first on ties). */
    int mostProbable() {
        int best = 0;
        for (int q = 1; q < probability.length; q++) {
            if (probability[q] > probability[best]) {
                best = q;
            }
        }
        return best;
    }

    static double distance(double[] x, int i, int j, int dims) {
        double sum = 0;
        for (int k = 0; k < dims; k++) {
            double d = x[i * dims + k] - x[j * dims + k];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
