package org.parley.core.forecast.smp;

import org.parley.core.exec.BatchRunner;

/**
 * What every actor knows at the start of a turn (smp.md Section 4): the distances {@code vDiff(i,j)} from each
 * ideal to each position, the probability of each position under risk-neutral utilities, the risk attitudes derived
 * from them, and each actor's own risk-aware utility for every position. Perceived utilities {@code U_h(i,j)} are
 * computed on demand from these. O(n^2 D + n^3) to build.
 */
final class TurnSetup {

    final SmpProblem problem;
    final SmpParameters params;
    final int n;
    final double[] x;
    final double[] ideal;
    final double[] vDiff;
    /** {@code vDiff} transposed: {@code vDiffT[j * n + i] = vDiff(i, j)}, for loops over i at fixed j. */
    final double[] vDiffT;
    final BatchRunner runner;
    final double[] riskNeutralProbability;
    final double[] risk;
    final boolean riskSpread;
    /** {@code U_a(a,l)}: actor a's own utility for actor l's position, row-major. */
    final double[] own;

    TurnSetup(SmpProblem problem, SmpParameters params, double[] x, double[] ideal) {
        this(problem, params, x, ideal, BatchRunner.sequential());
    }

    TurnSetup(SmpProblem problem, SmpParameters params, double[] x, double[] ideal, BatchRunner runner) {
        this.problem = problem;
        this.runner = runner;
        this.params = params;
        this.n = problem.n;
        this.x = x;
        this.ideal = ideal;
        int dims = problem.dims;
        vDiff = new double[n * n];
        vDiffT = new double[n * n];
        double[] u0 = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = SmpUtility.bvDiff(ideal, i * dims, x, j * dims, problem.salience, i * dims, dims,
                        problem.salienceSquares[i]);
                vDiff[i * n + j] = d;
                vDiffT[j * n + i] = d;
                u0[j * n + i] = SmpUtility.bsUtil(d, 0);  // option j, voter i
            }
        }
        riskNeutralProbability = Condorcet.scalarPce(problem.capability, u0, n, n, params.voting(),
                params.victory(), params.pce(), runner);
        risk = new double[n];
        riskSpread = params.bigRRange().riskAttitudes(riskNeutralProbability, risk);
        own = new double[n * n];
        for (int a = 0; a < n; a++) {
            double ra = perceivedRisk(a, a);
            for (int l = 0; l < n; l++) {
                own[a * n + l] = SmpUtility.bsUtil(vDiff[a * n + l], ra);
            }
        }
    }

    /** h's estimate of a's risk attitude. */
    double perceivedRisk(int h, int a) {
        return params.bigRAdjust().estimate(risk[h], risk[a]);
    }

    /** h's estimates of every actor's risk attitude. */
    double[] perceivedRisks(int h) {
        double[] r = new double[n];
        for (int a = 0; a < n; a++) {
            r[a] = perceivedRisk(h, a);
        }
        return r;
    }

    /** {@code U_h(a,l)} given {@code rh = perceivedRisks(h)}: h's estimate of a's utility for l's position. */
    double perceived(double[] rh, int a, int l) {
        return SmpUtility.bsUtil(vDiff[a * n + l], rh[a]);
    }

    /** Actor a's utility for a position {@code y} (offset {@code yo}) that no actor holds yet. */
    double positionUtility(int a, double[] y, int yo) {
        int dims = problem.dims;
        double d = SmpUtility.bvDiff(ideal, a * dims, y, yo, problem.salience, a * dims, dims,
                problem.salienceSquares[a]);
        return SmpUtility.bsUtil(d, risk[a]);
    }
}
