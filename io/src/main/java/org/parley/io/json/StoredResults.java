package org.parley.io.json;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.parley.core.analysis.Analysis;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.forecast.Forecast;

/**
 * Reads the result a command recorded back into the typed {@link Analysis} its views render: {@code analyze} and
 * {@code report} runs whole, {@code forecast}, {@code show} and {@code deals} runs as the parts of an analysis they
 * hold. Empty for results of other commands, and for results written before the analysis document existed.
 */
public final class StoredResults {

    /** A {@code show} run's result: the package verdicts and each actor's favourite. */
    private record Shown(List<org.parley.core.deals.PackageVerdict> packages,
                         java.util.Map<String, String> favourites) {
    }

    /** A {@code forecast --model all} run's result. */
    private record Forecasts(List<Forecast> models) {
    }

    private StoredResults() {
    }

    /** The analysis held by the result JSON a {@code command} recorded. */
    public static Optional<Analysis> analysis(String command, String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(switch (command) {
                case "analyze", "report" -> current(json);
                case "forecast" -> json.contains("\"models\"")
                        ? partial(ResultJson.read(json, new TypeReference<Forecasts>() { }).models(), null, null)
                        : partial(List.of(ResultJson.read(json, new TypeReference<Forecast>() { })), null, null);
                case "show" -> {
                    Shown s = ResultJson.read(json, new TypeReference<Shown>() { });
                    yield Analysis.partial(List.of(), s.packages(), s.favourites(), null);
                }
                case "deals" -> {
                    DealSpaceResult<Double> d = ResultJson.read(json, new TypeReference<DealSpaceResult<Double>>() { });
                    yield partial(List.of(), d.packages(), d.withoutPackages());
                }
                default -> null;
            });
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Analysis current(String json) {
        if (!json.contains("\"version\"")) {
            return null;
        }
        return ResultJson.read(json, new TypeReference<Analysis>() { });
    }

    private static Analysis partial(List<Forecast> forecasts, List<org.parley.core.deals.PackageVerdict> packages,
                                    DealSpaceResult<Double> deals) {
        return Analysis.partial(forecasts, packages, null, deals);
    }
}
