package org.parley.core.forecast.bdm;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.Stance;

/**
 * The actors with a stance on one issue, in scenario order, as BDM's arrays: position {@code x}, capability
 * {@code c} and salience {@code s} on 0..1 (Parley's 0..100 divided by 100).
 */
record IssueInput(String issue, String[] actors, double[] x, double[] c, double[] s) {

    /** The input for issue {@code d}; throws {@link InvalidScenarioException} when BDM cannot run on it. */
    static IssueInput of(Scenario scenario, int d) {
        Issue issue = scenario.issues().get(d);
        String at = "issues[" + d + "]";
        List<Actor> with = new ArrayList<>();
        for (Actor a : scenario.actors()) {
            if (a.hasStance(issue.id())) {
                with.add(a);
            }
        }
        int n = with.size();
        String[] names = new String[n];
        double[] x = new double[n];
        double[] c = new double[n];
        double[] salience = new double[n];
        for (int i = 0; i < n; i++) {
            Actor a = with.get(i);
            Stance st = a.stances().get(issue.id());
            names[i] = a.id();
            x[i] = st.position();
            c[i] = a.capability();
            salience[i] = st.salience();
        }
        return of(issue.id(), at, names, x, c, salience);
    }

    /**
     * The input of issue {@code issue} (problems located at {@code at}) from its actors' positions, capabilities
     * and saliences (0..100), checked as {@link #of(Scenario, int)} checks them.
     */
    static IssueInput of(String issue, String at, String[] names, double[] x, double[] c, double[] salience) {
        int n = x.length;
        if (n < 2) {
            throw InvalidScenarioException.of(at, "issue '" + issue + "': " + (n == 0 ? "no actor takes"
                    : "only actor '" + names[0] + "' takes") + " a stance; the BDM model needs at least two");
        }
        double[] s = new double[n];
        double weight = 0;
        for (int i = 0; i < n; i++) {
            s[i] = salience[i] / 100.0;
            String where = "actor '" + names[i] + "' on issue '" + issue + "'";
            if (!Double.isFinite(x[i]) || !Double.isFinite(c[i]) || c[i] < 0 || !(s[i] >= 0 && s[i] <= 1)) {
                throw InvalidScenarioException.of(at, where + ": position " + ScenarioValidator.num(x[i])
                        + ", capability " + ScenarioValidator.num(c[i]) + ", salience "
                        + ScenarioValidator.num(salience[i]) + "; expected finite numbers, capability >= 0 and "
                        + "salience 0 to 100");
            }
            weight += c[i] * s[i];
        }
        double min = x[0];
        double max = x[0];
        for (double xi : x) {
            min = Math.min(min, xi);
            max = Math.max(max, xi);
        }
        if (!(max > min)) {
            throw InvalidScenarioException.of(at, "issue '" + issue + "': all " + n + " actors hold position "
                    + ScenarioValidator.num(min) + ", so the position range R is 0; the BDM model needs at least "
                    + "two different positions");
        }
        if (!(weight > 0)) {
            throw InvalidScenarioException.of(at, "issue '" + issue + "': every actor has capability x salience "
                    + "0; the weighted median is undefined there");
        }
        return new IssueInput(issue, names, x, c, s);
    }

    /** The number of actors. */
    int size() {
        return x.length;
    }
}
