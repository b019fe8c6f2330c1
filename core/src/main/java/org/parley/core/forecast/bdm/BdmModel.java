package org.parley.core.forecast.bdm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.forecast.Convergence;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.Traced;
import org.parley.core.forecast.TracedModel;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;

/**
 * Bueno de Mesquita's expected-utility model (BDM 1985/1994) as reconstructed by Scholz, Calbert and Smith (2011,
 * ICAART, pp. 18-30): actors challenge, compromise with or give in to one another round by round, driven by the
 * expected utility of challenging, with risk exponents from their security. Each issue runs on its own among the
 * actors with a stance on it. The forecast is the capability x salience weighted median after the last round.
 *
 * <p>Variants ({@code variant}): {@code scholz-reference} (default) reproduces Scholz's Table 2 and the public
 * Python replication; {@code scholz-paper} is the clean reading of the published formulas. Parameters: {@code q},
 * {@code t}, {@code rounds}, {@code leading_salience} (A1), {@code security} (A2), {@code compromise_sign} (A3),
 * {@code compel} and {@code selection} (A4), {@code recompute_range}, {@code converge}, {@code tolerance}, and the
 * {@link ConvergenceDetector}'s {@code convergence_tolerance} and {@code convergence_window}, which judge whether the
 * median series came to rest on each issue; see docs/models/bdm.md. O(rounds x n^2 x m) per issue for n actors and
 * m distinct positions. Use {@link org.parley.core.forecast.compromise.CompromiseModel} for the one-shot weighted
 * mean or median instead.
 */
public final class BdmModel implements TracedModel {

    /** The model's name. */
    public static final String NAME = "bdm";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The most actors BDM takes on one issue: its tables hold n x n pairs (32 n^2 bytes, 32 MB at 1,000); more is
     * refused before any work.
     */
    public static final int MAX_ACTORS_PER_ISSUE = 1_000;

    /**
     * The most work one run may take: rounds x sum over issues of n^2 m (n actors, m distinct positions), some 5 s
     * of one core at 2 x 10^9.
     */
    public static final long MAX_WORK = 2_000_000_000L;

    /** The default number of rounds, for checks made before the parameters are read. */
    static final int DEFAULT_ROUNDS = 10;

    @Override
    public Set<String> parameters() {
        return BdmSettings.KEYS;
    }

    /**
     * Why BDM cannot run on the scenario at all: an issue with fewer than two actors, one position only, or no
     * capability x salience ({@link IssueInput}).
     */
    @Override
    public List<Problem> inapplicable(Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        for (int d = 0; d < scenario.issues().size(); d++) {
            try {
                IssueInput.of(scenario, d);
            } catch (InvalidScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    @Override
    public Forecast forecast(Scenario scenario, Params params) {
        return simulate(scenario, params, false).forecast();
    }

    /** Refuses a scenario beyond BDM's limits at its default number of rounds ({@link #requireFits(Scenario, int)}). */
    @Override
    public void requireFits(Scenario scenario) {
        requireFits(scenario, DEFAULT_ROUNDS);
    }

    /**
     * Refuses, before any work, a scenario with more than {@value #MAX_ACTORS_PER_ISSUE} actors on an issue, more
     * than {@link #MAX_WORK} work in {@code rounds} rounds, or more positions to keep than a forecast may hold.
     */
    static void requireFits(Scenario scenario, int rounds) {
        List<Problem> problems = new ArrayList<>();
        long work = 0;
        for (int d = 0; d < scenario.issues().size(); d++) {
            String id = scenario.issues().get(d).id();
            long n = 0;
            java.util.Set<Double> distinct = new java.util.HashSet<>();
            for (Actor a : scenario.actors()) {
                if (a.hasStance(id)) {
                    n++;
                    distinct.add(a.stances().get(id).position());
                }
            }
            if (n > MAX_ACTORS_PER_ISSUE) {
                problems.add(new Problem("issues[" + d + "]", "issue '" + id + "' has " + n + " actors; BDM takes at "
                        + "most " + MAX_ACTORS_PER_ISSUE + " on one issue (its tables grow with the square of the "
                        + "number: " + n + " actors would need about " + (32L * n * n >> 20) + " MB); use the "
                        + "compromise or median model, or fewer actors"));
            }
            work += n * n * distinct.size();
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        if (work * rounds > MAX_WORK) {
            long fitting = MAX_WORK / Math.max(1, work);
            throw InvalidScenarioException.of("issues", "BDM would take " + rounds + " rounds x " + work + " steps "
                    + "(actors^2 x distinct positions, summed over the issues) = " + work * rounds + ", more than its "
                    + "limit of " + MAX_WORK + " (some seconds of work); " + (fitting >= 1 ? "run fewer rounds "
                    + "(--rounds " + fitting + ") or " : "") + "use fewer actors or issues");
        }
        Forecast.requirePositionsWithin(NAME, Forecast.stances(scenario), rounds);
    }

    @Override
    public Traced traced(Scenario scenario, Params params) {
        BdmRun run = run(scenario, params);
        return new Traced(run.forecast(), run.trace(), BdmExplanation.lines(run));
    }

    /** The forecast together with the trace of every round, for {@code --explain} and JSON. */
    public static BdmRun run(Scenario scenario, Params params) {
        return simulate(scenario, params, true);
    }

    private static BdmRun simulate(Scenario scenario, Params params, boolean keepTrace) {
        BdmSettings settings = BdmSettings.from(params);
        ConvergenceDetector detector = ConvergenceDetector.from(params);
        requireFits(scenario, settings.rounds());
        params.record("median_ties", "lower");
        List<IssueOutcome> outcomes = new ArrayList<>(scenario.issues().size());
        for (int d = 0; d < scenario.issues().size(); d++) {
            outcomes.add(new IssueSimulation(IssueInput.of(scenario, d), settings, keepTrace).run());
        }
        List<BdmIssueTrace> trace = new ArrayList<>();
        if (keepTrace) {
            for (IssueOutcome o : outcomes) {
                trace.add(o.trace());
            }
        }
        return new BdmRun(forecast(scenario, outcomes, detector, params.used()), trace);
    }

    private static Forecast forecast(Scenario scenario, List<IssueOutcome> outcomes, ConvergenceDetector detector,
                                     Map<String, Object> used) {
        List<String> issues = new ArrayList<>();
        Map<String, Double> median = new LinkedHashMap<>();
        Map<String, Double> mean = new LinkedHashMap<>();
        Map<String, IssueConvergence> convergence = new LinkedHashMap<>();
        int rounds = 0;
        for (int d = 0; d < outcomes.size(); d++) {
            IssueOutcome o = outcomes.get(d);
            String id = o.input().issue();
            issues.add(id);
            median.put(id, o.median()[o.rounds()]);
            mean.put(id, o.mean()[o.rounds()]);
            rounds = Math.max(rounds, o.rounds());
            // the headline is the weighted median, so that is the series whose rest is judged
            convergence.put(id, detector.classify(o.median(), scenario.issues().get(d).scale().range(), o.stopped()));
        }
        List<ForecastRound> path = new ArrayList<>(rounds + 1);
        for (int t = 0; t <= rounds; t++) {
            path.add(new ForecastRound(t, positions(scenario, outcomes, t)));
        }
        Map<String, Map<String, Double>> statistics = new LinkedHashMap<>();
        statistics.put("weighted_median", median);
        statistics.put("weighted_mean", mean);
        return new Forecast(NAME, issues, path, median, "weighted_median", statistics, used,
                new Convergence(convergence));
    }

    /** Every actor's position on every issue it takes a stance on, after round t (issue units). */
    private static Map<String, Map<String, Double>> positions(Scenario scenario, List<IssueOutcome> outcomes, int t) {
        Map<String, Map<String, Double>> positions = new LinkedHashMap<>();
        for (Actor a : scenario.actors()) {
            positions.put(a.id(), new LinkedHashMap<>());
        }
        for (IssueOutcome o : outcomes) {
            String[] actors = o.input().actors();
            for (int i = 0; i < actors.length; i++) {
                positions.get(actors[i]).put(o.input().issue(), o.position(t, i));
            }
        }
        return positions;
    }
}
