package org.parley.core.forecast.exchange;

/**
 * One side of a candidate exchange: an actor that moves on its supply issue toward its partner's position there, in
 * return for the partner's move on its demand issue. Holds the actor's current supply position, the moves it has
 * realised on that issue earlier in the round, and the move this candidate asks of it (exchange.md Section 3.2).
 */
final class Mover {

    /** Moves at or below this size count as none (step 6). */
    static final double MIN_MOVE = 1e-10;
    /** Slack on the bounds 0..100 for floating-point noise. */
    static final double SLACK = 1e-9;

    final int actor;
    final int supply;
    final int demand;
    /** Capability and salience on the supply issue, salience on the demand issue. */
    final double c;
    final double sSupply;
    final double sDemand;
    /** The actor's own round-start position on its demand issue: where the partner moves toward. */
    final double demandPosition;
    /** The round-start position on the supply issue. */
    final double start;

    /** The current position on the supply issue: the voting position of its last realised move, or the start. */
    double position;
    /** Realised moves on the supply issue this round: their sum, count and common sign (0 if mixed or none). */
    double historySum;
    int historyCount;
    int historySign;

    /** This candidate's move (signed, toward the partner) and the voting position it leads to. */
    double move;
    double voting;

    Mover(RoundStart r, int actor, int supply, int demand) {
        ExchangeInput in = r.in();
        this.actor = actor;
        this.supply = supply;
        this.demand = demand;
        this.c = in.c()[actor][supply];
        this.sSupply = in.s()[actor][supply];
        this.sDemand = in.s()[actor][demand];
        this.demandPosition = r.x()[actor][demand];
        this.start = r.x()[actor][supply];
        this.position = start;
    }

    /** The voting weight {@code c s} on the supply issue. */
    double weight() {
        return c * sSupply;
    }

    /**
     * Sets this candidate's move: {@code size} toward {@code target}; when {@code full}, the voting position is the
     * target itself (no rounding off the end of the move).
     */
    void moveToward(double target, double size, boolean full) {
        double sign = position > target ? -1 : 1;
        move = sign * size;
        voting = full ? target : position + move;
    }

    /** Adopts a realised move of the same actor on the same supply issue (step 8). */
    void absorb(double realisedMove, double realisedVoting) {
        int sign = realisedMove > 0 ? 1 : -1;
        historySign = historyCount == 0 || historySign == sign ? sign : 0;
        historySum += realisedMove;
        historyCount++;
        position = realisedVoting;
    }

    /**
     * Step 6 for this side: the move is more than {@value #MIN_MOVE} and at most 100, the voting position stays on
     * 0..100, and with the moves realised before it points one way and adds up to at most 100.
     */
    boolean validMove() {
        double size = Math.abs(move);
        if (!(size > MIN_MOVE && size <= 100)) {
            return false;
        }
        if (!(voting >= -SLACK && voting <= 100 + SLACK)) {
            return false;
        }
        if (historyCount > 0) {
            int sign = move > 0 ? 1 : -1;
            return historySign == sign && Math.abs(historySum + move) <= 100 + SLACK;
        }
        return true;
    }
}
