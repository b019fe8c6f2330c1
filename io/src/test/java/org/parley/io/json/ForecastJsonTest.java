package org.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/** Every model's forecast, convergence included, survives a round trip through the result JSON unchanged. */
class ForecastJsonTest {

    static Stream<Arguments> forecasts() {
        return Stream.of("examples/ukraine-2022-grand-bargain.yaml", "examples/emission-1994.yaml")
                .flatMap(file -> ForecastModels.names().stream().map(model -> Arguments.of(file, model)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("forecasts")
    void a_forecast_reads_back_into_the_same_records(String file, String model) throws Exception {
        Scenario s = ScenarioFiles.read(Path.of(file), Limits.defaults());
        Forecast f = ForecastModels.byName(model).orElseThrow().forecast(s, Params.none());
        String json = ResultJson.write(f);
        Forecast back = ResultJson.mapper().readValue(json, Forecast.class);
        assertThat(back).isEqualTo(f);
        assertThat(ResultJson.write(back)).isEqualTo(json);
        JsonNode tree = ResultJson.mapper().readTree(json);
        assertThat(tree.at("/convergence/issues").size()).isEqualTo(s.issues().size());
        assertThat(tree.at("/convergence/issues/" + s.issues().get(0).id() + "/status").asText())
                .isIn("SETTLED", "CYCLING", "DRIFTING", "ONE_SHOT", "HORIZON");
    }
}
