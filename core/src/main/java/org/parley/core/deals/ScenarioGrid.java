package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.Profile;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.SpatialUtility;

/**
 * A Parley scenario as a finite deal space: every issue's scale cut into {@code grid} equally spaced values (ends
 * included), every actor's spatial utility written as an additive profile on 0..100
 * ({@code u_i = 100 - sum_d loss_id(p_d)}), its reservation value the actor's (0 when it has none).
 */
public final class ScenarioGrid {

    private ScenarioGrid() {
    }

    /** The gridded deal space of every actor of a validated scenario. */
    public static DealSpace of(Scenario s, int grid) {
        return of(s, grid, java.util.stream.IntStream.range(0, s.actors().size()).toArray());
    }

    /**
     * The gridded deal space of some actors of a validated scenario ({@code parties}, indices in the order given):
     * only their tables are built, so that a deal among three veto parties of a thousand actors costs three tables.
     */
    public static DealSpace of(Scenario s, int grid, int[] parties) {
        SpatialUtility u = SpatialUtility.of(s);
        List<DomainIssue> issues = new ArrayList<>();
        for (Issue i : s.issues()) {
            issues.add(DomainIssue.grid(i.id(), i.scale().min(), i.scale().max(), grid));
        }
        OutcomeSpace space = new OutcomeSpace(s.name() == null ? "scenario" : s.name(), issues);
        List<Profile> profiles = new ArrayList<>();
        for (int a : parties) {
            Actor actor = s.actors().get(a);
            double[][] table = new double[issues.size()][grid];
            for (int d = 0; d < issues.size(); d++) {
                for (int v = 0; v < grid; v++) {
                    double p = u.toPercent(d, issues.get(d).number(v));
                    table[d][v] = -u.issueLoss(a, d, p);
                }
            }
            double rv = actor.hasReservation() ? actor.reservation() : 0;
            java.math.BigDecimal[][] exact = new java.math.BigDecimal[table.length][];
            for (int d = 0; d < table.length; d++) {
                exact[d] = new java.math.BigDecimal[grid];
                for (int v = 0; v < grid; v++) {
                    exact[d][v] = new java.math.BigDecimal(table[d][v]);
                }
            }
            profiles.add(AdditiveProfile.ofTables(actor.id(), 100, table, rv, 100).withExact(exact));
        }
        return new DealSpace(space.name(), space, profiles, 100);
    }

    /**
     * The parties whose signature a deal needs: the actors marked {@code veto}, or every actor with a reservation
     * value when none is marked (indices in scenario order).
     */
    public static int[] vetoParties(Scenario s) {
        List<Integer> idx = new ArrayList<>();
        for (int a = 0; a < s.actors().size(); a++) {
            if (s.actors().get(a).veto()) {
                idx.add(a);
            }
        }
        if (idx.isEmpty()) {
            for (int a = 0; a < s.actors().size(); a++) {
                if (s.actors().get(a).hasReservation()) {
                    idx.add(a);
                }
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }
}
