package org.parley.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/** Small scenarios built in code for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Actor with stances given as issue, position, salience triples. */
    public static Actor actor(String id, double capability, Double reservation, boolean veto, Object... stances) {
        Map<String, Stance> m = new LinkedHashMap<>();
        for (int k = 0; k < stances.length; k += 3) {
            m.put((String) stances[k], Stance.of(((Number) stances[k + 1]).doubleValue(),
                    ((Number) stances[k + 2]).doubleValue()));
        }
        return new Actor(id, null, capability, reservation, veto, m, null, null, List.of());
    }

    /** Issue on a scale with an optional status quo. */
    public static Issue issue(String id, double min, double max, Double statusQuo) {
        return new Issue(id, null, null, new Scale(min, max, null), List.of(), statusQuo, null);
    }

    /** Package with terms given as issue, value pairs. */
    public static Package pkg(String id, Object... terms) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < terms.length; k += 2) {
            m.put((String) terms[k], ((Number) terms[k + 1]).doubleValue());
        }
        return new Package(id, null, null, m);
    }

    /** Two issues A (0..100, status quo 50) and B (0..10, no status quo), three actors, two packages. */
    public static Scenario small(Loss loss) {
        return new Scenario("small", null, null, loss, List.of(),
                List.of(issue("A", 0, 100, 50.0), issue("B", 0, 10, null)),
                List.of(actor("X", 2, 60.0, true, "A", 0, 30, "B", 10, 10),
                        actor("Y", 1, 40.0, false, "A", 100, 50),
                        actor("Z", 1, null, false, "A", 50, 20, "B", 5, 20)),
                List.of(pkg("p1", "A", 20, "B", 8), pkg("p2", "A", 90, "B", 0)));
    }
}
