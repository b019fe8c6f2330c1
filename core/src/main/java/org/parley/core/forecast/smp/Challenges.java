package org.parley.core.forecast.smp;

/**
 * Challenges (smp.md Section 5): h's estimate of whether i would beat j, with every third party joining the side
 * that serves it best in a "little contest", and of what the challenge is worth to actor k. O(n) per estimate,
 * so finding every initiator's best target is O(n^3) per turn.
 */
final class Challenges {

    /** KTAB's floor on the principals' coalitions in a challenge. */
    static final double MIN_COALITION = 1e-10;
    /** KTAB's {@code minSigEDU}: a challenge must be worth more than this to be made. */
    static final double MIN_GAIN = 1e-5;

    private Challenges() {
    }

    /**
     * KTAB's {@code probEduChlg(h, k, i, j)}, with {@code rh} = h's estimates of the risk attitudes
     * ({@link TurnSetup#perceivedRisks}).
     */
    static Contest contest(TurnSetup t, double[] rh, int k, int i, int j) {
        SmpProblem p = t.problem;
        VotingRule vr = t.params.voting();
        ThirdPartyCommit commit = t.params.thirdParty();
        // principals' own contributions
        double ai = vr.vote(p.weight[i], t.perceived(rh, i, i), t.perceived(rh, i, j));
        double aj = vr.vote(p.weight[j], t.perceived(rh, j, i), t.perceived(rh, j, j));
        double cij = MIN_COALITION + Math.max(0, ai) + Math.max(0, aj);
        double cji = MIN_COALITION + Math.max(0, -ai) + Math.max(0, -aj);
        double bij = cij;
        double bji = cji;
        for (int m = 0; m < t.n; m++) {
            if (m == i || m == j) {
                continue;
            }
            double umi = t.perceived(rh, m, i);
            double umj = t.perceived(rh, m, j);
            double umm = t.perceived(rh, m, m);
            // the little contest: principals plus m alone
            double tm = vr.vote(p.weight[m], umi, umj);
            double pin = (bij + Math.max(0, tm)) / (bij + Math.max(0, tm) + bji + Math.max(0, -tm));
            double joinI = pin * commit.joinedIWins(umi, umm) + (1 - pin) * commit.joinedILoses(umj, umm);
            double joinJ = pin * commit.joinedJLoses(umi, umm) + (1 - pin) * commit.joinedJWins(umj, umm);
            double vm = vr.vote(p.weight[m], joinI, joinJ);
            cij += Math.max(0, vm);
            cji += Math.max(0, -vm);
        }
        double phij = cij / (cij + cji);
        double uki = t.perceived(rh, k, i);
        double ukj = t.perceived(rh, k, j);
        double euSq = uki + ukj;
        double euVict = 2 * uki;
        double euCntst = phij * 2 * uki + (1 - phij) * 2 * ukj;
        double sj = p.totalSalience[j];
        double euChlg = (1 - sj) * euVict + sj * euCntst;
        return new Contest(i, j, phij, euChlg - euSq);
    }

    /**
     * i's best target: the j with the largest expected gain {@code probEduChlg(i, i, i, j)} above
     * {@link #MIN_GAIN}, the lowest j on ties; null when no challenge is worth making.
     */
    static Contest bestTarget(TurnSetup t, int i) {
        double[] ri = t.perceivedRisks(i);
        Contest best = null;
        for (int j = 0; j < t.n; j++) {
            if (j == i) {
                continue;
            }
            Contest c = contest(t, ri, i, i, j);
            if (c.gain() > MIN_GAIN && (best == null || c.gain() > best.gain())) {
                best = c;
            }
        }
        return best;
    }
}
