package org.parley.core.forecast.exchange;

import java.util.List;
import org.parley.core.forecast.Forecast;

/** An exchange-model forecast together with its trace, one entry per round: what {@code --explain} prints. */
public record ExchangeRun(Forecast forecast, List<ExchangeRoundTrace> trace) {

    public ExchangeRun {
        trace = List.copyOf(trace);
    }
}
