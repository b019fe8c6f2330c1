package org.parley.core.forecast.smp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parley.core.exec.BatchRunner;

/**
 * The turn loop of SMP (smp.md Sections 4 to 8): from each state, every actor picks its best challenge and
 * proposes a bargain, every actor resolves its queue of bargains, all move at once, ideals follow, and the run stops
 * when the positions settle. Per-initiator and per-actor work goes through a {@link BatchRunner}; every result is
 * written to its own slot and combined in index order, so the run is the same on any number of threads.
 */
final class SmpEngine {

    /** KTAB's {@code minSigDelta}, added to the first step's change in the stopping rule. */
    static final double MIN_SIG_DELTA = 1e-4;

    private final SmpProblem problem;
    private final SmpParameters params;
    private final Accommodation accommodation;
    private final BatchRunner runner;

    SmpEngine(SmpProblem problem, SmpParameters params, Accommodation accommodation, BatchRunner runner) {
        if (accommodation.size() != problem.n) {
            throw new IllegalArgumentException("accommodation matrix is " + accommodation.size() + " x "
                    + accommodation.size() + "; expected " + problem.n + " x " + problem.n);
        }
        this.problem = problem;
        this.params = params;
        this.accommodation = accommodation;
        this.runner = runner;
    }

    /** Every state from turn 0 to the stop, each with the moves that left it. */
    List<TurnLog> run() {
        List<TurnLog> log = new ArrayList<>();
        double[] x = problem.position.clone();
        double[] ideal = x.clone();
        double firstStep = 0;
        double stopRatio = Double.NaN;
        double[] previous = null;
        for (int turn = 0; ; turn++) {
            TurnSetup setup = new TurnSetup(problem, params, x, ideal, runner);
            DistinctPositions distinct = DistinctPositions.of(setup);
            if (turn >= 1) {
                double step = stateDistance(previous, x);
                if (turn == 1) {
                    firstStep = step;
                }
                stopRatio = step / (firstStep + MIN_SIG_DELTA);
            }
            boolean last = turn >= params.maxTurns() || turn >= params.minTurns() && stopRatio < params.stopRatio();
            if (last) {
                log.add(new TurnLog(turn, x, ideal, setup.riskSpread, setup.risk, distinct, List.of(), List.of(), new int[0][],
                        new double[0][], new int[0], stopRatio));
                return Collections.unmodifiableList(log);
            }
            TurnLog moves = move(turn, setup, distinct, stopRatio);
            log.add(moves);
            previous = x;
            x = next(moves);
            ideal = accommodation.nextIdeals(x, ideal, problem.dims);
        }
    }

    /** Challenges, bargains and queue resolutions from one state. */
    private TurnLog move(int turn, TurnSetup setup, DistinctPositions distinct, double stopRatio) {
        int n = problem.n;
        List<Proposal> proposals = runner.run(n, i -> {
            Contest best = Challenges.bestTarget(setup, i);
            return new Proposal(best, best == null ? List.of() : Bargains.propose(setup, best));
        });
        List<Contest> challenges = new ArrayList<>(n);
        List<Bargain> bargains = new ArrayList<>();
        int[] firstOf = new int[n + 1];
        for (int i = 0; i < n; i++) {
            firstOf[i] = bargains.size();
            bargains.addAll(proposals.get(i).bargains());
            challenges.add(proposals.get(i).challenge());
        }
        firstOf[n] = bargains.size();
        int[][] queues = queues(bargains, firstOf);
        List<double[]> utilities = runner.run(bargains.size(), b -> Resolution.bargainUtilities(setup,
                bargains.get(b)));
        double[] statusQuo = Resolution.statusQuoUtilities(setup);
        List<double[]> probabilities = runner.run(n, k -> {
            int[] q = queues[k];
            double[][] options = new double[q.length][];
            for (int o = 0; o < q.length; o++) {
                options[o] = q[o] < 0 ? statusQuo : utilities.get(q[o]);
            }
            return Resolution.probabilities(setup, options);
        });
        int[] adopted = new int[n];
        double[][] queueProbabilities = new double[n][];
        for (int k = 0; k < n; k++) {
            queueProbabilities[k] = probabilities.get(k);
            adopted[k] = Resolution.choose(queueProbabilities[k], params, turn, k);
        }
        return new TurnLog(turn, setup.x, setup.ideal, setup.riskSpread, setup.risk, distinct, Collections.unmodifiableList(challenges),
                List.copyOf(bargains), queues, queueProbabilities, adopted, stopRatio);
    }

    /**
     * Each actor's queue: its status quo (-1), the bargains it initiated, then those it received by ascending
     * initiator (Parley's canonical order; KTAB's depends on thread scheduling).
     */
    private int[][] queues(List<Bargain> bargains, int[] firstOf) {
        int n = problem.n;
        int[] size = new int[n];
        for (Bargain b : bargains) {
            size[b.initiator()]++;
            size[b.receiver()]++;
        }
        int[][] queues = new int[n][];
        int[] fill = new int[n];
        for (int k = 0; k < n; k++) {
            queues[k] = new int[1 + size[k]];
            queues[k][0] = -1;
            fill[k] = 1;
            for (int b = firstOf[k]; b < firstOf[k + 1]; b++) {
                queues[k][fill[k]++] = b;
            }
        }
        for (int b = 0; b < bargains.size(); b++) {
            int j = bargains.get(b).receiver();
            queues[j][fill[j]++] = b;
        }
        return queues;
    }

    /** The positions after every actor adopted its choice, all at once. */
    private double[] next(TurnLog moves) {
        int dims = problem.dims;
        double[] x = moves.x().clone();
        for (int k = 0; k < problem.n; k++) {
            int entry = moves.queues()[k][moves.adopted()[k]];
            if (entry < 0) {
                continue;
            }
            Bargain b = moves.bargains().get(entry);
            double[] y = b.initiator() == k ? b.initiatorPosition() : b.receiverPosition();
            System.arraycopy(y, 0, x, k * dims, dims);
        }
        return x;
    }

    /** An initiator's best challenge (null if none) and the bargains it proposes. */
    private record Proposal(Contest challenge, List<Bargain> bargains) {
    }

    /** {@code sum_i ||x_i - y_i||} on 0..1 (smp.md Section 8). */
    private double stateDistance(double[] a, double[] b) {
        int dims = problem.dims;
        double sum = 0;
        for (int i = 0; i < problem.n; i++) {
            double s = 0;
            for (int k = 0; k < dims; k++) {
                double d = a[i * dims + k] - b[i * dims + k];
                s += d * d;
            }
            sum += Math.sqrt(s);
        }
        return sum;
    }
}
