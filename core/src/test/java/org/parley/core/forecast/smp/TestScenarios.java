package org.parley.core.forecast.smp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/** Scenarios for SMP tests: random ones in KTAB's ranges, and actors given as rows. */
final class TestScenarios {

    private TestScenarios() {
    }

    /**
     * n actors on d dimensions of 0..100: capability 1..100, positions 0..100 (two decimals), saliences summing
     * to 20..100 per actor.
     */
    static Scenario random(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] rows = new double[n][1 + 2 * d];
        for (int i = 0; i < n; i++) {
            rows[i][0] = 1 + Math.floor(r.nextDouble() * 9900) / 100;
            double total = 20 + r.nextDouble() * 80;
            double[] w = new double[d];
            double sum = 0;
            for (int k = 0; k < d; k++) {
                w[k] = 0.05 + r.nextDouble();
                sum += w[k];
            }
            for (int k = 0; k < d; k++) {
                rows[i][1 + 2 * k] = Math.floor(r.nextDouble() * 10000) / 100;
                rows[i][2 + 2 * k] = Math.floor(total * w[k] / sum * 100) / 100;
            }
        }
        return of(rows);
    }

    /** Actors from rows {@code capability, pos1, sal1, pos2, sal2, ...}, named A00, A01, ... on dims D0, D1, .... */
    static Scenario of(double[]... rows) {
        int d = (rows[0].length - 1) / 2;
        List<Issue> issues = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            issues.add(Issue.of("D" + k, Scale.PERCENT));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Map<String, Stance> stances = new LinkedHashMap<>();
            for (int k = 0; k < d; k++) {
                stances.put("D" + k, Stance.of(rows[i][1 + 2 * k], rows[i][2 + 2 * k]));
            }
            actors.add(Actor.of(String.format("A%02d", i), rows[i][0], stances));
        }
        return new Scenario("test", null, null, null, List.of(), issues, actors, List.of());
    }
}
