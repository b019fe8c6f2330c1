package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;

/** Every bundled BDM actor table runs in both variants without error and without NaN (smoke tests, no expected values). */
class BdmDataSetsTest {

    @ParameterizedTest
    @CsvSource({
        "emission-1994.csv, scholz-reference, 1", "emission-1994.csv, scholz-paper, 1",
        "emission-1994.csv, scholz-reference, 0.5", "emission-1994.csv, scholz-paper, 0.5",
        "china-1989.csv, scholz-reference, 1", "china-1989.csv, scholz-paper, 1",
        "china-1989.csv, scholz-reference, 0.5", "china-1989.csv, scholz-paper, 0.5",
        "honduras-nicaragua.csv, scholz-reference, 1", "honduras-nicaragua.csv, scholz-paper, 1",
        "honduras-nicaragua.csv, scholz-reference, 0.5", "honduras-nicaragua.csv, scholz-paper, 0.5",
        "sultan-1997.csv, scholz-reference, 1", "sultan-1997.csv, scholz-paper, 1",
        "sultan-1997.csv, scholz-reference, 0.5", "sultan-1997.csv, scholz-paper, 0.5"})
    void runs_without_nan(String file, String variant, String q) {
        Scenario s = BdmTestData.scenario(file);
        BdmRun run = BdmModel.run(s, Params.of(Map.of("variant", variant, "q", q, "rounds", "20")));
        BdmTestData.assertFinite(run);
        assertThat(run.forecast().rounds()).hasSize(21);
        assertThat(run.forecast().rounds().get(0).positions()).hasSize(s.actors().size());
        double min = s.actors().stream().mapToDouble(a -> a.stances().get(BdmTestData.ISSUE).position()).min()
                .orElseThrow();
        double max = s.actors().stream().mapToDouble(a -> a.stances().get(BdmTestData.ISSUE).position()).max()
                .orElseThrow();
        assertThat(run.forecast().forecast().get(BdmTestData.ISSUE)).isBetween(min, max);
        assertThat(BdmExplanation.lines(run)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"china-1989.csv, 24", "honduras-nicaragua.csv, 5", "sultan-1997.csv, 17"})
    void reads_every_actor_whatever_the_line_endings(String file, int actors) {
        assertThat(BdmTestData.scenario(file).actors()).hasSize(actors);
    }
}
