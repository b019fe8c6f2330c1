package org.parley.core.negotiation.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.parley.core.exec.TaskRandom;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.Action;
import org.parley.core.negotiation.party.Negotiator;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.party.PartyContext;
import org.parley.core.negotiation.protocol.Protocol;
import org.parley.core.negotiation.protocol.Transcript;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;

/**
 * Runs one negotiation: a fresh negotiator per party (party {@code i} gets profile {@code i} and the random stream
 * {@code TaskRandom.of(seed, i + 1)}, independent of the others'), the protocol until agreement, walk-away or
 * deadline, then the outcome and its metrics against the setting's reference.
 */
public final class Session {

    private Session() {
    }

    /** The session as a result record, with its full trace when {@code trace} is set. */
    public static SessionResult run(Setting setting, Protocol protocol, List<NegotiatorSpec> negotiators,
                                    Deadline deadline, long seed, boolean trace, LongSupplier clock) {
        Transcript t = play(setting, protocol, negotiators, deadline, seed, trace, clock);
        SessionOutcome o = outcome(setting, t);
        List<String> parties = setting.partyNames();
        OutcomeSpace space = setting.space();
        int[] agreement = t.agreement();
        Map<String, Double> u = new LinkedHashMap<>();
        Map<String, Double> ud = new LinkedHashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            u.put(parties.get(i), o.utility(i));
            ud.put(parties.get(i), o.discountedUtility(i));
        }
        List<TraceEvent> events = null;
        if (trace) {
            events = new ArrayList<>(t.events());
            for (int e = 0; e < t.events(); e++) {
                int[] b = t.bid(e);
                Map<String, Double> bu = null;
                if (b != null) {
                    bu = new LinkedHashMap<>();
                    for (int i = 0; i < parties.size(); i++) {
                        bu.put(parties.get(i), setting.profiles().get(i).utility(b));
                    }
                }
                events.add(new TraceEvent(t.round(e), parties.get(t.party(e)), t.kind(e), t.time(e),
                        b == null ? null : labels(space, b), bu));
            }
        }
        Landing landing = setting.scenario() == null ? null : Landing.of(setting, agreement, o.utilities(),
                o.metrics());
        return new SessionResult(setting.name(), protocol.name(), deadline, seed, parties,
                negotiators.stream().map(NegotiatorSpec::label).toList(), agreement != null, t.termination(),
                t.reason(), t.rounds(), t.time(), agreement == null ? null : labels(space, agreement), u, ud,
                o.metrics(), events, setting.reference(), landing);
    }

    /** The protocol run itself: what happened, on primitive arrays. */
    public static Transcript play(Setting setting, Protocol protocol, List<NegotiatorSpec> negotiators,
                                  Deadline deadline, long seed, boolean trace, LongSupplier clock) {
        int n = setting.parties();
        if (negotiators.size() != n) {
            throw new IllegalArgumentException(negotiators.size() + " negotiators for " + n + " parties "
                    + setting.partyNames() + "; expected one per party");
        }
        List<Negotiator> ns = new ArrayList<>(n);
        List<PartyContext> contexts = new ArrayList<>(n);
        List<String> names = setting.partyNames();
        for (int i = 0; i < n; i++) {
            ns.add(create(negotiators.get(i)));
            contexts.add(new PartyContext(i, names, protocol.name(), setting.space(), setting.profiles().get(i),
                    setting.index(i), deadline, TaskRandom.of(seed, i + 1L)));
        }
        return protocol.run(ns, contexts, deadline, clock, trace);
    }

    /** A negotiator whose factory failed fails at its start, so that the session records why. */
    private static Negotiator create(NegotiatorSpec spec) {
        try {
            Negotiator n = spec.create();
            if (n != null) {
                return n;
            }
            return failing(new IllegalStateException("its factory made no negotiator"));
        } catch (RuntimeException e) {
            return failing(e);
        }
    }

    private static Negotiator failing(RuntimeException cause) {
        return new Negotiator() {
            @Override
            public void init(PartyContext context) {
                throw cause;
            }

            @Override
            public Action act(int round, double time) {
                throw cause;
            }
        };
    }

    /**
     * Each party's utility of the outcome (its reservation value without agreement), discounted by
     * {@code delta^t} at the end time, and the metrics of the undiscounted utilities.
     */
    public static SessionOutcome outcome(Setting setting, Transcript t) {
        int n = setting.parties();
        int[] bid = t.agreement();
        double[] u = new double[n];
        double[] ud = new double[n];
        for (int i = 0; i < n; i++) {
            Profile p = setting.profiles().get(i);
            u[i] = bid == null ? p.reservationValue() : p.utility(bid);
            ud[i] = p.discounted(u[i], t.time());
        }
        return new SessionOutcome(u, ud, setting.metrics(bid, u));
    }

    /** A bid as issue name to value label. */
    public static Map<String, String> labels(OutcomeSpace space, int[] bid) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k < bid.length; k++) {
            m.put(space.issues().get(k).name(), space.issues().get(k).label(bid[k]));
        }
        return m;
    }
}
