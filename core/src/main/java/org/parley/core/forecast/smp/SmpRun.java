package org.parley.core.forecast.smp;

import java.util.List;
import org.parley.core.forecast.Forecast;

/**
 * The result of an SMP run: the forecast (every actor's position per turn, the most probable final position as the
 * headline, the capability x salience weighted mean and median), the trace of every turn, the probability of each
 * distinct final position, notes on how the scenario was adapted to the model, and whether KTAB's stop rule ended
 * the run (else the turn limit did).
 */
public record SmpRun(Forecast forecast, List<SmpTurn> turns, List<SmpPosition> probabilities, List<String> notes,
                     boolean stopRule) {

    public SmpRun {
        turns = List.copyOf(turns);
        probabilities = List.copyOf(probabilities);
        notes = List.copyOf(notes);
    }

    /** The number of states, turn 0 included (KTAB's "number of states"). */
    public int states() {
        return turns.size();
    }
}
