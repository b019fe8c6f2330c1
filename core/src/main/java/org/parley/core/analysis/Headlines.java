package org.parley.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.deals.ContinuousSolution;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.Repair;
import org.parley.core.forecast.ConvergenceWords;
import org.parley.core.forecast.Forecast;
import org.parley.core.phasing.PhasingReview;
import org.parley.core.uncertainty.Sweep;

/**
 * The headline results of an analysis, in document order: each model's forecast per issue, each package's acceptance,
 * each actor's margin and its repair's distance, each actor's favourite package, the deal space's zone and Nash
 * point, each forecast that did not settle (its class and range), each package's chance that every veto party accepts
 * it under uncertainty, and each package's phasing verdict. A new analysis in the document adds its headlines here.
 */
public final class Headlines {

    private Headlines() {
    }

    /** The headlines of an analysis (parts that did not run give none). */
    public static List<Headline> of(Analysis a) {
        List<Headline> out = new ArrayList<>();
        for (Forecast f : a.forecasts()) {
            f.forecast().forEach((issue, x) -> out.add(Headline.number("forecast." + f.model() + "." + issue, x)));
            if (f.convergence() != null) {
                f.convergence().issues().forEach((issue, c) -> {
                    if (!c.point()) {
                        out.add(Headline.words("forecast." + f.model() + "." + issue + ".settled", "no ("
                                + words(c.status()) + ", " + ConvergenceWords.range(c) + ")"));
                    }
                });
            }
        }
        for (PackageVerdict v : a.packages()) {
            String p = "packages." + v.id();
            out.add(Headline.words(p + ".acceptance", v.acceptance()));
            v.margins().forEach((actor, m) -> out.add(Headline.number(p + ".margin." + actor, m)));
            Repair r = v.repair();
            if (r != null && r.exists() && !v.blockedBy().isEmpty()) {
                out.add(Headline.number(p + ".repair.distance", r.distance()));
            }
        }
        a.favourites().forEach((actor, pkg) -> out.add(Headline.words("favourite." + actor, pkg)));
        DealSpaceResult<Double> d = a.deals();
        if (d != null) {
            if (d.zopa() != null) {
                out.add(Headline.number("deals.zone.outcomes", d.zopa().outcomes()));
                out.add(Headline.number("deals.zone.share", d.zopa().share()));
            }
            ContinuousSolution nash = d.continuous() == null ? null : d.continuous().get("nash");
            if (nash != null) {
                nash.outcome().forEach((issue, x) -> out.add(Headline.number("deals.nash." + issue, x)));
                nash.utilities().forEach((party, u) -> out.add(Headline.number("deals.nash.utility." + party, u)));
            } else if (d.solutions().containsKey("nash")) {
                var grid = d.solutions().get("nash");
                grid.outcome().forEach((issue, x) -> out.add(Headline.number("deals.nash." + issue, x)));
                grid.utilities().forEach((party, u) -> out.add(Headline.number("deals.nash.utility." + party, u)));
            }
        }
        if (a.uncertainty() != null) {
            for (Sweep.PackageChance c : a.uncertainty().packages()) {
                out.add(Headline.number("uncertainty." + c.id() + ".all_veto_accept", c.allAccept()));
            }
        }
        if (a.phasing() != null) {
            for (PhasingReview.PackagePhasing p : a.phasing().packages()) {
                if (p.asGiven() != null) {
                    out.add(Headline.words("phasing." + p.packageId(), words(p.asGiven().verdict())));
                }
                if (p.repaired() != null) {
                    out.add(Headline.words("phasing." + p.packageId() + ".repaired", words(p.repaired().verdict())));
                }
            }
        }
        return out;
    }

    /** An enum constant as words: NO_SCHEDULE_EXISTS as "no schedule exists". */
    private static String words(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
