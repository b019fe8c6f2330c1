package org.parley.core.deals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;

/**
 * The deal space of one bargaining problem as every view reads it (text, JSON, report, store): the number of
 * outcomes, the parties, the disagreement point and reservation values, the Pareto frontier over all and over
 * rational outcomes, the same two frontiers seen by pairs of parties ({@link PairFrontier}: what a two-party chart
 * draws), the bargaining solutions on the grid, the zone of agreement, and for a scenario the package
 * verdicts with their repairs and the solutions over the continuous issue space. Full precision; views round.
 * Outcome values are numbers ({@code V = Double}) for scenarios and value labels ({@code V = String}) for domains.
 *
 * <p>{@code packages} is null inside an {@code Analysis}, which gives the verdicts once at its top level;
 * {@code zopa} is null when the space was too large to count (the reason is in {@code notes}); {@code maxMin} is the
 * best worst-off margin over the continuous space (the zone is non-empty exactly when its objective is >= 0; null
 * unless the scenario's loss is linear); {@code domain} is null for scenarios.
 */
public record DealSpaceResult<V>(BigInteger outcomes, List<String> parties, Map<String, Double> disagreement,
                                 Map<String, Double> reservationValues, FrontierSummary<V> pareto,
                                 FrontierSummary<V> rational, List<PairFrontier> pairFrontiers,
                                 Map<String, SolutionPoint<V>> solutions,
                                 ZoneOfAgreement<V> zopa, List<PackageVerdict> packages,
                                 Map<String, ContinuousSolution> continuous, ContinuousSolution maxMin,
                                 DomainFacts domain, DealParams params, List<String> notes) {

    public DealSpaceResult {
        parties = List.copyOf(parties);
        pairFrontiers = pairFrontiers == null ? List.of() : List.copyOf(pairFrontiers);
        disagreement = Maps.copy(disagreement);
        reservationValues = Maps.copy(reservationValues);
        solutions = Maps.copy(solutions);
        packages = packages == null ? null : List.copyOf(packages);
        continuous = continuous == null ? null : Maps.copy(continuous);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * A scenario's deal space among its veto parties (repair weights, when {@code params} has none, are 1 per
     * issue); {@code listFrontier} lists every frontier point (the rational
     * ones only when {@code params.rationalOnly()}), otherwise the frontiers are summarised.
     */
    public static DealSpaceResult<Double> of(Scenario s, ScenarioDeals sd, DealParams params, boolean listFrontier) {
        OutcomeSpace space = sd.space();
        List<String> issues = s.issues().stream().map(Issue::id).toList();
        Map<String, ContinuousSolution> continuous = new LinkedHashMap<>();
        sd.continuous().forEach((name, c) -> continuous.put(name, ContinuousSolution.of(c, issues, sd.vetoParties())));
        ContinuousSolution maxMin = sd.maxMin() == null ? null
                : ContinuousSolution.of(sd.maxMin(), issues, sd.vetoParties());
        List<PackageVerdict> packages = sd.review() == null ? List.of() : sd.review().packages();
        DealParams p = params;
        if (p.repairWeights() == null) {
            Map<String, Double> ones = new LinkedHashMap<>();
            issues.forEach(i -> ones.put(i, 1.0));
            p = new DealParams(p.grid(), p.eps(), p.disagreement(), p.algorithm(), p.maxOutcomes(), p.rationalOnly(),
                    ones);
        }
        return build(sd.report(), space::numbers, p, listFrontier, packages, continuous, maxMin, null);
    }

    /** A GENIUS or GeniusWeb domain's deal space, outcomes given by their value labels. */
    public static DealSpaceResult<String> ofDomain(DealReport r, OutcomeSpace space, DealParams params,
                                                   boolean listFrontier, DomainFacts facts) {
        Function<int[], Map<String, String>> labels = o -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int k = 0; k < o.length; k++) {
                m.put(space.issues().get(k).name(), space.issues().get(k).label(o[k]));
            }
            return m;
        };
        return build(r, labels, params, listFrontier, null, null, null, facts);
    }

    /** The same result without its package verdicts (as an {@code Analysis} holds it) or frontier lists. */
    public DealSpaceResult<V> withoutPackages() {
        return new DealSpaceResult<>(outcomes, parties, disagreement, reservationValues, pareto, rational,
                pairFrontiers, solutions, zopa, null, continuous, maxMin, domain, params, notes);
    }

    private static <V> DealSpaceResult<V> build(DealReport r, Function<int[], Map<String, V>> outcome,
                                                DealParams params, boolean listFrontier, List<PackageVerdict> packages,
                                                Map<String, ContinuousSolution> continuous,
                                                ContinuousSolution maxMin, DomainFacts facts) {
        List<String> parties = r.parties();
        boolean listAll = listFrontier && !params.rationalOnly();
        boolean listRational = listFrontier && params.rationalOnly();
        Map<String, SolutionPoint<V>> solutions = new LinkedHashMap<>();
        r.solutions().forEach((name, s) -> solutions.put(name, new SolutionPoint<>(outcome.apply(s.point().outcome()),
                Maps.named(parties, s.point().utilities()), s.objective(), s.ties().size())));
        ZoneOfAgreement<V> zone = null;
        if (r.zopa() != null) {
            Zopa z = r.zopa();
            zone = z.empty() ? new ZoneOfAgreement<>(0, 0, null, null, null)
                    : new ZoneOfAgreement<>(z.outcomes(), z.share(), Maps.named(parties, z.best()),
                    Maps.named(parties, z.worst()), z.example() == null ? null : outcome.apply(z.example()));
        }
        return new DealSpaceResult<>(r.outcomes(), parties, Maps.named(parties, r.disagreement()),
                Maps.named(parties, r.reservationValues()), summary(r.frontier(), parties, outcome, listAll),
                summary(r.rational(), parties, outcome, listRational),
                PairFrontiers.of(parties, r.frontier(), r.rational()), solutions, zone, packages, continuous, maxMin,
                facts, params, r.notes());
    }

    private static <V> FrontierSummary<V> summary(ParetoFrontier f, List<String> parties,
                                                  Function<int[], Map<String, V>> outcome, boolean list) {
        List<DealPoint<V>> points = null;
        if (list) {
            points = new ArrayList<>(f.size());
            for (FrontierPoint p : f.points()) {
                points.add(new DealPoint<>(outcome.apply(p.outcome()), Maps.named(parties, p.utilities()),
                        p.outcomes()));
            }
        }
        return new FrontierSummary<>(f.size(), f.outcomes(), f.algorithm(), f.eps(), f.stages(), points);
    }
}
