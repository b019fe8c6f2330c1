package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;

/**
 * The exact Pareto frontier of any profiles by enumerating every outcome: O(N log F) for two parties (sorted
 * frontier, binary search; memory O(F)); for more, chunks of outcomes filtered with the frontier so far by tie
 * keys ({@link ChunkedFrontier}; O(N log C) for three parties, memory one chunk plus F). Refuses spaces above
 * {@link FrontierOptions#maxOutcomes()}.
 */
public final class BruteForceFrontier {

    private BruteForceFrontier() {
    }

    /** The frontier of {@code profiles} over {@code space}. */
    public static ParetoFrontier compute(OutcomeSpace space, List<? extends Profile> profiles,
                                         FrontierOptions options) {
        long n = space.requireAtMost(options.maxOutcomes(), "--max-outcomes");
        if (profiles.size() > 2) {
            ChunkedFrontier c = new ChunkedFrontier(profiles.size(), options.eps(), options.maxWitnesses());
            OutcomeScan.scan(space, profiles, 0, n, (index, outcome, u) -> c.offer(u, index, 1));
            List<FrontierPoint> points = c.points(space, o -> o);
            long total = points.stream().mapToLong(FrontierPoint::outcomes).sum();
            return new ParetoFrontier(points, total, "brute force (chunked skyline)", options.eps(), false,
                    List.of());
        }
        StreamingFrontier f = new StreamingFrontier(profiles.size(), options.eps(), options.maxWitnesses());
        OutcomeScan.scan(space, profiles, 0, n, (index, outcome, u) -> f.offer(u, index));
        List<FrontierPoint> points = new ArrayList<>();
        long total = 0;
        for (Candidate c : f.frontier()) {
            points.add(c.toPoint(space));
            total += c.count;
        }
        String name = "brute force (two-party sweep)";
        return new ParetoFrontier(points, total, name, options.eps(), false, List.of());
    }

    /** The frontier over a space compressed into value classes, counting each class outcome by its size. */
    public static ParetoFrontier compute(ValueClasses classes, FrontierOptions options) {
        OutcomeSpace space = classes.compressed();
        long n = space.requireAtMost(options.maxOutcomes(), "--max-outcomes");
        String name = "brute force over value classes (" + n + " class outcomes)";
        if (classes.profiles().size() > 2) {
            ChunkedFrontier c = new ChunkedFrontier(classes.profiles().size(), options.eps(),
                    options.maxWitnesses());
            OutcomeScan.scan(space, classes.profiles(), 0, n,
                    (index, outcome, u) -> c.offer(u, index, classes.multiplicity(outcome)));
            List<FrontierPoint> points = c.points(space, classes::original);
            long total = points.stream().mapToLong(FrontierPoint::outcomes).sum();
            return new ParetoFrontier(points, total, name, options.eps(), false, List.of());
        }
        StreamingFrontier f = new StreamingFrontier(classes.profiles().size(), options.eps(),
                options.maxWitnesses());
        OutcomeScan.scan(space, classes.profiles(), 0, n,
                (index, outcome, u) -> f.offer(u, index, classes.multiplicity(outcome)));
        List<FrontierPoint> points = new ArrayList<>();
        long total = 0;
        for (Candidate c : f.frontier()) {
            FrontierPoint p = c.toPoint(space);
            List<int[]> originals = new ArrayList<>();
            p.witnesses().forEach(w -> originals.add(classes.original(w)));
            points.add(new FrontierPoint(p.utilities(), p.outcomes(), originals));
            total += c.count;
        }
        return new ParetoFrontier(points, total, name, options.eps(), false, List.of());
    }
}
