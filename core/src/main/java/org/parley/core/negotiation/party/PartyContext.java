package org.parley.core.negotiation.party;

import java.util.List;
import java.util.SplittableRandom;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.bidspace.UtilityIndex;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;

/**
 * What a party is told before a negotiation: its index among the parties (turn order), every party's name, the
 * protocol, the domain, its own profile (with reservation value and discount factor) and that profile's sorted
 * utility index, the deadline, and its own random stream (independent of every other party's).
 */
public record PartyContext(int me, List<String> parties, String protocol, OutcomeSpace domain, Profile profile,
                           UtilityIndex index, Deadline deadline, SplittableRandom random) {

    public PartyContext {
        parties = List.copyOf(parties);
    }
}
