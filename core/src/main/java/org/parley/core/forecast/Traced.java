package org.parley.core.forecast;

import java.util.List;

/**
 * A forecast with the model's trace of how it came about: the trace serialises under the {@code trace} key of the
 * JSON, the explanation is what {@code --explain} prints, and the notes say how the model adapted the scenario
 * (printed as notes on standard error, and under {@code notes} in the JSON when there are any).
 */
public record Traced(Forecast forecast, List<? extends TraceStep> trace, List<String> explanation,
                     List<String> notes) {

    public Traced {
        trace = trace == null ? null : List.copyOf(trace);
        explanation = List.copyOf(explanation);
        notes = List.copyOf(notes);
    }

    /** A forecast with its trace and explanation, and no notes. */
    public Traced(Forecast forecast, List<? extends TraceStep> trace, List<String> explanation) {
        this(forecast, trace, explanation, List.of());
    }
}
