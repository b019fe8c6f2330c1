package org.parley.io.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.Acceptance;
import org.parley.core.deals.DealAnalysis;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.DealReport;
import org.parley.core.deals.DealSpace;
import org.parley.core.deals.OutcomeScan;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * The flagship's zone of agreement at {@code --grid 11}, recounted in exact integer arithmetic by this test's own
 * code: every package of the grid is accepted by a veto party exactly when {@code sum_d s_d |p_d - x_d| <=
 * S (100 - rv)} on the 0..100 scale, which, multiplied out by the grid step, the common scale width and a power of
 * ten that makes every decimal an integer, is a comparison of two {@code long}s.
 */
class FlagshipZoneRecountTest {

    private static final int GRID = 11;

    @Test
    void the_zone_at_grid_11_equals_an_exact_integer_recount_package_by_package() {
        Scenario s = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), Limits.defaults());
        int[] veto = ScenarioGrid.vetoParties(s);
        assertThat(veto).hasSize(3);
        int dims = s.issues().size();
        // the recount below assumes one scale width for every issue, as the flagship has (0..100)
        BigDecimal width = dec(s.issues().get(0).scale().max()).subtract(dec(s.issues().get(0).scale().min()));
        int k = width.scale();
        for (Issue is : s.issues()) {
            assertThat(dec(is.scale().max()).subtract(dec(is.scale().min()))).isEqualByComparingTo(width);
            k = Math.max(k, dec(is.scale().min()).scale());
        }
        for (int a : veto) {
            Actor actor = s.actors().get(a);
            k = Math.max(k, dec(actor.reservation()).scale());
            for (Issue is : s.issues()) {
                k = Math.max(k, dec(actor.stances().get(is.id()).position()).scale());
                k = Math.max(k, dec(actor.stances().get(is.id()).salience()).scale());
            }
        }
        long ten = BigDecimal.TEN.pow(k).longValueExact();
        long r = scaled(width, k);
        long g = GRID - 1;
        // per veto party: integer saliences s', offsets (x - min)' and the budget S' (100' - rv') g r'
        long[][] sal = new long[veto.length][dims];
        long[][] off = new long[veto.length][dims];
        long[] budget = new long[veto.length];
        for (int v = 0; v < veto.length; v++) {
            Actor actor = s.actors().get(veto[v]);
            long total = 0;
            for (int d = 0; d < dims; d++) {
                Issue is = s.issues().get(d);
                sal[v][d] = scaled(dec(actor.stances().get(is.id()).salience()), k);
                off[v][d] = scaled(dec(actor.stances().get(is.id()).position()).subtract(dec(is.scale().min())), k);
                total += sal[v][d];
            }
            long room = scaled(BigDecimal.valueOf(100).subtract(dec(actor.reservation())), k);
            budget[v] = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(total, room), g), r);
        }
        int size = (int) Math.pow(GRID, dims);
        boolean[] inZone = new boolean[size];
        long recount = 0;
        int[] o = new int[dims];
        for (int index = 0; index < size; index++) {
            int rest = index;
            for (int d = dims - 1; d >= 0; d--) {
                o[d] = rest % GRID;
                rest /= GRID;
            }
            boolean all = true;
            for (int v = 0; v < veto.length && all; v++) {
                // p_d - x_d = 100 (o_d r - off_d g) / (g r): both sides times g r, and the loss times 10^k more
                // to reach the budget's scale (10^3k)
                long loss = 0;
                for (int d = 0; d < dims; d++) {
                    loss += sal[v][d] * 100 * Math.abs(o[d] * r - off[v][d] * g);
                }
                all = Math.multiplyExact(loss, ten) <= budget[v];
            }
            inZone[index] = all;
            recount += all ? 1 : 0;
        }

        DealSpace parties = ScenarioGrid.of(s, GRID).restrict(veto);
        DealReport report = DealAnalysis.run(parties, DealOptions.defaults(100));
        assertThat(report.zopa().outcomes()).isEqualTo(recount);
        Acceptance acceptance = Acceptance.of(parties.profiles());
        long[] disagreements = {0};
        long[] naive = {0};
        double[] rv = parties.reservationValues();
        OutcomeScan.scan(parties.space(), parties.profiles(), 0, size, (index, outcome, u) -> {
            if (acceptance.acceptedByAll(u, outcome) != inZone[(int) index]) {
                disagreements[0]++;
            }
            boolean plain = true;
            for (int i = 0; i < u.length; i++) {
                plain &= u[i] >= rv[i];
            }
            naive[0] += plain ? 1 : 0;
        });
        assertThat(disagreements[0]).isZero();
        // a plain double comparison misses packages worth exactly a veto party's no-deal value
        assertThat(naive[0]).isLessThan(recount);
    }

    private static BigDecimal dec(double x) {
        return new BigDecimal(Double.toString(x));
    }

    private static long scaled(BigDecimal x, int k) {
        return x.movePointRight(k).longValueExact();
    }
}
