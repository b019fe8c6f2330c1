package org.parley.core.forecast.smp;

import java.util.List;

/**
 * The bargains an initiator proposes to its best target, by KTAB's {@code BargnModel} (smp.md Section 6): its own
 * view only (default), both principals' views as two bargains, or one bargain averaging both views.
 */
final class Bargains {

    private Bargains() {
    }

    /** The bargains i proposes after choosing the challenge {@code best} (i's own view of it). */
    static List<Bargain> propose(TurnSetup t, Contest best) {
        int i = best.initiator();
        int j = best.target();
        Bargain mine = interpolate(t, i, j, best.probability(), Bargain.INITIATOR);
        return switch (t.params.bargain()) {
            case INIT_ONLY_INTERP -> List.of(mine);
            case INIT_RCVR_INTERP -> List.of(mine, interpolate(t, i, j, receiverView(t, i, j), Bargain.RECEIVER));
            case PW_COMP_INTERP -> List.of(average(t, mine, interpolate(t, i, j, receiverView(t, i, j),
                    Bargain.RECEIVER)));
        };
    }

    /**
     * j's estimate that i beats j, {@code phij} of {@code probEduChlg(j, i, i, j)}. (KTAB passes that call's
     * expected gain instead of its probability, a defect Parley does not copy.)
     */
    private static double receiverView(TurnSetup t, int i, int j) {
        return Challenges.contest(t, t.perceivedRisks(j), i, i, j).probability();
    }

    private static Bargain interpolate(TurnSetup t, int i, int j, double pI, String view) {
        int dims = t.problem.dims;
        double[] bI = new double[dims];
        double[] bJ = new double[dims];
        t.params.interVec().propose(t.x, t.problem.salience, dims, i, j, pI, bI, bJ);
        return new Bargain(i, j, bI, bJ, view);
    }

    /**
     * The two views averaged with weights {@code c_i S_i} and {@code c_j S_j}. (KTAB weights j's view by
     * {@code c_i S_j}, a defect Parley does not copy.)
     */
    private static Bargain average(TurnSetup t, Bargain a, Bargain b) {
        double wi = t.problem.weight[a.initiator()];
        double wj = t.problem.weight[a.receiver()];
        int dims = t.problem.dims;
        double[] bI = new double[dims];
        double[] bJ = new double[dims];
        for (int k = 0; k < dims; k++) {
            bI[k] = (wi * a.initiatorPosition()[k] + wj * b.initiatorPosition()[k]) / (wi + wj);
            bJ[k] = (wi * a.receiverPosition()[k] + wj * b.receiverPosition()[k]) / (wi + wj);
        }
        return new Bargain(a.initiator(), a.receiver(), bI, bJ, Bargain.BOTH);
    }
}
