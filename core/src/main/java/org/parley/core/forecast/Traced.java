package org.parley.core.forecast;

import java.util.List;

/**
 * A forecast with the model's trace of how it came about: the trace serialises under the {@code trace} key of the
 * JSON, and the explanation is what {@code --explain} prints.
 */
public record Traced(Forecast forecast, Object trace, List<String> explanation) {

    public Traced {
        explanation = List.copyOf(explanation);
    }
}
