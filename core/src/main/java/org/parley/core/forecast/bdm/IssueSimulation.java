package org.parley.core.forecast.bdm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.forecast.bdm.BdmSettings.LeadingSalience;
import org.parley.core.forecast.bdm.BdmSettings.TRule;

/**
 * The rounds of the BDM model on one issue. Each round: a risk pass with every {@code r = 1} gives the securities and
 * the risk exponents; a second pass gives every actor's offers; every actor takes at most one, and all moves apply
 * at once. Single use; O(rounds n^2 m) for m distinct positions, on primitive arrays.
 */
final class IssueSimulation {

    private final IssueInput in;
    private final BdmSettings st;
    private final boolean keepTrace;
    private final int n;
    private final double[] w;
    private final double[] x;
    private final double[] next;
    private final double[] r;
    private final double[] sec;
    private final PositionTable pos;
    private final ProbabilityTable probability;
    private final UtilityTable utility;
    private double range;
    private double mu;

    IssueSimulation(IssueInput in, BdmSettings st, boolean keepTrace) {
        this.in = in;
        this.st = st;
        this.keepTrace = keepTrace;
        this.n = in.size();
        this.w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = in.c()[i] * in.s()[i]; // voting weight w_i = c_i s_i
        }
        this.x = in.x().clone();
        this.next = new double[n];
        this.r = new double[n];
        this.sec = new double[n];
        this.pos = new PositionTable(n);
        this.probability = new ProbabilityTable(n);
        this.utility = new UtilityTable(n);
    }

    /** Runs the rounds the settings ask for. */
    IssueOutcome run() {
        int rounds = st.rounds();
        double[][] path = new double[rounds + 1][];
        double[] median = new double[rounds + 1];
        double[] mean = new double[rounds + 1];
        pos.index(x, n);
        double initialRange = pos.range();
        path[0] = x.clone();
        median[0] = pos.median(w, n);
        mean[0] = pos.mean(x, w, n);
        List<BdmRoundTrace> trace = keepTrace ? new ArrayList<>(rounds) : null;
        boolean converged = false;
        int t = 0;
        while (t < rounds) {
            t++;
            range = st.recomputeRange() ? pos.range() : initialRange;
            mu = median[t - 1];
            List<String> warnings = keepTrace ? new ArrayList<>(1) : null;
            List<BdmActorTrace> actors = keepTrace ? new ArrayList<>(n) : null;
            double moved = round(warnings, actors);
            System.arraycopy(next, 0, x, 0, n);
            pos.index(x, n);
            path[t] = x.clone();
            median[t] = pos.median(w, n);
            mean[t] = pos.mean(x, w, n);
            if (keepTrace) {
                trace.add(new BdmRoundTrace(t, range, median[t], mean[t], warnings, actors));
            }
            if (st.converge() && moved <= st.tolerance() * initialRange) {
                converged = true;
                break;
            }
        }
        BdmIssueTrace issueTrace = keepTrace
                ? new BdmIssueTrace(in.issue(), initialRange, median[0], mean[0], converged, trace) : null;
        return new IssueOutcome(in, Arrays.copyOf(path, t + 1), Arrays.copyOf(median, t + 1),
                Arrays.copyOf(mean, t + 1), converged, issueTrace);
    }

    /** One round from {@code x} into {@code next}; returns the largest move. */
    private double round(List<String> warnings, List<BdmActorTrace> actors) {
        if (pos.size < 2 || !(range > 0)) {
            // everyone holds one position: no dyad to play
            System.arraycopy(x, 0, next, 0, n);
            Arrays.fill(r, 0, n, 1.0);
            Arrays.fill(sec, 0, n, 0.0);
            if (keepTrace) {
                warnings.add("all actors hold one position; nobody moves");
                for (int i = 0; i < n; i++) {
                    actors.add(new BdmActorTrace(in.actors()[i], x[i], 0, 1, List.of(), null, x[i]));
                }
            }
            return 0;
        }
        if (!riskPass() && keepTrace) {
            warnings.add("every actor has the same security " + sec[0] + "; all risk exponents set to 1");
        }
        secondPassTables();
        double moved = 0;
        for (int i = 0; i < n; i++) {
            next[i] = chooseMove(i, actors);
            moved = Math.max(moved, Math.abs(next[i] - x[i]));
        }
        return moved;
    }

    /**
     * Risk pass (eqs. 32-34): with every {@code r = 1}, {@code Sec_i = sum_{j != i} E(U_ji)}, the EUs of the
     * challengers j (A2, prose reading), then {@code r_i}. Returns false when all securities are equal.
     */
    private boolean riskPass() {
        Arrays.fill(r, 0, n, 1.0);
        if (st.reference()) {
            probability.fillGlobal(x, w, r, pos, range);
        } else {
            probability.fillPairwise(x, w, pos, range);
        }
        utility.fill(x, r, pos, range);
        double[] s = in.s();
        for (int i = 0; i < n; i++) {
            double security = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    // j challenges i; A1: the responder i's salience, or s_j as the appendix prints it
                    double lead = st.leadingSalience() == LeadingSalience.RESPONDER ? s[i] : s[j];
                    security += expectedUtility(j, i, j, lead);
                }
            }
            sec[i] = security;
        }
        return RiskExponents.assign(sec, n, r);
    }

    /** The tables of the second pass, with the new exponents (the paper's linear votes do not depend on r). */
    private void secondPassTables() {
        if (st.reference()) {
            probability.fillGlobal(x, w, r, pos, range);
        }
        utility.fill(x, r, pos, range);
    }

    /**
     * Actor i's offers and the one it takes (Section 6.2): the best region type (conflict, compromise, capitulation),
     * then the smallest selection key, ties to the first partner in input order. Returns i's new position.
     */
    private double chooseMove(int i, List<BdmActorTrace> actors) {
        double[] s = in.s();
        List<BdmOffer> offers = keepTrace ? new ArrayList<>(n - 1) : null;
        BdmOffer taken = null;
        int bestRank = Integer.MAX_VALUE;
        double bestKey = 0;
        double best = x[i];
        for (int j = 0; j < n; j++) {
            if (j == i || x[j] == x[i]) {
                continue;
            }
            // a = E_i(U_ij): i challenges j, seen by i, led by the responder j's salience (both A1 readings)
            double a = expectedUtility(i, j, i, s[j]);
            // b = E(U_ji): j challenges i, seen by i (reference) or by j itself (paper)
            int perceiver = st.reference() ? i : j;
            double lead = st.leadingSalience() == LeadingSalience.RESPONDER ? s[i] : s[j];
            double b = expectedUtility(j, i, perceiver, lead);
            Region region = OfferRules.classify(a, b, st.compromiseSign(), st.compel());
            double proposed = OfferRules.position(region, x[i], x[j], a, b);
            BdmOffer offer = keepTrace ? new BdmOffer(in.actors()[j], region, a, b, proposed) : null;
            if (keepTrace) {
                offers.add(offer);
            }
            if (region.isOffer()) {
                double key = OfferRules.key(st.selection(), region, x[i], x[j], a, b, proposed);
                if (region.rank() < bestRank || (region.rank() == bestRank && key < bestKey)) {
                    bestRank = region.rank();
                    bestKey = key;
                    best = proposed;
                    taken = offer;
                }
            }
        }
        if (keepTrace) {
            actors.add(new BdmActorTrace(in.actors()[i], x[i], sec[i], r[i], offers, taken, best));
        }
        return best;
    }

    /**
     * {@code E(U_{chal,target})} seen by {@code perceiver} (one of the two), eqs. 5-7: utilities with the perceiver's
     * exponent at the dyad's distance, the probability that the challenger's position beats the target's, and the
     * leading salience {@code lead}.
     */
    private double expectedUtility(int chal, int target, int perceiver, double lead) {
        int other = perceiver == chal ? target : chal;
        int cell = utility.at(perceiver, pos.at[other]);
        double p = probability.get(pos.at[chal], pos.at[target]);
        return ExpectedUtility.challenge(lead, p, utility.success[cell], utility.failure[cell],
                noChallenge(chal, target, perceiver));
    }

    /** {@code Q U_sq + (1 - Q) [T U_b + (1 - T) U_w]} for the challenger (eq. 7); {@code U_sq} when Q = 1. */
    private double noChallenge(int chal, int target, int perceiver) {
        double uSq = utility.statusQuo[perceiver];
        if (st.q() == 1.0) {
            return uSq;
        }
        double t = st.t() == TRule.RULE ? ExpectedUtility.tRule(x[chal], x[target], mu)
                : st.t() == TRule.ONE ? 1 : 0;
        double dMu = Math.abs(x[chal] - mu) / range;
        double d = Math.abs(x[chal] - x[target]) / range;
        return ExpectedUtility.noChallenge(st.q(), t, uSq, BdmUtilities.better(dMu, d, r[perceiver]),
                BdmUtilities.worse(dMu, d, r[perceiver]));
    }
}
