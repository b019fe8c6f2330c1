package org.parley.core.forecast.exchange;

import java.util.List;
import java.util.Map;
import org.parley.core.forecast.TraceStep;

/**
 * One round of the exchange model on the 0..100 scale: the outcome per issue at the start, the number of candidate
 * exchanges and of valid ones, the exchanges realised in order, the number of choices decided by a tie-break, the
 * outcome on the voting positions (the round's forecast), and warnings.
 */
public record ExchangeRoundTrace(int round, Map<String, Double> startOutcome, int candidates, int valid,
                                 List<RealisedExchange> exchanges, int ties, Map<String, Double> outcome,
                                 List<String> warnings) implements TraceStep {

    public ExchangeRoundTrace {
        exchanges = List.copyOf(exchanges);
        warnings = List.copyOf(warnings);
    }
}
