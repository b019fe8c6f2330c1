package org.parley.io.ktab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.forecast.smp.SmpModel;
import org.parley.core.forecast.smp.SmpPosition;
import org.parley.core.forecast.smp.SmpRun;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/** Every KTAB input shipped in data/ktab runs to a stop with a sane result (no reference outputs exist for them). */
class KtabInputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"SOE-Competitive.csv", "SOE-Policy.csv", "dummyData-a040.csv", "dummyData-a080.csv",
        "dummyData_6Dim.csv", "dummyData_3Dim.xml"})
    void runs_to_a_stop_with_positions_on_the_scale(String name) {
        Scenario s = ScenarioFiles.read(KtabReference.data(name), Limits.defaults());
        SmpRun r = SmpModel.run(s, Params.none());
        assertThat(r.states()).isBetween(3, 100);
        for (ForecastRound round : r.forecast().rounds()) {
            for (Map<String, Double> p : round.positions().values()) {
                assertThat(p.values()).allSatisfy(x -> assertThat(x).isFinite().isBetween(0.0, 100.0));
            }
        }
        assertThat(r.probabilities().stream().mapToDouble(SmpPosition::probability).sum())
                .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.forecast().forecast().values()).allSatisfy(x -> assertThat(x).isBetween(0.0, 100.0));
    }
}
