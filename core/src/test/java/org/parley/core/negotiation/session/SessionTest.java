package org.parley.core.negotiation.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.TestDomains;
import org.parley.core.negotiation.party.Action;
import org.parley.core.negotiation.party.NegotiatorFactory;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.protocol.StackedAlternatingOffers;
import org.parley.core.negotiation.protocol.Termination;

class SessionTest {

    private static final Negotiators REGISTRY = Negotiators.builtIn();

    private static Setting opposed(double rvBuyer, double rvSeller, double discount) {
        return Setting.of(TestDomains.opposed(4, 5, rvBuyer, rvSeller, discount), SettingOptions.defaults(1));
    }

    private static SessionResult run(Setting s, String a, String b, int rounds, long seed) {
        return Session.run(s, StackedAlternatingOffers.saop(), List.of(REGISTRY.parse(a), REGISTRY.parse(b)),
                Deadline.ofRounds(rounds), seed, true, System::nanoTime);
    }

    @Test
    void no_built_in_ever_offers_below_its_reservation_value_and_every_agreement_is_in_the_zone() {
        Setting s = opposed(0.35, 0.25, 1);
        for (String a : REGISTRY.names()) {
            for (String b : REGISTRY.names()) {
                SessionResult r = run(s, a, b, 60, 7);
                assertThat(r.termination()).as(a + " vs " + b).isIn(Termination.AGREEMENT, Termination.DEADLINE);
                for (TraceEvent e : r.trace()) {
                    if (e.action() == Action.Kind.OFFER) {
                        int i = r.parties().indexOf(e.party());
                        assertThat(e.utilities().get(e.party())).as(a + " vs " + b + ": " + e)
                                .isGreaterThanOrEqualTo(s.profiles().get(i).reservationValue());
                    }
                }
                assertThat(r.metrics().inZone()).as(a + " vs " + b).isEqualTo(r.agreement());
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_session_and_another_seed_another_random_one() {
        Setting s = opposed(0, 0, 1);
        SessionResult one = run(s, "random", "random", 50, 11);
        assertThat(run(s, "random", "random", 50, 11)).isEqualTo(one);
        assertThat(run(s, "random", "random", 50, 12).trace()).isNotEqualTo(one.trace());
    }

    @Test
    void metrics_and_discounted_utilities_follow_from_the_outcome() {
        Setting s = opposed(0.2, 0.1, 0.5);
        SessionResult r = run(s, "conceder", "linear", 40, 1);
        assertThat(r.agreement()).isTrue();
        double ub = r.utilities().get("buyer");
        double us = r.utilities().get("seller");
        int[] bid = new int[4];
        for (int k = 0; k < 4; k++) {
            bid[k] = Integer.parseInt(r.bid().get("x" + k));
        }
        assertThat(ub).isEqualTo(s.profiles().get(0).utility(bid));
        assertThat(r.discountedUtilities().get("buyer")).isCloseTo(ub * Math.pow(0.5, r.time()), within(1e-15));
        assertThat(r.metrics().socialWelfare()).isCloseTo(ub + us, within(1e-15));
        assertThat(r.metrics().productOfGains()).isCloseTo((ub - 0.2) * (us - 0.1), within(1e-15));
        double best = Double.POSITIVE_INFINITY;
        for (var p : s.frontier().points()) {
            best = Math.min(best, Math.hypot(ub - p.utility(0), us - p.utility(1)));
        }
        assertThat(r.metrics().paretoDistance()).isCloseTo(best, within(1e-15));
        double[] nash = s.solutions().get("nash").point().utilities();
        assertThat(r.metrics().nashDistance()).isCloseTo(Math.hypot(ub - nash[0], us - nash[1]), within(1e-15));
        SessionResult none = run(s, "hardliner", "hardliner", 10, 1);
        assertThat(none.termination()).isEqualTo(Termination.DEADLINE);
        assertThat(none.utilities()).containsEntry("buyer", 0.2).containsEntry("seller", 0.1);
        assertThat(none.discountedUtilities().get("buyer")).isCloseTo(0.1, within(1e-15));
        assertThat(none.metrics().inZone()).isFalse();
        assertThat(none.metrics().productOfGains()).isZero();
    }

    @Test
    void tit_for_tat_stands_firm_against_a_hardliner_and_follows_a_conceder() {
        Setting s = opposed(0, 0, 1);
        double top = s.index(1).max();
        SessionResult firm = run(s, "hardliner", "tit-for-tat", 50, 3);
        firm.trace().stream().filter(e -> e.party().equals("seller") && e.action() == Action.Kind.OFFER)
                .forEach(e -> assertThat(e.utilities().get("seller")).isEqualTo(top));
        SessionResult follows = run(s, "conceder", "tit-for-tat", 50, 3);
        assertThat(follows.agreement()).isTrue();
        assertThat(follows.utilities().get("seller")).isLessThan(top);
    }

    @Test
    void two_nash_seekers_meet_near_the_nash_point_and_a_seeker_never_accepts_an_irrational_bid() {
        Setting s = opposed(0.1, 0.1, 1);
        SessionResult both = run(s, "nash", "nash", 100, 5);
        assertThat(both.agreement()).isTrue();
        assertThat(both.metrics().nashDistance()).isLessThan(0.1);
        SessionResult hard = run(s, "nash", "hardliner", 100, 5);
        assertThat(s.profiles().get(0).utility(s.index(1).bid(0))).as("the hardliner's bid, to the buyer")
                .isLessThan(0.1);
        assertThat(hard.agreement()).as("never below its reservation value").isFalse();
    }

    @Test
    void one_negotiator_per_party_and_a_failing_factory_is_recorded_as_the_reason() {
        Setting s = opposed(0, 0, 1);
        assertThatThrownBy(() -> Session.run(s, StackedAlternatingOffers.saop(), List.of(REGISTRY.parse("linear")),
                Deadline.ofRounds(5), 1, false, System::nanoTime))
                .hasMessage("1 negotiators for 2 parties [buyer, seller]; expected one per party");
        NegotiatorFactory broken = new NegotiatorFactory() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public org.parley.core.negotiation.party.Negotiator create(org.parley.core.params.Params params) {
                throw new IllegalStateException("cannot start");
            }
        };
        SessionResult r = Session.run(s, StackedAlternatingOffers.saop(), List.of(REGISTRY.parse("linear"),
                new NegotiatorSpec("broken", "broken", java.util.Map.of(), broken)), Deadline.ofRounds(5), 1, true,
                System::nanoTime);
        assertThat(r.termination()).isEqualTo(Termination.ERROR);
        assertThat(r.reason()).isEqualTo("seller failed to start: java.lang.IllegalStateException: cannot start");
        assertThat(r.negotiators()).containsExactly("linear", "broken");
    }

    @Test
    void statements_say_who_agreed_on_what_and_where_it_lies() {
        Setting s = opposed(0.2, 0.1, 1);
        List<String> words = SessionStatements.of(run(s, "conceder", "linear", 40, 1));
        assertThat(words.get(0)).isEqualTo("buyer (conceder) and seller (linear) negotiated on opposed under SAOP, "
                + "deadline 40 rounds, seed 1; buyer opened.");
        assertThat(words.get(1)).startsWith("Agreement in round ").contains("x0 = ");
        assertThat(words).anyMatch(w -> w.contains("from the Nash point"))
                .contains("Inside the zone of agreement: every party gets at least its reservation value.");
        List<String> none = SessionStatements.of(run(s, "hardliner", "hardliner", 10, 1));
        assertThat(none.get(1)).isEqualTo("No agreement: the deadline of 10 rounds passed; every party gets its "
                + "reservation value (buyer 0.2, seller 0.1).");
    }
}
