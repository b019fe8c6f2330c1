package org.parley.core.forecast.smp;

/**
 * Challenges (smp.md Section 5): h's estimate of whether i would beat j, with every third party joining the side
 * that serves it best in a "little contest", and of what the challenge is worth to actor k. O(n) per estimate,
 * so finding every initiator's best target is O(n^3) per turn. The utilities one estimate needs are gathered first
 * into three vectors over all actors m, {@code U_h(m,i)}, {@code U_h(m,j)} and {@code U_h(m,m)}, so that the loop
 * over third parties reads memory in order and an initiator computes its {@code U_h(m,i)} and {@code U_h(m,m)}
 * once for all its targets.
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
        int n = t.n;
        double[] ui = new double[n];
        double[] uj = new double[n];
        double[] um = new double[n];
        for (int m = 0; m < n; m++) {
            ui[m] = SmpUtility.bsUtil(t.vDiff[m * n + i], rh[m]);
            uj[m] = SmpUtility.bsUtil(t.vDiff[m * n + j], rh[m]);
            um[m] = SmpUtility.bsUtil(t.vDiff[m * n + m], rh[m]);
        }
        return contest(t, k, i, j, ui, uj, um);
    }

    /**
     * {@code probEduChlg} from h's utilities {@code ui[m] = U_h(m,i)}, {@code uj[m] = U_h(m,j)} and
     * {@code um[m] = U_h(m,m)}.
     */
    private static Contest contest(TurnSetup t, int k, int i, int j, double[] ui, double[] uj, double[] um) {
        SmpProblem p = t.problem;
        double[] w = p.weight;
        VotingRule vr = t.params.voting();
        ThirdPartyCommit commit = t.params.thirdParty();
        // principals' own contributions (W = c S)
        double ai = vr.vote(w[i], ui[i], uj[i]);
        double aj = vr.vote(w[j], ui[j], uj[j]);
        double cij = MIN_COALITION + Math.max(0, ai) + Math.max(0, aj);
        double cji = MIN_COALITION + Math.max(0, -ai) + Math.max(0, -aj);
        double[] c = vr == VotingRule.PROP && commit == ThirdPartyCommit.SEMI_COMMIT
                ? thirdPartiesPropSemi(t.n, i, j, w, ui, uj, um, cij, cji)
                : thirdParties(t.n, i, j, w, ui, uj, um, cij, cji, vr, commit);
        cij = c[0];
        cji = c[1];
        double phij = cij / (cij + cji);
        double uki = ui[k];
        double ukj = uj[k];
        double euSq = uki + ukj;
        double euVict = 2 * uki;
        double euCntst = phij * 2 * uki + (1 - phij) * 2 * ukj;
        double sj = p.totalSalience[j];
        double euChlg = (1 - sj) * euVict + sj * euCntst;
        return new Contest(i, j, phij, euChlg - euSq);
    }

    /**
     * Each third party m (ascending, not i or j) joins the side its "little contest" with the principals alone
     * ({@code bij}, {@code bji}) makes most attractive; returns the coalitions {@code {Cij, Cji}} with every vote.
     */
    private static double[] thirdParties(int n, int i, int j, double[] w, double[] ui, double[] uj, double[] um,
                                         double cij, double cji, VotingRule vr, ThirdPartyCommit commit) {
        double bij = cij;
        double bji = cji;
        for (int m = 0; m < n; m++) {
            if (m == i || m == j) {
                continue;
            }
            double umi = ui[m];
            double umj = uj[m];
            double umm = um[m];
            double tm = vr.vote(w[m], umi, umj);
            double pin = (bij + Math.max(0, tm)) / (bij + Math.max(0, tm) + bji + Math.max(0, -tm));
            checkProbability(pin, m);
            double joinI = pin * commit.joinedIWins(umi, umm) + (1 - pin) * commit.joinedILoses(umj, umm);
            double joinJ = pin * commit.joinedJLoses(umi, umm) + (1 - pin) * commit.joinedJWins(umj, umm);
            double vm = vr.vote(w[m], joinI, joinJ);
            cij += Math.max(0, vm);
            cji += Math.max(0, -vm);
        }
        return new double[] {cij, cji};
    }

    /**
     * {@link #thirdParties} for KTAB's defaults (Prop votes {@code w du}, SemiCommit), written out so the
     * hot loop has no calls; the same arithmetic in the same order, so the same bits.
     */
    private static double[] thirdPartiesPropSemi(int n, int i, int j, double[] w, double[] ui, double[] uj,
                                                 double[] um, double cij, double cji) {
        // m runs over [0, lo), (lo, hi), (hi, n) in ascending order: the loop without the test for i and j
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        double[] c = {cij, cji};
        propSemi(0, lo, cij, cji, w, ui, uj, um, c);
        propSemi(lo + 1, hi, cij, cji, w, ui, uj, um, c);
        propSemi(hi + 1, n, cij, cji, w, ui, uj, um, c);
        return c;
    }

    /** Third parties {@code from .. to-1} into the running coalitions {@code c}; {@code bij, bji}: principals. */
    private static void propSemi(int from, int to, double bij, double bji, double[] w, double[] ui, double[] uj,
                                 double[] um, double[] c) {
        double cij = c[0];
        double cji = c[1];
        for (int m = from; m < to; m++) {
            double umi = ui[m];
            double umj = uj[m];
            double umm = um[m];
            double tm = w[m] * (umi - umj);
            double pos = Math.max(0, tm);
            double pin = (bij + pos) / (bij + pos + bji + Math.max(0, -tm));
            checkProbability(pin, m);
            double joinI = pin * (2 * umi + umm) + (1 - pin) * (3 * umj);
            double joinJ = pin * (3 * umi) + (1 - pin) * (2 * umj + umm);
            double vm = w[m] * (joinI - joinJ);
            cij += Math.max(0, vm);
            cji += Math.max(0, -vm);
        }
        c[0] = cij;
        c[1] = cji;
    }

    /** KTAB's check {@code if (0 > pin && pin > 1)} can never fire; this one can (NaN included). */
    private static void checkProbability(double pin, int m) {
        if (!(pin >= 0 && pin <= 1)) {
            throw new IllegalStateException("third party " + m + ": little-contest probability " + pin
                    + " outside [0, 1]");
        }
    }

    /**
     * i's best target: the j with the largest expected gain {@code probEduChlg(i, i, i, j)} above
     * {@link #MIN_GAIN}, the lowest j on ties; null when no challenge is worth making.
     */
    static Contest bestTarget(TurnSetup t, int i) {
        int n = t.n;
        double[] rh = t.perceivedRisks(i);
        double[] ui = new double[n];
        double[] um = new double[n];
        for (int m = 0; m < n; m++) {
            ui[m] = SmpUtility.bsUtil(t.vDiff[m * n + i], rh[m]);
            um[m] = SmpUtility.bsUtil(t.vDiff[m * n + m], rh[m]);
        }
        double[] uj = new double[n];
        Contest best = null;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            int col = j * n;
            for (int m = 0; m < n; m++) {
                uj[m] = SmpUtility.bsUtil(t.vDiffT[col + m], rh[m]);
            }
            Contest c = contest(t, i, i, j, ui, uj, um);
            if (c.gain() > MIN_GAIN && (best == null || c.gain() > best.gain())) {
                best = c;
            }
        }
        return best;
    }
}
