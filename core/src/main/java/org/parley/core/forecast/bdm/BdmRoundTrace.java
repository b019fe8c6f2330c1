package org.parley.core.forecast.bdm;

import java.util.List;

/**
 * One round on one issue: the range R used, the weighted median and mean after the round's moves, warnings (such as
 * equal securities) and every actor's trace, in input order.
 */
public record BdmRoundTrace(int round, double range, double median, double mean, List<String> warnings,
                            List<BdmActorTrace> actors) {

    public BdmRoundTrace {
        warnings = List.copyOf(warnings);
        actors = List.copyOf(actors);
    }
}
