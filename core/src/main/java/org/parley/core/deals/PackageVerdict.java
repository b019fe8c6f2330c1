package org.parley.core.deals;

import java.util.List;
import java.util.Map;

/**
 * How every actor judges one package: its utility (0..100), its margin over the actor's reservation value, and who
 * accepts (utility >= reservation), rejects, or cannot judge it (no reservation value given).
 */
public record PackageVerdict(String id, String name, Map<String, Double> outcome, Map<String, Double> utilities,
                             Map<String, Double> margins, List<String> acceptedBy, List<String> rejectedBy,
                             List<String> undecided, List<String> blockedBy) {

    /** Whether every actor with a reservation value accepts the package. */
    public boolean unanimous() {
        return rejectedBy.isEmpty();
    }
}
