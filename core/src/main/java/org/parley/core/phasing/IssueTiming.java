package org.parley.core.phasing;

import java.util.List;

/**
 * When a schedule moves one issue: from where to where (issue units), who concedes it, whether it can be taken back,
 * and the stages (with years) of its first move, of reaching half of its way, and of its last move.
 */
public record IssueTiming(String issue, List<String> concededBy, boolean reversible, double from, double to,
                          int firstStage, double firstYear, int halfStage, double halfYear, int lastStage,
                          double lastYear) {

    public IssueTiming {
        concededBy = List.copyOf(concededBy);
    }
}
