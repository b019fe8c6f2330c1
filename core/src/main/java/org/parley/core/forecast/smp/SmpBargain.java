package org.parley.core.forecast.smp;

import java.util.Map;

/**
 * A bargain proposed in a turn: where the initiator and the receiver would move (per issue, in issue units), and
 * whose estimate of the challenge shaped it ({@code initiator}, {@code receiver} or {@code both}).
 */
public record SmpBargain(String id, String initiator, String receiver, String view,
                         Map<String, Double> initiatorPosition, Map<String, Double> receiverPosition) {
}
