package org.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.DealAnalysis;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.deals.Zopa;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/** The deal-space records this branch changed serialise with ResultJson and read back into equal records. */
class DealResultsJsonTest {

    @Test
    void the_flagship_zone_a_verdict_and_the_budgets_round_trip_through_json() throws Exception {
        Scenario s = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), Limits.defaults());
        Zopa z = DealAnalysis.run(ScenarioGrid.of(s, 11).restrict(ScenarioGrid.vetoParties(s)),
                DealOptions.defaults(100)).zopa();
        String json = ResultJson.write(z);
        assertThat(json).contains("\"outcomes\" : 663407", "\"space\" : 1771561").doesNotContain("empty");
        Zopa back = ResultJson.mapper().readValue(json, Zopa.class);
        assertThat(back.outcomes()).isEqualTo(z.outcomes());
        assertThat(back.share()).isEqualTo(z.share());
        assertThat(back.best()).containsExactly(z.best());
        assertThat(back.worst()).containsExactly(z.worst());
        assertThat(back.example()).containsExactly(z.example());
        assertThat(ResultJson.write(back)).isEqualTo(json);

        PackageVerdict v = PackageReview.of(s).verdict("grand-bargain");
        String vj = ResultJson.write(v);
        assertThat(ResultJson.mapper().readValue(vj, PackageVerdict.class)).isEqualTo(v);

        SolverBudgets b = SolverBudgets.defaults().withNashCuttingPlaneRounds(99);
        String bj = ResultJson.write(b);
        assertThat(bj).contains("\"nash_cutting_plane_rounds\" : 99");
        assertThat(ResultJson.mapper().readValue(bj, SolverBudgets.class)).isEqualTo(b);
    }
}
