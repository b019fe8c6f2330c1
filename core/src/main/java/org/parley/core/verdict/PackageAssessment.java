package org.parley.core.verdict;

import java.util.List;

/**
 * The verdict on one package: whether every veto party accepts it, the veto parties that block it and the other
 * actors that reject it (with their margins), the cheapest single-issue fix (null when none exists or none is
 * needed), the fix changing the fewest issues when no single issue suffices (null otherwise), the judgements a
 * close verdict hinges on, and the verdict in a few sentences.
 */
public record PackageAssessment(String packageId, String label, boolean passes, List<Shortfall> blockers,
                                List<Shortfall> otherRejecters, IssueFix singleIssueFix, IssueFix fewestIssuesFix,
                                List<Hinge> hinges, List<String> sentences) {

    public PackageAssessment {
        blockers = List.copyOf(blockers);
        otherRejecters = List.copyOf(otherRejecters);
        hinges = List.copyOf(hinges);
        sentences = List.copyOf(sentences);
    }
}
