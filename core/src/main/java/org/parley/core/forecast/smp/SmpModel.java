package org.parley.core.forecast.smp;

import java.util.List;
import java.util.Set;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.Traced;
import org.parley.core.forecast.TracedModel;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;

/**
 * KTAB's Spatial Model of Politics as coded (KAPSARC Toolkit for Behavioral Analysis; spec: smp.md): in every
 * turn each actor challenges the actor whose challenge it expects to gain most from, proposes an S2P2 bargain,
 * and every actor adopts the bargain of its queue that wins a probabilistic Condorcet election, until the positions
 * settle. With KTAB's defaults and deterministic transitions it reproduces KTAB's reference runs.
 *
 * <p>Parameters ({@link SmpParameters}): KTAB's nine switches, {@code seed}, {@code rounds} (the turn limit) and the
 * stop rule, {@code idealAdjust} (the {@link Accommodation} matrix; default the identity) and the
 * {@link ConvergenceDetector}'s keys. A KTAB XML file supplies its switches, seed and ideal adjustment as defaults.
 *
 * <p>Cost: O(n^3 + n^2 D) per turn for n actors and D dimensions (challenges: initiators x targets x third parties;
 * elections: n options x n voters), O(n^2) memory. From {@value #PARALLEL_THRESHOLD} actors on, per-actor work
 * runs on all cores; results never depend on the number of threads.
 */
public final class SmpModel implements TracedModel {

    /** The model's name on the command line and in results. */
    public static final String NAME = "smp";
    /** From this many actors on, {@link #run(Scenario, Params)} spreads per-actor work over the cores. */
    public static final int PARALLEL_THRESHOLD = 64;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> parameters() {
        return SmpParameters.KEYS;
    }

    @Override
    public Forecast forecast(Scenario scenario, Params params) {
        return run(scenario, params).forecast();
    }

    @Override
    public Traced traced(Scenario scenario, Params params) {
        return traced(scenario, params, true);
    }

    /** SMP weighs votes by capability: it does not apply to fewer than 2 actors or to an actor with capability 0. */
    @Override
    public List<org.parley.core.scenario.Problem> inapplicable(Scenario scenario) {
        return SmpProblem.inapplicable(scenario);
    }

    /** Refuses scenarios SMP cannot run: fewer than 2 or more than 250 actors (KTAB's limit), capability 0. */
    @Override
    public void requireFits(Scenario scenario) {
        SmpProblem.requireFits(scenario);
        Forecast.requirePositionsWithin(NAME, (long) scenario.actors().size() * scenario.issues().size(),
                SmpParameters.DEFAULT_MAX_TURNS);
    }

    /** The run keeps its turns anyway, so the notes come with the forecast whether or not the trace is wanted. */
    @Override
    public Traced traced(Scenario scenario, Params params, boolean keepTrace) {
        SmpRun run = run(scenario, params);
        return keepTrace ? new Traced(run.forecast(), run.turns(), SmpExplanation.lines(run), run.notes())
                : new Traced(run.forecast(), null, List.of(), run.notes());
    }

    /** A run on as many threads as pay off. */
    public static SmpRun run(Scenario scenario, Params params) {
        int n = scenario.actors().size();
        int cores = Runtime.getRuntime().availableProcessors();
        try (BatchRunner runner = n >= PARALLEL_THRESHOLD && cores > 1 ? BatchRunner.parallel(cores)
                : BatchRunner.sequential()) {
            return run(scenario, params, runner);
        }
    }

    /** A run on the given runner; the result is the same for every runner. */
    public static SmpRun run(Scenario scenario, Params params, BatchRunner runner) {
        SmpParameters p = SmpParameters.read(params);
        ConvergenceDetector detector = ConvergenceDetector.from(params);
        SmpProblem.requireFits(scenario);
        Forecast.requirePositionsWithin(NAME, (long) scenario.actors().size() * scenario.issues().size(),
                p.maxTurns());
        SmpProblem problem = SmpProblem.of(scenario);
        Accommodation a = Accommodation.parse(params.text("idealAdjust", "identity"), problem.actorIds);
        params.record("idealAdjust", a.text(problem.actorIds));
        List<TurnLog> log = new SmpEngine(problem, p, a, runner).run();
        return new SmpReport(scenario, problem, !a.isIdentity()).build(log, p, detector, params.used());
    }
}
