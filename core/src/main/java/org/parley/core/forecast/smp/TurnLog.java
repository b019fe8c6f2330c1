package org.parley.core.forecast.smp;

import java.util.List;

/**
 * Everything one turn of the engine computed, on arrays: the state (positions, ideals), the actors' risk attitudes
 * (whether they differed, and each actor's), the distinct positions, and, unless it is the last state, the challenges, bargains and choices that lead to the next one.
 *
 * @param riskSpread whether the actors' risk attitudes differed this turn (only the n-sized vectors of the turn's
 *                   setup are kept, not its n x n utility tables)
 * @param challenges each initiator's best challenge, null where it made none (empty for the last state)
 * @param bargains   the bargains proposed, in initiator order
 * @param queues     each actor's queue: -1 for its status quo, else an index into {@code bargains}
 * @param queueProbabilities the probability of each entry of each actor's queue
 * @param adopted    the position in its queue of the entry each actor adopted
 * @param stopRatio  KTAB's "fractional change compared to first step" on reaching this state; NaN at turn 0
 */
record TurnLog(int turn, double[] x, double[] ideal, boolean riskSpread, double[] risk, DistinctPositions distinct,
               List<Contest> challenges, List<Bargain> bargains, int[][] queues, double[][] queueProbabilities,
               int[] adopted, double stopRatio) {
}
