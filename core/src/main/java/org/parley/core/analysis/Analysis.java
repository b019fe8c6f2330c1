package org.parley.core.analysis;

import java.util.List;
import java.util.Map;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.forecast.Forecast;
import org.parley.core.phasing.PhasingReview;
import org.parley.core.uncertainty.UncertaintyDigest;
import org.parley.core.verdict.Verdict;

/**
 * Everything {@code parley analyze} found for one scenario, as one versioned document: the verdict in plain words
 * (null for documents that hold only part of an analysis), the forecast of every model,
 * the verdict on every package (with its repair once the deal space has run) and each actor's favourite, and the
 * deal space among the veto parties (null when fewer than two parties can judge a deal), how far the conclusions
 * move when the judgements move (null in partial documents), and whether each package can be phased (null without a
 * phasing section). Text, JSON, the HTML report,
 * the run store and its diffs all render this record; none of them re-derives a result. Full precision; views round.
 */
public record Analysis(int version, ScenarioSummary scenario, List<Forecast> forecasts,
                       List<PackageVerdict> packages, Map<String, String> favourites, DealSpaceResult<Double> deals,
                       Verdict verdict, UncertaintyDigest uncertainty, PhasingReview phasing) {

    /** The version of the document's shape, raised when a key changes meaning or goes away. */
    public static final int VERSION = 1;

    public Analysis {
        forecasts = forecasts == null ? List.of() : List.copyOf(forecasts);
        packages = packages == null ? List.of() : List.copyOf(packages);
        favourites = favourites == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(favourites));
    }

    /** A document holding only some parts of an analysis (a stored forecast, show or deals run). */
    public static Analysis partial(List<Forecast> forecasts, List<PackageVerdict> packages,
                                   Map<String, String> favourites, DealSpaceResult<Double> deals) {
        return new Analysis(VERSION, null, forecasts, packages, favourites, deals, null, null, null);
    }

    /** The forecast of the named model, if it ran. */
    public java.util.Optional<Forecast> forecast(String model) {
        return forecasts.stream().filter(f -> f.model().equals(model)).findFirst();
    }

    /** The verdict on the package with the given id, if the scenario has it. */
    public java.util.Optional<PackageVerdict> verdict(String packageId) {
        return packages.stream().filter(v -> v.id().equals(packageId)).findFirst();
    }
}
