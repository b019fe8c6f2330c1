package org.parley.io.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.DealSpace;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.Action;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.protocol.StackedAlternatingOffers;
import org.parley.core.negotiation.protocol.Termination;
import org.parley.core.negotiation.session.Session;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.negotiation.session.TraceEvent;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;
import org.parley.io.Limits;
import org.parley.io.deals.DealFiles;

/**
 * The acceptance test of issue 15: Boulware (party 1) against Conceder (party 2) on GENIUS's party domain, SAOP,
 * 100 rounds. Everything is checked against numbers computed here from the profiles alone, by enumerating the
 * 3,072 outcomes: the target curves, the nearest bids, the acceptance decisions, the frontier, the Nash point and
 * the metrics.
 */
class PartySessionReferenceTest {

    private static final Path DIR = Path.of("data/genius/partydomain");

    private final DealSpace deals = DealFiles.load(DIR.resolve("party_domain.xml"), List.of(
            DIR.resolve("party1_utility.xml"), DIR.resolve("party2_utility.xml")), Limits.defaults(), 11).deals();
    private final OutcomeSpace space = deals.space();
    private final int n = space.size().intValueExact();
    private final double[][] u = new double[2][n];

    PartySessionReferenceTest() {
        for (int k = 0; k < n; k++) {
            int[] o = space.outcome(k);
            for (int i = 0; i < 2; i++) {
                u[i][k] = deals.profiles().get(i).utility(o);
            }
        }
    }

    /** The time-dependent target of the spec, from the party's own best and worst outcomes and its rv. */
    private double target(int party, double e, double t) {
        double max = Arrays.stream(u[party]).max().orElseThrow();
        double min = Arrays.stream(u[party]).min().orElseThrow();
        double pMin = Math.max(deals.profiles().get(party).reservationValue(), min);
        return pMin + (max - pMin) * (1 - Math.pow(t, 1 / e));
    }

    /** The utility of the outcome nearest to the target (ties: the higher utility). */
    private double nearest(int party, double target) {
        double best = Double.NaN;
        for (double x : u[party]) {
            if (Double.isNaN(best) || Math.abs(x - target) < Math.abs(best - target)
                    || Math.abs(x - target) == Math.abs(best - target) && x > best) {
                best = x;
            }
        }
        return best;
    }

    private int index(java.util.Map<String, String> bid) {
        int[] o = new int[space.dimension()];
        for (int k = 0; k < o.length; k++) {
            o[k] = space.issues().get(k).indexOf(bid.get(space.issues().get(k).name()));
        }
        return (int) space.index(o);
    }

    @Test
    void boulware_against_conceder_agrees_following_both_target_curves_with_metrics_from_first_principles() {
        Setting setting = Setting.of(deals, SettingOptions.defaults(1));
        Negotiators reg = Negotiators.builtIn();
        SessionResult r = Session.run(setting, StackedAlternatingOffers.saop(), List.of(reg.parse("boulware"),
                reg.parse("conceder")), Deadline.ofRounds(100), 42, true, System::nanoTime);
        assertThat(n).isEqualTo(3072);
        assertThat(r.agreement()).isTrue();
        assertThat(r.termination()).isEqualTo(Termination.AGREEMENT);
        assertThat(r.rounds()).isLessThan(100);

        double[] e = {0.2, 2};
        List<String> names = r.parties();
        Double standing = null;
        int standingFrom = -1;
        int offers = 0;
        for (TraceEvent ev : r.trace()) {
            int i = names.indexOf(ev.party());
            double t = ev.round() / 100.0;
            assertThat(ev.time()).isEqualTo(t);
            double next = nearest(i, target(i, e[i], t));
            if (ev.action() == Action.Kind.OFFER) {
                offers++;
                int k = index(ev.bid());
                assertThat(u[i][k]).as("offer of %s at t=%s", ev.party(), t).isEqualTo(next);
                assertThat(ev.utilities().get(names.get(0))).isEqualTo(u[0][k]);
                assertThat(ev.utilities().get(names.get(1))).isEqualTo(u[1][k]);
                if (standing != null && standingFrom != i) {
                    assertThat(u[i][index(r.trace().get(r.trace().indexOf(ev) - 1).bid())])
                            .as("AC_next: %s would have accepted", ev.party()).isLessThan(next);
                }
                standing = u[i][k];
                standingFrom = i;
            } else {
                assertThat(ev.action()).isEqualTo(Action.Kind.ACCEPT);
                assertThat(u[i][index(ev.bid())]).as("AC_next at acceptance").isGreaterThanOrEqualTo(next);
            }
        }
        assertThat(offers).isEqualTo(r.trace().size() - 1);

        int agreed = index(r.bid());
        double u1 = u[0][agreed];
        double u2 = u[1][agreed];
        assertThat(r.utilities()).containsEntry(names.get(0), u1).containsEntry(names.get(1), u2);
        TraceEvent last = r.trace().get(r.trace().size() - 1);
        assertThat(last.utilities()).isEqualTo(r.utilities());

        List<double[]> frontier = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            boolean dominated = false;
            for (int j = 0; j < n && !dominated; j++) {
                dominated = u[0][j] >= u[0][k] && u[1][j] >= u[1][k] && (u[0][j] > u[0][k] || u[1][j] > u[1][k]);
            }
            if (!dominated) {
                frontier.add(new double[] {u[0][k], u[1][k]});
            }
        }
        double pareto = Double.POSITIVE_INFINITY;
        double[] nash = null;
        for (double[] p : frontier) {
            pareto = Math.min(pareto, Math.hypot(u1 - p[0], u2 - p[1]));
            if (nash == null || p[0] * p[1] > nash[0] * nash[1]) {
                nash = p;
            }
        }
        assertThat(nash[0]).isCloseTo(0.785, within(5e-5));
        assertThat(nash[1]).isCloseTo(0.9286, within(5e-5));
        assertThat(r.metrics().socialWelfare()).isCloseTo(u1 + u2, within(1e-12));
        assertThat(r.metrics().productOfGains()).isCloseTo(u1 * u2, within(1e-12));
        assertThat(r.metrics().paretoDistance()).isCloseTo(pareto, within(1e-12));
        assertThat(r.metrics().nashDistance()).isCloseTo(Math.hypot(u1 - nash[0], u2 - nash[1]), within(1e-12));
        assertThat(r.metrics().paretoOptimal()).isEqualTo(pareto <= 1e-9);
        assertThat(r.metrics().inZone()).isTrue();
        assertThat(r.reference().frontierPoints()).isEqualTo(10);
        Profile p1 = deals.profiles().get(0);
        assertThat(p1.discountFactor()).isEqualTo(1.0);
        assertThat(r.discountedUtilities()).isEqualTo(r.utilities());
    }
}
