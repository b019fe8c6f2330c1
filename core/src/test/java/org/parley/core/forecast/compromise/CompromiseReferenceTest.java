package org.parley.core.forecast.compromise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.forecast.Forecast;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.Stance;

/**
 * The reference values of docs/models/compromise.md: the EC emission case (weighted mean 7.39, weighted median
 * 7.0; Bueno de Mesquita & Stokman 1994, Scholz et al. 2011) and the small cases of the decide-exchange-model
 * tests (200/3, 50, 100, 100/3), plus the lower-median rule, absent actors and the exchange ratio.
 */
class CompromiseReferenceTest {

    private static final Scale PERCENT = Scale.PERCENT;

    @Test
    void emissionCase() {
        // Actor, capability, position (years), salience (0-1 in the source, 0-100 here).
        Object[][] rows = {
            {"Netherlands", 0.08, 4.0, 80.0}, {"Belgium", 0.08, 7.0, 40.0}, {"Luxembourg", 0.03, 4.0, 20.0},
            {"Germany", 0.16, 4.0, 80.0}, {"France", 0.16, 10.0, 60.0}, {"Italy", 0.16, 10.0, 60.0},
            {"UK", 0.16, 10.0, 90.0}, {"Ireland", 0.05, 7.0, 10.0}, {"Denmark", 0.05, 4.0, 100.0},
            {"Greece", 0.08, 7.0, 70.0}};
        List<Actor> actors = new ArrayList<>();
        for (Object[] r : rows) {
            actors.add(Actor.of((String) r[0], (Double) r[1], Map.of("DELAY", Stance.of((Double) r[2], (Double) r[3]))));
        }
        Scenario s = scenario(List.of(Issue.of("DELAY", new Scale(4, 10, "years"))), actors);
        assertThat(mean(s, "DELAY")).isCloseTo(7.39, within(0.005));
        assertThat(median(s, "DELAY")).isEqualTo(7.0);
    }

    @Test
    void threeActorsAt0And100And100() {
        assertThat(mean(oneIssue(0, 100, 100), "X")).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(mean(oneIssue(100, 100, 100), "X")).isCloseTo(100, within(1e-12));
        assertThat(mean(oneIssue(0, 0, 100), "X")).isCloseTo(100.0 / 3, within(1e-12));
        assertThat(median(oneIssue(0, 100, 100), "X")).isEqualTo(100.0);
    }

    @Test
    void twoActorsAt0And100() {
        assertThat(mean(oneIssue(0, 100), "X")).isCloseTo(50, within(1e-12));
        // Exact tie of weight: the lower weighted median.
        assertThat(median(oneIssue(0, 100), "X")).isEqualTo(0.0);
    }

    @Test
    void weightSharesAreTheExchangeRatio() {
        Scenario s = oneIssue(0, 100, 100);
        Map<String, Double> shares = CompromiseModel.weightShares(s).get("X");
        assertThat(shares.values()).allSatisfy(v -> assertThat(v).isCloseTo(1.0 / 3, within(1e-12)));
        // Moving the first actor by dx moves the compromise by share x dx.
        double before = mean(s, "X");
        double after = mean(oneIssue(30, 100, 100), "X");
        assertThat(after - before).isCloseTo(shares.get("A0") * 30, within(1e-12));
    }

    @Test
    void absentActorsDoNotCountOnThatIssue() {
        Issue x = Issue.of("X", PERCENT);
        Issue y = Issue.of("Y", PERCENT);
        List<Actor> actors = List.of(
                Actor.of("A", 1, Map.of("X", Stance.of(0, 100), "Y", Stance.of(0, 100))),
                Actor.of("B", 1, Map.of("X", Stance.of(100, 100))));
        Scenario s = scenario(List.of(x, y), actors);
        assertThat(mean(s, "X")).isCloseTo(50, within(1e-12));
        assertThat(mean(s, "Y")).isEqualTo(0.0);
        assertThat(CompromiseModel.weightShares(s).get("Y")).containsOnlyKeys("A");
    }

    private static Scenario oneIssue(double... positions) {
        List<Actor> actors = new ArrayList<>();
        for (int k = 0; k < positions.length; k++) {
            actors.add(Actor.of("A" + k, 1, Map.of("X", Stance.of(positions[k], 100))));
        }
        return scenario(List.of(Issue.of("X", PERCENT)), actors);
    }

    private static Scenario scenario(List<Issue> issues, List<Actor> actors) {
        return ScenarioValidator.check(new Scenario("test", null, null, null, List.of(), issues, actors, List.of()));
    }

    private static double mean(Scenario s, String issue) {
        Forecast f = CompromiseModel.mean().forecast(s, Params.of(new LinkedHashMap<>()));
        assertThat(f.headline()).isEqualTo("weighted_mean");
        return f.forecast().get(issue);
    }

    private static double median(Scenario s, String issue) {
        Forecast f = CompromiseModel.median().forecast(s, Params.none());
        assertThat(f.headline()).isEqualTo("weighted_median");
        return f.forecast().get(issue);
    }
}
