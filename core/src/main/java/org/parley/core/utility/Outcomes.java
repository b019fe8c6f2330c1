package org.parley.core.utility;

import org.parley.core.scenario.Issue;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;

/** Outcome vectors (one value per issue, in issue units, scenario order) built from packages and the status quo. */
public final class Outcomes {

    private Outcomes() {
    }

    /** The outcome a package produces: its terms, and the status quo on issues it leaves out. */
    public static double[] of(Scenario s, Package p) {
        double[] x = new double[s.issues().size()];
        for (int d = 0; d < x.length; d++) {
            Issue issue = s.issues().get(d);
            Double term = p.terms().get(issue.id());
            if (term == null) {
                if (!issue.hasStatusQuo()) {
                    throw InvalidScenarioException.of("packages." + p.id() + ".terms", "no term for issue '"
                            + issue.id() + "' and no status_quo to fall back on");
                }
                term = issue.statusQuo();
            }
            x[d] = term;
        }
        return x;
    }

    /** Whether every issue has a status quo, so that "no agreement" is an outcome. */
    public static boolean hasStatusQuo(Scenario s) {
        return s.issues().stream().allMatch(Issue::hasStatusQuo);
    }
}
