package org.parley.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.PackageReview;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.json.ResultJson;

/** The flagship scenario and its analysis (every model, the package review), as 'parley analyze --json' gives it. */
final class Flagship {

    static final Path FILE = Path.of("examples/ukraine-2022-grand-bargain.yaml");

    private Flagship() {
    }

    static ReportInput input() {
        Scenario s = ScenarioFiles.read(FILE, Limits.defaults());
        List<Forecast> forecasts = new ArrayList<>();
        for (String name : ForecastModels.names()) {
            forecasts.add(ForecastModels.byName(name).orElseThrow().forecast(s, Params.none()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("forecasts", forecasts);
        doc.put("packages", PackageReview.of(s));
        JsonNode tree = ResultJson.mapper().valueToTree(doc);
        return new ReportInput(s, tree, new RunInfo(null, "analyze", List.of("analyze", FILE.toString()), null,
                "test"), null, null);
    }
}
