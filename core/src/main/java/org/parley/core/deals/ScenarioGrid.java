package org.parley.core.deals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.ExactAcceptance;
import org.parley.core.preferences.Profile;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.ExactSpatial;
import org.parley.core.utility.SpatialUtility;

/**
 * A Parley scenario as a finite deal space: every issue's scale cut into {@code grid} equally spaced values (ends
 * included), every actor's spatial utility written as an additive profile on 0..100
 * ({@code u_i = 100 - sum_d loss_id(p_d)}), its reservation value the actor's (0 when it has none). Each profile
 * also carries its utility in exact decimal arithmetic ({@link ExactSpatial#grid}): as exact contributions for the
 * per-issue merge with {@code eps = 0}, and as an {@link ExactAcceptance} that decides {@code u >= rv} exactly for
 * the zone of agreement and the rational frontier.
 */
public final class ScenarioGrid {

    /** The unit roundoff of double arithmetic, {@code 2^-53}. */
    private static final double UNIT = 0x1p-53;

    /** Digits of the divisions that measure the tables' rounding errors (error below 1e-38 relative). */
    private static final MathContext MEASURE = new MathContext(40);

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
        ExactSpatial exact = ExactSpatial.of(s);
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
            ExactSpatial.GridTables t = exact.grid(a, grid);
            BigDecimal[][] contributions = new BigDecimal[table.length][grid];
            for (int d = 0; d < table.length; d++) {
                for (int v = 0; v < grid; v++) {
                    contributions[d][v] = t.loss()[d][v].negate();
                }
            }
            ExactAcceptance acceptance = ExactAcceptance.of(contributions, t.budget().negate(),
                    errorBound(table, contributions, t.denominator(), rv));
            profiles.add(AdditiveProfile.ofTables(actor.id(), 100, table, rv, 100).withExact(contributions)
                    .withExactAcceptance(acceptance));
        }
        return new DealSpace(space.name(), space, profiles, 100);
    }

    /**
     * A proven bound on {@code |u_hat(o) - u(o)| + |rv_hat - rv|} for the double tables: the largest rounding error
     * of each table, measured against the exact value {@code x / denominator}, summed over the issues; plus the
     * error of summing {@code 100 + t_1 + ... + t_n} in order, at most {@code gamma_n (100 + sum_d max |t_d|)} with
     * {@code gamma_n = n u / (1 - n u)} (Higham 2002, section 4.2); plus how far the double {@code rv} is from its
     * decimal. Doubled, as a margin for the bound's own rounding.
     */
    private static double errorBound(double[][] table, BigDecimal[][] exact, BigDecimal denominator, double rv) {
        BigDecimal tables = BigDecimal.ZERO;
        double magnitude = 100;
        for (int d = 0; d < table.length; d++) {
            BigDecimal worst = BigDecimal.ZERO;
            double largest = 0;
            for (int v = 0; v < table[d].length; v++) {
                BigDecimal err = new BigDecimal(table[d][v]).subtract(exact[d][v].divide(denominator, MEASURE)).abs();
                worst = worst.max(err);
                largest = Math.max(largest, Math.abs(table[d][v]));
            }
            tables = tables.add(worst);
            magnitude += largest;
        }
        int n = table.length;
        double gamma = n * UNIT / (1 - n * UNIT);
        double rvError = new BigDecimal(rv).subtract(ExactSpatial.decimal(rv)).abs().doubleValue();
        return 2 * (tables.doubleValue() + 1e-30 + gamma * magnitude + rvError);
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
