package org.parley.core.backtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * One decided issue of an outcome data set (a DEU row): its id ({@code isnr}), the proposal it belongs to
 * ({@code prnr}), the outcome and the reference point (status quo, may be absent) on 0..100, and the stands of the
 * actors that took part (Thomson et al. 2006, ch. 2).
 */
public record OutcomeIssue(String id, String proposal, double outcome, Double referencePoint, List<Stand> stands) {

    public OutcomeIssue {
        stands = List.copyOf(stands);
    }

    /** The number of actors that took part. */
    public int actorCount() {
        return stands.size();
    }

    /** Whether a reference point is recorded. */
    public boolean hasReferencePoint() {
        return referencePoint != null;
    }

    /** The issue as a Parley issue on 0..100 (no status quo: the standard models do not read the reference point). */
    public Issue asIssue() {
        return Issue.of(id, Scale.PERCENT);
    }

    /** The one-issue scenario of this issue with the given capabilities: what the one-issue models forecast. */
    public Scenario scenario(Capabilities capabilities) {
        List<Actor> actors = stands.stream().map(st -> Actor.of(st.actor(), capabilities.of(st.actor()),
                Map.of(id, Stance.of(st.position(), st.salience())))).toList();
        return new Scenario(id, null, null, null, List.of(), List.of(asIssue()), actors, List.of());
    }

    /** The stands by actor, in data order. */
    public Map<String, Stand> byActor() {
        Map<String, Stand> out = new LinkedHashMap<>();
        for (Stand s : stands) {
            out.put(s.actor(), s);
        }
        return out;
    }
}
