package org.parley.core.deals;

import java.util.List;
import java.util.Map;

/**
 * How every actor judges one package: its utility (0..100), its margin over the actor's reservation value, and who
 * accepts (utility >= reservation), rejects, or cannot judge it (no reservation value given); which veto parties
 * block it; and, once the deal space has been analysed, its repair (null before that, or when no repair applies).
 */
public record PackageVerdict(String id, String name, Map<String, Double> outcome, Map<String, Double> utilities,
                             Map<String, Double> margins, List<String> acceptedBy, List<String> rejectedBy,
                             List<String> undecided, List<String> blockedBy, Repair repair) {

    public PackageVerdict {
        outcome = Maps.copy(outcome);
        utilities = Maps.copy(utilities);
        margins = Maps.copy(margins);
        acceptedBy = Lists.copy(acceptedBy);
        rejectedBy = Lists.copy(rejectedBy);
        undecided = Lists.copy(undecided);
        blockedBy = Lists.copy(blockedBy);
    }

    /** Whether every actor with a reservation value accepts the package. */
    public boolean unanimous() {
        return rejectedBy.isEmpty();
    }

    /** Whether no veto party rejects it. */
    public boolean unblocked() {
        return blockedBy.isEmpty();
    }

    /** The number of actors that can judge the package (those with a reservation value). */
    public int judged() {
        return acceptedBy.size() + rejectedBy.size();
    }

    /** "accepted by 10 of 13, blocked by RUS": the acceptance in the words every view uses. */
    public String acceptance() {
        if (judged() == 0) {
            return "not judged (no actor has a no-deal value)";
        }
        return "accepted by " + acceptedBy.size() + " of " + judged()
                + (blockedBy.isEmpty() ? "" : ", blocked by " + String.join(", ", blockedBy));
    }

    /** The display name: the name, or the id when there is none. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    /** A copy carrying its repair. */
    public PackageVerdict withRepair(Repair r) {
        return new PackageVerdict(id, name, outcome, utilities, margins, acceptedBy, rejectedBy, undecided, blockedBy,
                r);
    }
}
