package org.parley.core.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.ContinuousSolution;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.SolutionPoint;
import org.parley.core.scenario.Scenario;

/**
 * The Nash bargaining point (Nash 1950; over the continuous issue space when solved there, else the grid's) set
 * against each package: the terms it changes by more than a twentieth of the issue's scale, and what each veto
 * party gains or loses.
 */
final class SolutionContrasts {

    /** Terms closer than this share of the scale count as the same. */
    static final double SAME = 0.05;

    private SolutionContrasts() {
    }

    /** The Nash point in words (call only when {@link #of} found one). */
    static String lead(Scenario s, DealSpaceResult<Double> deals) {
        ContinuousSolution nash = deals.continuous() == null ? null : deals.continuous().get("nash");
        if (nash != null) {
            return VerdictWords.solution(s, "Nash bargaining point", nash.outcome(), nash.utilities(), true);
        }
        SolutionPoint<Double> grid = deals.solutions().get("nash");
        return VerdictWords.solution(s, "Nash bargaining point on the grid", grid.outcome(), grid.utilities(), true);
    }

    static List<SolutionContrast> of(Scenario s, DealSpaceResult<Double> deals, List<PackageVerdict> packages) {
        List<SolutionContrast> out = new ArrayList<>();
        if (deals == null) {
            return out;
        }
        Map<String, Double> outcome;
        Map<String, Double> utilities;
        String name;
        ContinuousSolution nash = deals.continuous() == null ? null : deals.continuous().get("nash");
        SolutionPoint<Double> grid = deals.solutions().get("nash");
        if (nash != null) {
            outcome = nash.outcome();
            utilities = nash.utilities();
            name = "Nash point";
        } else if (grid != null) {
            outcome = grid.outcome();
            utilities = grid.utilities();
            name = "Nash point (grid)";
        } else {
            return out;
        }
        for (PackageVerdict v : packages) {
            List<TermShift> changes = new ArrayList<>();
            outcome.forEach((issue, x) -> {
                double inPackage = v.outcome().get(issue);
                double span = s.issue(issue).orElseThrow().scale().range();
                if (Math.abs(x - inPackage) > SAME * span) {
                    changes.add(new TermShift(issue, inPackage, x));
                }
            });
            Map<String, Double> gains = new LinkedHashMap<>();
            utilities.forEach((party, u) -> gains.put(party, u - v.utilities().get(party)));
            out.add(new SolutionContrast(name, v.id(), changes, gains, VerdictWords.contrast(s, name, v, changes,
                    gains)));
        }
        return out;
    }
}
