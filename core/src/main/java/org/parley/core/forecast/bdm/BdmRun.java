package org.parley.core.forecast.bdm;

import java.util.List;
import org.parley.core.forecast.Forecast;

/** A BDM forecast together with its trace, one entry per issue: what {@code --explain} prints. */
public record BdmRun(Forecast forecast, List<BdmIssueTrace> trace) {

    public BdmRun {
        trace = List.copyOf(trace);
    }
}
