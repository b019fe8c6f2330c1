package org.parley.core.verdict;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.forecast.Forecast;
import org.parley.core.phasing.PhasingReview;
import org.parley.core.uncertainty.UncertaintyDigest;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;

/** Builds the {@link Verdict} of an analysis from its typed results and the scenario they came from. */
public final class Verdicts {

    private Verdicts() {
    }

    /**
     * The verdict on every package of a validated scenario (its verdicts carrying their repairs when the deal space
     * ran), on its forecasts, on its bargaining solutions ({@code deals} null when the deal space did not run), how
     * sure it is and whether packages can be phased (each null when not analysed).
     */
    public static Verdict of(Scenario s, List<Forecast> forecasts, List<PackageVerdict> verdicts,
                             DealSpaceResult<Double> deals, UncertaintyDigest uncertainty, PhasingReview phasing) {
        int[] veto = ScenarioGrid.vetoParties(s);
        double[] weights = weights(s, deals);
        List<PackageAssessment> packages = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (PackageVerdict v : verdicts) {
            packages.add(assess(s, s.pkg(v.id()).orElseThrow(), v, veto, weights));
        }
        if (!packages.isEmpty()) {
            summary.add(VerdictWords.overview(s, packages, veto));
        }
        packages.forEach(pa -> summary.add(String.join(" ", pa.sentences())));
        List<IssueSpread> spreads = ForecastSpreads.of(s, forecasts, Verdict.AGREEMENT);
        if (!spreads.isEmpty()) {
            summary.add(String.join(" ", VerdictWords.forecasts(spreads, Verdict.AGREEMENT, forecasts.size())));
        }
        List<SolutionContrast> contrasts = SolutionContrasts.of(s, deals, verdicts);
        if (!contrasts.isEmpty()) {
            summary.add(SolutionContrasts.lead(s, deals) + " "
                    + String.join(" ", contrasts.stream().map(SolutionContrast::sentence).toList()));
        }
        if (uncertainty != null) {
            summary.add(VerdictWords.howSure(s, uncertainty));
        }
        if (phasing != null) {
            summary.add("Phasing over " + phasing.stages() + " yearly stages: " + String.join(" ",
                    phasing.packages().stream().flatMap(p -> p.sentences().stream()).toList()));
        }
        return new Verdict(Verdict.FRAGILE, Verdict.AGREEMENT, packages, spreads, contrasts, summary);
    }

    private static PackageAssessment assess(Scenario s, Package p, PackageVerdict v, int[] veto, double[] weights) {
        List<Shortfall> blockers = new ArrayList<>();
        List<Shortfall> others = new ArrayList<>();
        for (String id : v.rejectedBy()) {
            Actor a = s.actor(id).orElseThrow();
            Shortfall sf = new Shortfall(id, v.utilities().get(id), a.reservation(), v.margins().get(id));
            (v.blockedBy().contains(id) ? blockers : others).add(sf);
        }
        boolean passes = v.blockedBy().isEmpty();
        IssueFix single = passes ? null : SingleIssueFixes.cheapest(s, p, veto, weights);
        // no set of issues can bring the veto parties in when no package at all does (the repair found none)
        boolean zoneEmpty = v.repair() != null && !v.repair().exists();
        IssueFix fewest = passes || single != null || zoneEmpty ? null
                : FewestIssuesFixes.of(s, p, veto, weights, SolverBudgets.defaults());
        List<Hinge> hinges = Hinges.of(s, p, v, Verdict.FRAGILE);
        List<String> sentences = VerdictWords.pkg(s, v, blockers, others, single, fewest, hinges, weights,
                Verdict.FRAGILE);
        return new PackageAssessment(v.id(), v.label(), passes, blockers, others, single, fewest, hinges, sentences);
    }

    /** The repair distance's weight per issue, as the deal space ran it (1 each when it did not run). */
    private static double[] weights(Scenario s, DealSpaceResult<Double> deals) {
        double[] w = new double[s.issues().size()];
        java.util.Arrays.fill(w, 1);
        if (deals != null && deals.params().repairWeights() != null) {
            for (int d = 0; d < w.length; d++) {
                w[d] = deals.params().repairWeights().getOrDefault(s.issues().get(d).id(), 1.0);
            }
        }
        return w;
    }
}
