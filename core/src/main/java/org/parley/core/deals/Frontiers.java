package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.HyperRectangleProfile;
import org.parley.core.preferences.Profile;

/** Computes a Pareto frontier with the algorithm the options ask for, or the best that applies. */
public final class Frontiers {

    private Frontiers() {
    }

    /** The frontier of {@code profiles} over {@code space}: per-issue merge for additive profiles, else brute force. */
    public static ParetoFrontier compute(OutcomeSpace space, List<? extends Profile> profiles,
                                         FrontierOptions options) {
        boolean additive = profiles.stream().allMatch(p -> p instanceof AdditiveProfile);
        FrontierOptions.Algorithm a = options.algorithm();
        if (a == FrontierOptions.Algorithm.MERGE && !additive) {
            throw new IllegalArgumentException("the per-issue merge needs additive profiles");
        }
        if (additive && a != FrontierOptions.Algorithm.BRUTE_FORCE) {
            List<AdditiveProfile> ps = new ArrayList<>();
            profiles.forEach(p -> ps.add((AdditiveProfile) p));
            return PerIssueMerge.compute(space, ps, options);
        }
        boolean rectangles = profiles.stream().allMatch(p -> p instanceof HyperRectangleProfile);
        if (rectangles && space.size().compareTo(java.math.BigInteger.valueOf(options.maxOutcomes())) > 0) {
            List<HyperRectangleProfile> hs = new ArrayList<>();
            profiles.forEach(p -> hs.add((HyperRectangleProfile) p));
            ValueClasses classes = ValueClasses.of(space, hs);
            if (classes.compressed().size().compareTo(java.math.BigInteger.valueOf(options.maxOutcomes())) <= 0) {
                return BruteForceFrontier.compute(classes, options);
            }
        }
        return BruteForceFrontier.compute(space, profiles, options);
    }
}
