package org.parley.core.forecast.exchange;

import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * A scenario as the exchange model's arrays (exchange.md Section 1), indexed [actor][issue] in scenario order:
 * position {@code x} on 0..100 (each issue's scale mapped there), salience {@code s} on 0..1 (Parley's 0..100 divided
 * by 100), capability {@code c}, and whether the actor takes a stance on the issue. Absent stances hold 0 everywhere.
 * {@code w[d][i] = c_id s_id} is the voting weight, one column per issue (0 where absent).
 */
record ExchangeInput(String[] actors, String[] issues, double[][] x, double[][] s, double[][] c,
                     boolean[][] present, double[][] w) {

    /** The arrays of a validated scenario. */
    static ExchangeInput of(Scenario scenario) {
        int n = scenario.actors().size();
        int m = scenario.issues().size();
        String[] actors = new String[n];
        String[] issues = new String[m];
        double[][] x = new double[n][m];
        double[][] s = new double[n][m];
        double[][] c = new double[n][m];
        boolean[][] present = new boolean[n][m];
        for (int d = 0; d < m; d++) {
            issues[d] = scenario.issues().get(d).id();
        }
        for (int i = 0; i < n; i++) {
            Actor a = scenario.actors().get(i);
            actors[i] = a.id();
            for (int d = 0; d < m; d++) {
                Issue issue = scenario.issues().get(d);
                Stance st = a.stances().get(issue.id());
                if (st != null) {
                    present[i][d] = true;
                    x[i][d] = issue.scale().toPercent(st.position());
                    s[i][d] = st.salience() / 100.0;
                    c[i][d] = a.capability();
                }
            }
        }
        double[][] w = new double[m][n];
        for (int d = 0; d < m; d++) {
            for (int i = 0; i < n; i++) {
                w[d][i] = present[i][d] ? c[i][d] * s[i][d] : 0;
            }
        }
        return new ExchangeInput(actors, issues, x, s, c, present, w);
    }

    /** The number of actors. */
    int actorCount() {
        return actors.length;
    }

    /** The number of issues. */
    int issueCount() {
        return issues.length;
    }

    /** The voting weight {@code c_id s_id} of actor i on issue d; 0 when absent. */
    double weight(int i, int d) {
        return w[d][i];
    }

    /** Every actor's voting weight on issue d, in actor order (the array itself: do not modify). */
    double[] weights(int d) {
        return w[d];
    }
}
