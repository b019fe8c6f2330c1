package org.parley.core.forecast.smp;

import java.util.List;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastModel;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;

/**
 * KTAB's Spatial Model of Politics as coded (KAPSARC Toolkit for Behavioral Analysis; spec: smp.md): in every
 * turn each actor challenges the actor whose challenge it expects to gain most from, proposes an S2P2 bargain,
 * and every actor adopts the bargain of its queue that wins a probabilistic Condorcet election, until the positions
 * settle. With KTAB's defaults and deterministic transitions it reproduces KTAB's reference runs.
 *
 * <p>Cost: O(n^3 + n^2 D) per turn for n actors and D dimensions (challenges: initiators x targets x third parties;
 * elections: n options x n voters), O(n^2) memory. From {@value #PARALLEL_THRESHOLD} actors on, per-actor work
 * runs on all cores; results never depend on the number of threads.
 */
public final class SmpModel implements ForecastModel {

    /** The model's name on the command line and in results. */
    public static final String NAME = "smp";
    /** From this many actors on, {@link #run(Scenario, Params)} spreads per-actor work over the cores. */
    public static final int PARALLEL_THRESHOLD = 64;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Forecast forecast(Scenario scenario, Params params) {
        return run(scenario, params).forecast();
    }

    /** Refuses scenarios SMP cannot run: fewer than 2 or more than 250 actors (KTAB's limit), capability 0. */
    @Override
    public void requireFits(Scenario scenario) {
        SmpProblem.requireFits(scenario);
        Forecast.requirePositionsWithin(NAME, (long) scenario.actors().size() * scenario.issues().size(),
                SmpParameters.DEFAULT_MAX_TURNS);
    }

    /** A run with the identity accommodation matrix (every ideal follows its own position, as for KTAB CSV). */
    public static SmpRun run(Scenario scenario, Params params) {
        return run(scenario, params, null);
    }

    /** A run with the given accommodation matrix (null: identity), on as many threads as pay off. */
    public static SmpRun run(Scenario scenario, Params params, Accommodation accommodation) {
        int n = scenario.actors().size();
        int cores = Runtime.getRuntime().availableProcessors();
        try (BatchRunner runner = n >= PARALLEL_THRESHOLD && cores > 1 ? BatchRunner.parallel(cores)
                : BatchRunner.sequential()) {
            return run(scenario, params, accommodation, runner);
        }
    }

    /** A run on the given runner; the result is the same for every runner. */
    public static SmpRun run(Scenario scenario, Params params, Accommodation accommodation, BatchRunner runner) {
        SmpParameters p = SmpParameters.read(params);
        SmpProblem.requireFits(scenario);
        Forecast.requirePositionsWithin(NAME, (long) scenario.actors().size() * scenario.issues().size(),
                p.maxTurns());
        SmpProblem problem = SmpProblem.of(scenario);
        Accommodation a = accommodation == null ? Accommodation.identity(problem.n) : accommodation;
        List<TurnLog> log = new SmpEngine(problem, p, a, runner).run();
        return new SmpReport(scenario, problem, !a.isIdentity()).build(log, params.used());
    }
}
