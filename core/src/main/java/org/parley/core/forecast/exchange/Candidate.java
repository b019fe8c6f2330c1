package org.parley.core.forecast.exchange;

/**
 * A candidate exchange between two actors across two issues p and q (exchange.md Section 3.2, steps 4-8). Role I
 * demands p and supplies q; role J demands q and supplies p. The candidate keeps its own view of the positions on p
 * and q: the round start, plus the realised moves its demanders have bought on them.
 */
final class Candidate {

    /** Gains below this count as none (step 6). */
    static final double MIN_GAIN = 1e-10;

    /** How the rate was set: J moves all the way (attempt A), I does (attempt B), or cut at the partner's position. */
    enum Rate { J_FULL, I_FULL, OVERSHOOT_CUT }

    final RoundStart round;
    final boolean decideCompat;
    /** Creation order: issue pair, then groups a-d before b-c, then input order of the two actors. */
    final int order;
    final int p;
    final int q;
    /** Whether the actors come from groups b and c (else a and d). */
    final boolean innerGroups;
    final Mover i;
    final Mover j;

    /** This candidate's view of everybody's positions on p and q; null while it is the round start. */
    private double[] viewP;
    private double[] viewQ;

    double shiftP;
    double shiftQ;
    double gain;
    double gainJ;
    boolean valid;
    Rate rate;

    /**
     * The candidate of actors a and b on issues p and q (step 4): the actor with the larger relative salience for p,
     * {@code s_p / s_q}, takes role I; on equal ratios, a does. Ratios are compared cross-multiplied, so a salience
     * of 0 needs no division.
     */
    Candidate(RoundStart round, boolean decideCompat, int order, int a, int b, int p, int q, boolean innerGroups) {
        double[][] s = round.in().s();
        boolean bIsI = s[a][p] * s[b][q] < s[b][p] * s[a][q];
        int roleI = bIsI ? b : a;
        int roleJ = bIsI ? a : b;
        this.round = round;
        this.decideCompat = decideCompat;
        this.order = order;
        this.p = p;
        this.q = q;
        this.innerGroups = innerGroups;
        this.i = new Mover(round, roleI, q, p);
        this.j = new Mover(round, roleJ, p, q);
        calculate();
    }

    /** Steps 5-7: the equal-gain rate, the moves, the gain, validity and the no-overshoot cut. */
    void calculate() {
        double np = round.n()[p];
        double nq = round.n()[q];
        // Attempt A: J moves all the way to I's position on p.
        double distJ = Math.abs(i.demandPosition - j.position);
        double distI = Math.abs(j.demandPosition - i.position);
        shiftP = Compromise.shift(distJ, j.c, j.sSupply, np);
        shiftQ = shiftP * (i.sDemand + j.sSupply) / (i.sSupply + j.sDemand);
        double moveI = Compromise.reverseMove(shiftQ, i.c, i.sSupply, nq);
        if (moveI > distI) {
            // Attempt B: I would overshoot J's position on q, so I moves all the way instead.
            shiftQ = Compromise.shift(distI, i.c, i.sSupply, nq);
            shiftP = shiftQ * (i.sSupply + j.sDemand) / (i.sDemand + j.sSupply);
            i.moveToward(j.demandPosition, distI, true);
            j.moveToward(i.demandPosition, Compromise.reverseMove(shiftP, j.c, j.sSupply, np), false);
            rate = Rate.I_FULL;
        } else {
            i.moveToward(j.demandPosition, moveI, false);
            j.moveToward(i.demandPosition, distJ, true);
            rate = Rate.J_FULL;
        }
        gains();
        valid = gain >= MIN_GAIN && i.validMove() && j.validMove();
        if (valid) {
            cutAtPartner(i, j, q, p, viewQ);
            cutAtPartner(j, i, p, q, viewP);
            valid = gain >= MIN_GAIN && i.validMove() && j.validMove();
        }
        if (valid && !(Math.abs(gain - gainJ) <= 1e-9 * Math.max(1, gain))) {
            throw new IllegalStateException("equal-gain identity broken: g_I " + gain + ", g_J " + gainJ);
        }
    }

    /** {@code g_I = s_Ip |dO_p| - s_Iq |dO_q|} and {@code g_J = s_Jq |dO_q| - s_Jp |dO_p|}: equal by construction. */
    private void gains() {
        gain = i.sDemand * shiftP - i.sSupply * shiftQ;
        gainJ = j.sDemand * shiftQ - j.sSupply * shiftP;
    }

    /**
     * Step 7 for mover {@code a} (supply issue s, demand issue t) and its partner {@code b}: if the outcome on s would
     * pass b's position there, a's move shrinks to land it on that position and b's move follows from equal gain.
     */
    private void cutAtPartner(Mover a, Mover b, int s, int t, double[] view) {
        double ns = round.n()[s];
        double rest = 0;
        ExchangeInput in = round.in();
        for (int k = 0; k < in.actorCount(); k++) {
            if (k != a.actor) {
                rest += in.weight(k, s) * (view == null ? round.x()[k][s] : view[k]);
            }
        }
        double o0 = (rest + a.weight() * a.position) / ns;
        double o1 = (rest + a.weight() * a.voting) / ns;
        double z = b.demandPosition;
        if (!Overshoot.passes(z, o0, o1)) {
            return;
        }
        double moveA = Overshoot.move(z, ns, rest, a.weight(), a.position, decideCompat);
        double shiftS = Compromise.shift(moveA, a.c, a.sSupply, ns);
        double shiftT = shiftS * (a.sSupply + b.sDemand) / (a.sDemand + b.sSupply);
        a.moveToward(z, moveA, false);
        b.moveToward(a.demandPosition, Compromise.reverseMove(shiftT, b.c, b.sSupply, round.n()[t]), false);
        if (a == i) {
            shiftQ = shiftS;
            shiftP = shiftT;
        } else {
            shiftP = shiftS;
            shiftQ = shiftT;
        }
        rate = Rate.OVERSHOOT_CUT;
        gains();
    }

    /**
     * Step 8: takes in a realised exchange. A side that is the same actor supplying the same issue as a realised
     * mover adopts that mover's voting position and records its move; a side that demands the issue a realised mover
     * moved on, and bought that move, records the mover's voting position in this candidate's view. Returns whether
     * anything changed (the candidate then needs {@link #calculate()}).
     */
    boolean absorb(Candidate realised) {
        boolean changed = absorbMover(realised.i, realised.j);
        changed |= absorbMover(realised.j, realised.i);
        return changed;
    }

    private boolean absorbMover(Mover mover, Mover buyer) {
        return absorbSide(i, mover, buyer) | absorbSide(j, mover, buyer);
    }

    private boolean absorbSide(Mover side, Mover mover, Mover buyer) {
        boolean changed = false;
        if (side.actor == mover.actor && side.supply == mover.supply) {
            side.absorb(mover.move, mover.voting);
            changed = true;
        }
        if (side.actor == buyer.actor && side.demand == mover.supply) {
            view(side.demand)[mover.actor] = mover.voting;
            changed = true;
        }
        return changed;
    }

    private double[] view(int d) {
        if (d == p) {
            if (viewP == null) {
                viewP = RoundStart.column(round.x(), p);
            }
            return viewP;
        }
        if (viewQ == null) {
            viewQ = RoundStart.column(round.x(), q);
        }
        return viewQ;
    }
}
