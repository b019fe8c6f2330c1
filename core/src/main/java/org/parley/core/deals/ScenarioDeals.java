package org.parley.core.deals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.optim.LinearSolver;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;

/**
 * The deal space of a Parley scenario, in one call: the grid analysis among the veto parties (frontier, solutions,
 * zone of agreement), the review of every named package, each verdict carrying its repair (linear loss), and the continuous solutions:
 * all four exactly under linear loss, Nash and utilitarian under quadratic loss. {@code space} is the gridded outcome
 * space the analysis enumerated.
 */
public record ScenarioDeals(int grid, OutcomeSpace space, List<String> vetoParties, DealReport report,
                            PackageReview review, Map<String, ContinuousPoint> continuous,
                            ContinuousPoint maxMin) {

    /** Analyses a validated scenario at {@code grid} values per issue. */
    public static ScenarioDeals of(Scenario s, int grid, DealOptions o, double[] repairWeights) {
        int[] veto = ScenarioGrid.vetoParties(s);
        if (veto.length < 2) {
            throw org.parley.core.scenario.InvalidScenarioException.of("actors", "a deal needs at least two parties "
                    + "with reservation values (mark the parties whose signature is needed with veto: true)");
        }
        DealSpace parties = ScenarioGrid.of(s, grid, veto);
        DealReport report = DealAnalysis.run(parties, o);
        PackageReview review = s.packages().isEmpty() ? null : PackageReview.of(s);
        Map<String, ContinuousPoint> continuous = new LinkedHashMap<>();
        ContinuousPoint maxMin = null;
        if (s.loss() == Loss.LINEAR) {
            maxMin = ContinuousSolutions.maxMin(s, veto, PackageRepair.reservations(s, veto), o.budgets(),
                    LinearSolver.standard());
            if (review != null) {
                ContinuousPoint best = maxMin;
                review = review.withRepairs(p -> PackageRepair.of(s, s.pkg(p).orElseThrow(), veto, repairWeights, 0.05,
                        best, o.budgets()));
            }
            continuous.putAll(ContinuousSolutions.solve(s, veto, report.disagreement(), o.budgets(),
                    LinearSolver.standard()));
        } else {
            Solution grid0 = report.solutions().get("nash");
            double[] start = null;
            if (grid0 != null) {
                int[] w = grid0.point().outcome();
                start = new double[w.length];
                for (int d = 0; d < w.length; d++) {
                    start[d] = 100.0 * w[d] / (grid - 1);
                }
            }
            continuous.putAll(QuadraticSolutions.solve(s, veto, report.disagreement(), start,
                    o.budgets().quadraticNashSteps()));
        }
        return new ScenarioDeals(grid, parties.space(), parties.parties(), report, review, continuous, maxMin);
    }
}
