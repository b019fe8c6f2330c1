package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.bdm.BdmModel;
import org.parley.core.forecast.bdm.BdmRun;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * One 10-round run of the BDM model ({@code scholz-reference}) on the EC car-emission case of BDM (1994), the ten
 * actors of Scholz's Table 1: the forecast alone, and with the full trace that {@code --explain} prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BdmBenchmark {

    /** Actor, capability, position (years), salience (0..1), as in the emission-1994 actor table. */
    private static final Object[][] EMISSION = {
        {"Netherlands", 0.08, 4.0, 0.8}, {"Belgium", 0.08, 7.0, 0.4}, {"Luxembourg", 0.03, 4.0, 0.2},
        {"Germany", 0.16, 4.0, 0.8}, {"France", 0.16, 10.0, 0.6}, {"Italy", 0.16, 10.0, 0.6},
        {"UK", 0.16, 10.0, 0.9}, {"Ireland", 0.05, 7.0, 0.1}, {"Denmark", 0.05, 4.0, 1.0},
        {"Greece", 0.08, 7.0, 0.7}};

    private final Scenario emission = emission();
    private final BdmModel model = new BdmModel();

    private static Scenario emission() {
        List<Actor> actors = new ArrayList<>();
        for (Object[] row : EMISSION) {
            double salience = Math.round((Double) row[3] * 1000) / 10.0; // Parley saliences are on 0..100
            actors.add(Actor.of((String) row[0], (Double) row[1],
                    Map.of("DATE", Stance.of((Double) row[2], salience))));
        }
        Issue date = new Issue("DATE", "Introduction of emission standards", null, new Scale(0, 15, "years"),
                List.of(), null, null);
        return new Scenario("EC car emissions (BDM 1994)", null, null, null, List.of(), List.of(date), actors,
                List.of());
    }

    /** The forecast of a 10-round run, without a trace. */
    @Benchmark
    public Forecast forecastTenRounds() {
        return model.forecast(emission, Params.none());
    }

    /** The same run keeping the trace of every round and dyad. */
    @Benchmark
    public BdmRun runTenRoundsWithTrace() {
        return BdmModel.run(emission, Params.none());
    }
}
