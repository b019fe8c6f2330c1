package org.parley.core.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judgements that pass {@link ScenarioValidator} but look like slips, as warnings located by path: a salience on the
 * 0-1 scale among saliences on Parley's 0-100 scale (probably a fraction: 0.4 written for 40), and a capability of 0
 * (the actor can never move a forecast, since every model weighs an actor's position by its capability). Saliences
 * are on 0-100 in every Parley scenario (Bueno de Mesquita's and KTAB's conventions; a BDM table on 0-1 is scaled on
 * reading), so a salience in (0, 1] is suspicious when most saliences, of its actor or of the whole scenario, are
 * above 1.
 */
public final class ScenarioWarnings {

    private ScenarioWarnings() {
    }

    /** Every warning of a valid scenario, in file order (actor by actor, stance by stance). */
    public static List<Problem> of(Scenario s) {
        return of(s, true);
    }

    /**
     * As {@link #of(Scenario)}; {@code fractions} false leaves out the fraction check, for a table whose saliences
     * were written on 0-1 and scaled to 0-100 on reading (a 0.005 there is a small salience, now 0.5, not a slip).
     */
    public static List<Problem> of(Scenario s, boolean fractions) {
        int above = 0;
        int small = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Actor a : s.actors()) {
            for (Stance st : a.stances().values()) {
                if (st.salience() > 1) {
                    above++;
                    low = Math.min(low, st.salience());
                    high = Math.max(high, st.salience());
                } else if (st.salience() > 0) {
                    small++;
                }
            }
        }
        boolean scenarioOnPercent = above > small;
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            String at = "actors[" + i + "]";
            if (a.capability() == 0) {
                out.add(new Problem(at + ".capability", "is 0, so '" + a.id() + "' can never move any forecast (every "
                        + "model weighs an actor's position by its capability); its acceptance of packages still "
                        + "counts"));
            }
            if (fractions) {
                fractions(a, at, scenarioOnPercent, low, high, out);
            }
        }
        return out;
    }

    /** Warns of each salience of {@code a} in (0, 1] when most saliences of the actor, or the scenario, exceed 1. */
    private static void fractions(Actor a, String at, boolean scenarioOnPercent, double low, double high,
                                  List<Problem> out) {
        int above = 0;
        int fractions = 0;
        double own = Double.POSITIVE_INFINITY;
        double ownHigh = Double.NEGATIVE_INFINITY;
        for (Stance st : a.stances().values()) {
            if (st.salience() > 1) {
                above++;
                own = Math.min(own, st.salience());
                ownHigh = Math.max(ownHigh, st.salience());
            } else if (st.salience() > 0) {
                fractions++;
            }
        }
        boolean actorOnPercent = above > fractions;
        if (fractions == 0 || !actorOnPercent && !scenarioOnPercent) {
            return;
        }
        String others = actorOnPercent ? "the other saliences of '" + a.id() + "' " + span(own, ownHigh)
                : "most saliences of the scenario " + span(low, high);
        for (Map.Entry<String, Stance> e : a.stances().entrySet()) {
            double x = e.getValue().salience();
            if (x > 0 && x <= 1) {
                String v = ScenarioValidator.num(x);
                out.add(new Problem(at + ".stances." + e.getKey() + ".salience", "is " + v + " where " + others
                        + " on the 0-100 scale; if " + v + " is a fraction, write "
                        + BigDecimal.valueOf(x).movePointRight(2).stripTrailingZeros().toPlainString()));
            }
        }
    }

    private static String span(double low, double high) {
        return low == high ? "are " + ScenarioValidator.num(low) : "run from " + ScenarioValidator.num(low) + " to "
                + ScenarioValidator.num(high);
    }
}
