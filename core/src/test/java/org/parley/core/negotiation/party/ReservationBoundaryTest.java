package org.parley.core.negotiation.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.Acceptance;
import org.parley.core.deals.DealAnalysis;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.DealReport;
import org.parley.core.deals.PairFrontier;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.bidspace.UtilityIndex;
import org.parley.core.negotiation.session.Reference;
import org.parley.core.negotiation.session.SessionMetrics;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.preferences.Profile;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * The negotiation side decides {@code u >= rv} as core.deals.Acceptance does, exactly at the boundary: on the trap
 * of core.deals.ExactAcceptanceTest (X with saliences 1, 1, 7, every position 0, reservation value 60, grid of 11),
 * the outcome (0, 10, 50) is worth exactly 60 to X but 59.99999999999999 summed in double.
 */
class ReservationBoundaryTest {

    private static final int[] TRAP = {0, 1, 5};

    /** X as in the trap; Y with the same saliences at position {@code y} on every issue, reservation value 0. */
    private static Scenario trap(double y) {
        List<Issue> issues = List.of(Issue.of("A", Scale.PERCENT), Issue.of("B", Scale.PERCENT),
                Issue.of("C", Scale.PERCENT));
        double[] saliences = {1, 1, 7};
        Map<String, Stance> x = new LinkedHashMap<>();
        Map<String, Stance> other = new LinkedHashMap<>();
        for (int d = 0; d < 3; d++) {
            x.put(issues.get(d).id(), Stance.of(0, saliences[d]));
            other.put(issues.get(d).id(), Stance.of(y, saliences[d]));
        }
        return new Scenario("trap", null, null, Loss.LINEAR, List.of(), issues,
                List.of(new Actor("X", null, 1, 60.0, true, x, null, null, List.of()),
                        new Actor("Y", null, 1, 0.0, true, other, null, null, List.of())),
                List.of());
    }

    private static double[] utilities(Setting s, int[] bid) {
        double[] u = new double[s.parties()];
        for (int i = 0; i < u.length; i++) {
            u[i] = s.profiles().get(i).utility(bid);
        }
        return u;
    }

    @Test
    void an_agreement_worth_exactly_the_reservation_value_is_in_the_zone() {
        Setting s = Setting.of(trap(0), 11, List.of(), SettingOptions.defaults(100));
        double[] u = utilities(s, TRAP);
        assertThat(u[0]).isLessThan(60);
        assertThat(Acceptance.of(s.profiles()).acceptedByAll(u, TRAP)).isTrue();
        SessionMetrics m = s.metrics(TRAP, u);
        assertThat(m.inZone()).as("the double test puts X below 60").isTrue();
        assertThat(m.belowReservation()).isEmpty();

        // one step further on B, 100 - (10 + 7 * 50 + 10) / 9 = 58.89: X is below
        int[] below = {0, 2, 5};
        SessionMetrics out = s.metrics(below, utilities(s, below));
        assertThat(out.inZone()).isFalse();
        assertThat(out.belowReservation()).containsExactly("X");
        assertThat(s.metrics(null, new double[] {60, 0}).belowReservation()).isEmpty();
    }

    @Test
    void a_negotiator_may_offer_every_bid_worth_exactly_its_reservation_value_and_none_below() {
        Setting s = Setting.of(trap(0), 11, List.of(), SettingOptions.defaults(100));
        Profile x = s.profiles().get(0);
        Acceptance acceptance = Acceptance.of(s.profiles());
        UtilityIndex index = s.index(0);
        int accepted = 0;
        for (long o = 0; o < 1331; o++) {
            int[] bid = s.space().outcome(o);
            accepted += acceptance.accepts(0, x.utility(bid), bid) ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(517);
        assertThat(index.countAtLeast(60)).as("the double test leaves out 4 bids worth exactly 60").isEqualTo(513);
        TimeDependentNegotiator n = new TimeDependentNegotiator(1, 0, org.parley.core.negotiation.party.Acceptance.NEXT);
        n.init(new PartyContext(0, s.partyNames(), "saop", s.space(), x, index, Deadline.ofRounds(100),
                new SplittableRandom(1)));
        assertThat(n.rational).isEqualTo(517);
        for (int r = 0; r < index.size(); r++) {
            assertThat(acceptance.accepts(0, index.utility(r), index.bid(r))).as("rank " + r)
                    .isEqualTo(r < n.rational);
        }
    }

    @Test
    void the_zone_and_the_solutions_are_found_on_the_rational_frontier_as_the_deal_analysis_does() {
        // Y opposite X at 100 on every issue: u_X + u_Y = 100, so every outcome is on the frontier, (0, 10, 50) too
        Scenario sc = trap(100);
        Setting s = Setting.of(sc, 11, List.of(), SettingOptions.defaults(100));
        DealReport d = DealAnalysis.run(ScenarioGrid.of(sc, 11), DealOptions.defaults(100));
        Reference ref = s.reference();
        assertThat(ref.frontierPoints()).isEqualTo(91);
        assertThat(d.rational().size()).isEqualTo(37);
        // the frontier runs u_X descending: its first 37 points give X at least 60, the last of them exactly 60
        assertThat(ref.rational()).isEqualTo(IntStream.range(0, 37).boxed().toList());
        assertThat(ref.frontier().get(36).get(0)).as("X's utility, 60 exactly, summed in double").isLessThan(60);
        PairFrontier pair = ref.pairFrontiers().get(0);
        assertThat(pair.zone().size()).isEqualTo(37);
        assertThat(pair.zone().first().get(36)).isLessThan(60);
        for (String name : List.of("nash", "kalai_smorodinsky", "egalitarian")) {
            double[] expected = d.solutions().get(name).point().utilities();
            assertThat(ref.solutions().get(name)).as(name).containsExactly(expected[0], expected[1]);
        }
        assertThat(ref.solutions().get("nash").get(0)).isEqualTo(80.0);
    }
}
