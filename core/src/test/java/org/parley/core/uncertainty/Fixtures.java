package org.parley.core.uncertainty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Basis;
import org.parley.core.scenario.Catastrophe;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.NoDeal;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.Stance;
import org.parley.core.scenario.Uncertainty;

/** Small scenarios for the uncertainty tests: three veto parties, two others, three issues, two packages. */
final class Fixtures {

    private Fixtures() {
    }

    /** A river dispute with a catastrophe (a dam burst) in two veto parties' no-deal models. */
    static Scenario river(Loss loss) {
        List<Issue> issues = List.of(
                new Issue("FLOW", null, null, new Scale(0, 100, null), List.of(), 30.0, null),
                new Issue("DAM", null, null, new Scale(0, 10, null), List.of(), 2.0, null),
                new Issue("FUND", null, null, new Scale(-50, 50, null), List.of(), 0.0, null));
        Catastrophe burst = new Catastrophe("BURST", "dam burst", 0.03, null, Basis.JUDGEMENT, List.of());
        List<Actor> actors = List.of(
                actor("UP", 50, 60.0, true, new double[][] {{20, 80}, {8, 40}, {-20, 30}}, null),
                actor("DOWN", 40, 66.0, true, new double[][] {{85, 90}, {1, 60}, {30, 50}},
                        new NoDeal(null, 10, 0.9, Map.of("BURST", 30.0), null, Basis.JUDGEMENT)),
                actor("MID", 20, 50.0, true, new double[][] {{50, 50}, {5, 50}, {0, 70}},
                        new NoDeal(null, 20, 0.95, Map.of("BURST", 10.0), null, Basis.JUDGEMENT)),
                actor("NGO", 5, 40.0, false, new double[][] {{90, 70}, {0, 90}, {10, 20}}, null),
                actor("BANK", 15, null, false, new double[][] {{40, 20}, {6, 30}, {-40, 90}}, null));
        List<Package> packages = List.of(
                new Package("share", null, null, Map.of("FLOW", 55.0, "DAM", 5.0, "FUND", 5.0)),
                new Package("fund", null, null, Map.of("FLOW", 40.0, "FUND", 20.0)));
        Scenario s = new Scenario("river", null, null, loss, List.of(), issues, actors, packages, List.of(burst),
                Uncertainty.none());
        return ScenarioValidator.check(s);
    }

    private static Actor actor(String id, double c, Double r, boolean veto, double[][] st, NoDeal nd) {
        String[] ids = {"FLOW", "DAM", "FUND"};
        Map<String, Stance> stances = new LinkedHashMap<>();
        for (int d = 0; d < ids.length; d++) {
            stances.put(ids[d], Stance.of(st[d][0], st[d][1]));
        }
        return new Actor(id, null, c, r, veto, stances, Basis.JUDGEMENT, null, List.of(), nd);
    }
}
