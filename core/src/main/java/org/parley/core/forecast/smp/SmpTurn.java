package org.parley.core.forecast.smp;

import java.util.List;
import java.util.Map;
import org.parley.core.forecast.TraceStep;

/**
 * One state of an SMP run and the moves that left it: each actor's risk attitude, the probability of each distinct
 * position (and KTAB's per-actor column, where actors sharing a position repeat its probability), each initiator's
 * challenge and bargain, and the bargain each actor adopted from its queue. The last state has no moves.
 *
 * @param ideals    each actor's ideal point, only when ideals differ from positions (non-identity accommodation)
 * @param stopRatio the change of this turn over the change of the first turn (absent at turn 0)
 */
public record SmpTurn(int turn, Map<String, Double> riskAttitudes, List<SmpPosition> distinctPositions,
                      Map<String, Double> actorProbabilities, List<SmpChallenge> challenges,
                      List<SmpBargain> bargains, Map<String, SmpMove> moves,
                      Map<String, Map<String, Double>> ideals, Double stopRatio) implements TraceStep {
}
