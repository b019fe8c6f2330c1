package org.parley.core.negotiation.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.DealSpace;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.TestDomains;
import org.parley.core.negotiation.bidspace.UtilityIndex;
import org.parley.core.negotiation.party.Action;
import org.parley.core.negotiation.party.Negotiator;
import org.parley.core.negotiation.party.PartyContext;

class StackedAlternatingOffersTest {

    private static final DealSpace DOMAIN = TestDomains.opposed(2, 3, 0, 0, 1);

    /** A party that plays a script: its action at (round, time), and a log of what it observed. */
    private static final class Scripted implements Negotiator {
        final BiFunction<Integer, Double, Action> script;
        final List<String> seen = new ArrayList<>();

        Scripted(BiFunction<Integer, Double, Action> script) {
            this.script = script;
        }

        @Override
        public void init(PartyContext context) {
        }

        @Override
        public Action act(int round, double time) {
            return script.apply(round, time);
        }

        @Override
        public void observe(int party, Action action, double time) {
            seen.add(party + ":" + action);
        }
    }

    private static List<PartyContext> contexts(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("p" + i);
        }
        List<PartyContext> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new PartyContext(i, names, "saop", DOMAIN.space(), DOMAIN.profiles().get(i % 2),
                    UtilityIndex.exact(DOMAIN.space(), DOMAIN.profiles().get(i % 2)), Deadline.ofRounds(10),
                    new SplittableRandom(i)));
        }
        return out;
    }

    private static Transcript run(Deadline d, Negotiator... ps) {
        return StackedAlternatingOffers.saop().run(List.of(ps), contexts(ps.length), d, System::nanoTime, true);
    }

    @Test
    void an_offer_is_agreed_when_every_other_party_accepts_it_in_consecutive_turns() {
        int[] a = {0, 0};
        int[] b = {1, 2};
        Scripted p0 = new Scripted((r, t) -> r == 0 ? Action.offer(a) : Action.accept());
        Scripted p1 = new Scripted((r, t) -> Action.accept());
        Scripted p2 = new Scripted((r, t) -> r == 0 ? Action.offer(b) : Action.accept());
        Transcript t = run(Deadline.ofRounds(10), p0, p1, p2);
        assertThat(t.termination()).isEqualTo(Termination.AGREEMENT);
        assertThat(t.agreement()).containsExactly(1, 2);
        assertThat(t.rounds()).isEqualTo(2);
        assertThat(t.endedBy()).isEqualTo(1);
        assertThat(t.time()).isEqualTo(0.1);
        assertThat(t.events()).isEqualTo(5);
        assertThat(t.kind(3)).isEqualTo(Action.Kind.ACCEPT);
        assertThat(t.bid(3)).containsExactly(1, 2);
        assertThat(p1.seen).containsExactly("0:OFFER[0, 0]", "1:ACCEPT", "2:OFFER[1, 2]", "0:ACCEPT", "1:ACCEPT");
    }

    @Test
    void two_parties_alternate_and_the_second_may_accept_in_the_first_round() {
        Scripted p0 = new Scripted((r, t) -> Action.offer(new int[] {2, 2}));
        Scripted p1 = new Scripted((r, t) -> Action.accept());
        Transcript t = StackedAlternatingOffers.bilateral().run(List.of(p0, p1), contexts(2), Deadline.ofRounds(5),
                System::nanoTime, false);
        assertThat(t.termination()).isEqualTo(Termination.AGREEMENT);
        assertThat(t.rounds()).isEqualTo(1);
        assertThat(t.time()).isZero();
        assertThat(t.events()).isZero();
    }

    @Test
    void the_deadline_ends_the_negotiation_after_its_rounds_and_times_are_completed_rounds_over_the_deadline() {
        List<Double> times = new ArrayList<>();
        Scripted p0 = new Scripted((r, t) -> {
            times.add(t);
            return Action.offer(new int[] {0, 0});
        });
        Scripted p1 = new Scripted((r, t) -> Action.offer(new int[] {2, 2}));
        Transcript t = run(Deadline.ofRounds(4), p0, p1);
        assertThat(t.termination()).isEqualTo(Termination.DEADLINE);
        assertThat(t.rounds()).isEqualTo(4);
        assertThat(t.agreement()).isNull();
        assertThat(t.endedBy()).isEqualTo(-1);
        assertThat(times).containsExactly(0.0, 0.25, 0.5, 0.75);
        assertThat(t.events()).isEqualTo(8);
    }

    @Test
    void a_time_deadline_reads_the_clock_before_every_turn_and_time_is_elapsed_over_the_deadline() {
        long[] now = {0};
        List<Double> times = new ArrayList<>();
        Scripted p0 = new Scripted((r, t) -> {
            times.add(t);
            return Action.offer(new int[] {0, 0});
        });
        Scripted p1 = new Scripted((r, t) -> Action.offer(new int[] {2, 2}));
        Transcript t = StackedAlternatingOffers.saop().run(List.of(p0, p1), contexts(2), Deadline.ofMillis(10),
                () -> now[0] += 1_000_000L, false);
        assertThat(t.termination()).isEqualTo(Termination.DEADLINE);
        assertThat(times).containsExactly(0.1, 0.3, 0.5, 0.7, 0.9);
        assertThat(t.rounds()).isEqualTo(5);
    }

    @Test
    void walking_away_accepting_nothing_bad_bids_and_exceptions_end_the_negotiation_with_the_reason() {
        Scripted opener = new Scripted((r, t) -> Action.offer(new int[] {0, 1}));
        Transcript end = run(Deadline.ofRounds(3), opener, new Scripted((r, t) -> Action.end()));
        assertThat(end.termination()).isEqualTo(Termination.WALK_AWAY);
        assertThat(end.reason()).isEqualTo("p1 ended the negotiation");
        Transcript early = run(Deadline.ofRounds(3), new Scripted((r, t) -> Action.accept()), opener);
        assertThat(early.termination()).isEqualTo(Termination.ERROR);
        assertThat(early.reason()).isEqualTo("p0 accepted when no offer was standing");
        Transcript bad = run(Deadline.ofRounds(3), opener, new Scripted((r, t) -> Action.offer(new int[] {0, 3})));
        assertThat(bad.reason()).isEqualTo("p1 offered a bid outside the domain (value 3 of issue 2, which has 3)");
        Transcript shortBid = run(Deadline.ofRounds(3), new Scripted((r, t) -> Action.offer(new int[] {0})), opener);
        assertThat(shortBid.reason()).isEqualTo("p0 offered a bid outside the domain (1 values for 2 issues)");
        Transcript threw = run(Deadline.ofRounds(3), opener, new Scripted((r, t) -> {
            throw new IllegalStateException("no idea");
        }));
        assertThat(threw.termination()).isEqualTo(Termination.ERROR);
        assertThat(threw.reason()).isEqualTo("p1 threw java.lang.IllegalStateException: no idea");
        assertThat(threw.endedBy()).isEqualTo(1);
        Transcript none = run(Deadline.ofRounds(3), opener, new Scripted((r, t) -> null));
        assertThat(none.reason()).isEqualTo("p1 returned no action");
    }

    @Test
    void bilateral_alternating_offers_takes_two_parties_only() {
        Scripted p = new Scripted((r, t) -> Action.end());
        assertThatThrownBy(() -> StackedAlternatingOffers.bilateral().run(List.of(p, p, p), contexts(3),
                Deadline.ofRounds(3), System::nanoTime, false)).hasMessage("ao takes 2 parties, got 3");
        assertThat(Protocols.byName("saop")).containsSame(StackedAlternatingOffers.saop());
        assertThat(Protocols.byName("mopac")).isEmpty();
    }
}
