package org.parley.core.negotiation.party;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.parley.core.params.Params;

/** The negotiators Parley ships, as factories. */
final class BuiltInNegotiators {

    private BuiltInNegotiators() {
    }

    /** One built-in: name, description and how its parameters make a negotiator. */
    private record BuiltIn(String name, String description, Set<String> keys, Function<Params, Negotiator> make)
            implements NegotiatorFactory {

        @Override
        public Negotiator create(Params p) {
            p.requireKnown(name, keys);
            return make.apply(p);
        }
    }

    static List<NegotiatorFactory> all() {
        return List.of(
                timeDependent("boulware", 0.2, "time-dependent, e = 0.2: holds near its best bid until late"),
                timeDependent("linear", 1, "time-dependent, e = 1: concedes linearly"),
                timeDependent("conceder", 2, "time-dependent, e = 2: concedes early"),
                timeDependent("hardliner", 0, "time-dependent, e = 0: never concedes"),
                new BuiltIn("time-dependent", "target(t) = P_min + (P_max - P_min)(1 - k - (1 - k) t^(1/e)); "
                        + "parameters e (default 1), k (default 0)", Set.of("e", "k", "ac"),
                        p -> new TimeDependentNegotiator(p.number("e", 1, 0, 1e6), p.number("k", 0, 0, 1), ac(p))),
                new BuiltIn("random", "offers a random bid worth at least its reservation value", Set.of("ac"),
                        p -> new RandomNegotiator(ac(p))),
                new BuiltIn("tit-for-tat", "relative tit-for-tat (Faratin et al. 1998) over the last delta offers "
                        + "(default 1)", Set.of("delta", "ac"),
                        p -> new TitForTatNegotiator(p.integer("delta", 1, 1, 1000), ac(p))),
                new BuiltIn("nash", "models the others by value frequencies and offers the bid of largest "
                        + "estimated Nash product above a linear (e = 1) target", Set.of("e", "update", "scan", "ac"),
                        p -> new NashSeekingNegotiator(p.number("e", 1, 1e-6, 1e6), p.integer("update", 10, 1,
                                1_000_000), p.integer("scan", 2000, 201, 10_000_000), ac(p))));
    }

    private static BuiltIn timeDependent(String name, double e, String description) {
        return new BuiltIn(name, description, Set.of("k", "ac"),
                p -> new TimeDependentNegotiator(e, p.number("k", 0, 0, 1), ac(p)));
    }

    private static Acceptance ac(Params p) {
        return Acceptance.parse(p.text("ac", "next"));
    }
}
