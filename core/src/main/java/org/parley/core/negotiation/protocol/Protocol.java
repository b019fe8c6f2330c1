package org.parley.core.negotiation.protocol;

import java.util.List;
import java.util.function.LongSupplier;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.Negotiator;
import org.parley.core.negotiation.party.PartyContext;

/**
 * A negotiation protocol: the rules by which parties take turns until agreement, walk-away or deadline. A new
 * protocol (AMOP, MOPAC, a mediated single text) implements this and joins {@link Protocols}.
 */
public interface Protocol {

    /** The protocol's short name ({@code saop}, {@code ao}). */
    String name();

    /** The fewest parties it takes. */
    int minParties();

    /** The most parties it takes. */
    int maxParties();

    /**
     * Runs one negotiation among {@code parties} (turn order as given), each initialised with its context, until
     * the {@code deadline} ({@code clock} gives wall time in nanoseconds for time deadlines). Records every action
     * when {@code trace} is set.
     */
    Transcript run(List<Negotiator> parties, List<PartyContext> contexts, Deadline deadline, LongSupplier clock,
                   boolean trace);
}
