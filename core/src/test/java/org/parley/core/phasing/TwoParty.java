package org.parley.core.phasing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Phasing;
import org.parley.core.scenario.Punishment;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * The linear case of the phasing spec (Section 4) as a real two-actor scenario: each actor concedes its own issue
 * (XA by A, XB by B, scales 0..1), wants the other's at 1, and with a hostage holds a reversible term HH_ granted
 * by the other before the schedule starts. Saliences {@code sb, sc, sh} give {@code b = 100 sb / S},
 * {@code c = 100 sc / S}, {@code h = 100 sh / S} per unit, {@code S = sb + sc + sh}. One stage a year from 0 to K.
 */
final class TwoParty {

    final double b;
    final double c;
    final double h;
    final double delta;
    final Scenario scenario;

    TwoParty(double sb, double sc, double sh, double delta, int stages, double finalLevel) {
        double total = sb + sc + sh;
        this.b = 100 * sb / total;
        this.c = 100 * sc / total;
        this.h = 100 * sh / total;
        this.delta = delta;
        boolean hostage = sh > 0;
        Scale unit = new Scale(0, 1, null);
        List<Issue> issues = new java.util.ArrayList<>(List.of(
                new Issue("XA", null, null, unit, List.of(), 0.0, null).withConcession(List.of("A"), false, null),
                new Issue("XB", null, null, unit, List.of(), 0.0, null).withConcession(List.of("B"), false, null)));
        if (hostage) {
            issues.add(new Issue("HA", null, null, unit, List.of(), 0.0, null).withConcession(List.of("B"), true,
                    null));
            issues.add(new Issue("HB", null, null, unit, List.of(), 0.0, null).withConcession(List.of("A"), true,
                    null));
        }
        Actor a = actor("A", "XA", "XB", "HA", sb, sc, sh, delta);
        Actor bb = actor("B", "XB", "XA", "HB", sb, sc, sh, delta);
        Map<String, Double> deal = new LinkedHashMap<>(Map.of("XA", finalLevel, "XB", finalLevel));
        Map<String, Double> start = new LinkedHashMap<>(Map.of("XA", 0.0, "XB", 0.0));
        if (hostage) {
            deal.put("HA", 1.0);
            deal.put("HB", 1.0);
            start.put("HA", 1.0);
            start.put("HB", 1.0);
        }
        this.scenario = new Scenario("two-party", null, null, null, List.of(), issues, List.of(a, bb),
                List.of(new Package("deal", null, null, deal), new Package("start", null, null, start)),
                new Phasing(0.0, (double) stages, Punishment.FREEZE, null, null));
    }

    private static Actor actor(String id, String own, String other, String hostage, double sb, double sc, double sh,
                               double delta) {
        Map<String, Stance> st = new LinkedHashMap<>();
        st.put(own, Stance.of(0, sc));
        st.put(other, Stance.of(1, sb));
        if (sh > 0) {
            st.put(hostage, Stance.of(1, sh));
        }
        return new Actor(id, null, 1, null, false, st, null, null, List.of(), delta, null);
    }

    Package deal() {
        return scenario.pkg("deal").orElseThrow();
    }

    /** A schedule file's content for levels {@code x[1..K]} of both concessions, from the start package. */
    Schedule schedule(double[] x) {
        List<ScheduleStage> stages = new java.util.ArrayList<>();
        for (int t = 1; t < x.length; t++) {
            stages.add(new ScheduleStage(null, null, Map.of("XA", x[t], "XB", x[t])));
        }
        return new Schedule(h > 0 ? "start" : null, stages);
    }
}
