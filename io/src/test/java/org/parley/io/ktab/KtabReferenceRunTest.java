package org.parley.io.ktab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.forecast.smp.SmpChallenge;
import org.parley.core.forecast.smp.SmpModel;
import org.parley.core.forecast.smp.SmpRun;
import org.parley.core.forecast.smp.SmpTurn;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;

/**
 * SMP against KTAB's reference runs (smp.md Section 10): same number of states, every actor's position at every
 * turn within 0.01 on 0..100, final position probabilities within 1e-3. The expected numbers are read from
 * {@code data/ktab/reference/}; the inputs are KTAB's own CSV files, read by {@link KtabCsv}. These tests live in
 * io, the lowest module that both reads KTAB files and sees the model.
 */
class KtabReferenceRunTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dummyData_3Dim, dummyData_3Dim.csv", "SOE-Pol-Comp, SOE-Pol-Comp.csv"})
    void every_position_of_every_turn_matches_ktab(String run, String input) {
        Scenario s = KtabCsv.read(TextFile.read(KtabReference.data(input), Limits.defaults()), Limits.defaults());
        SmpRun result = SmpModel.run(s, Params.none());
        List<KtabReference.Position> expected = KtabReference.positions(run);

        assertThat(result.states()).isEqualTo(KtabReference.states(expected));
        double worst = 0;
        for (KtabReference.Position e : expected) {
            ForecastRound round = result.forecast().rounds().get(e.turn());
            String actor = s.actors().get(e.actor()).id();
            String issue = s.issues().get(e.dim()).id();
            assertThat(round.positions().get(actor).get(issue))
                    .as("turn %d, %s, %s", e.turn(), actor, issue)
                    .isCloseTo(e.position(), within(0.01));
            worst = Math.max(worst, Math.abs(round.positions().get(actor).get(issue) - e.position()));
        }
        assertThat(worst).as("exact to KTAB's printed two decimals").isLessThan(1e-9);
    }

    @Test
    void turn_zero_risk_attitudes_and_challenges_match_the_spec_checkpoints() {
        // smp.md Section 10.1, debug checkpoints (not part of KTAB's output files)
        Scenario s = KtabCsv.read(TextFile.read(KtabReference.data("dummyData_3Dim.csv"), Limits.defaults()),
                Limits.defaults());
        SmpTurn first = SmpModel.run(s, Params.none()).turns().get(0);
        double[] risk = {-0.5, -0.4593, -0.4995, -0.2741, 1.0, -0.2319, -0.4303};
        for (int i = 0; i < risk.length; i++) {
            assertThat(first.riskAttitudes().get(s.actors().get(i).id())).isCloseTo(risk[i], within(1e-4));
        }
        String[][] targets = {{"0", "6", "0.0947", "0.7643"}, {"1", "0", "0.2810", "0.7964"},
            {"2", "6", "0.4711", "0.8334"}, {"3", "0", "0.2839", "0.8056"}, {"4", "0", "0.0116", "0.5836"},
            {"5", "1", "0.2986", "0.8510"}, {"6", "1", "0.0286", "0.3970"}};
        assertThat(first.challenges()).hasSize(targets.length);
        for (int k = 0; k < targets.length; k++) {
            SmpChallenge c = first.challenges().get(k);
            assertThat(c.initiator()).isEqualTo(s.actors().get(Integer.parseInt(targets[k][0])).id());
            assertThat(c.target()).isEqualTo(s.actors().get(Integer.parseInt(targets[k][1])).id());
            assertThat(c.gain()).isCloseTo(Double.parseDouble(targets[k][2]), within(1e-4));
            assertThat(c.probability()).isCloseTo(Double.parseDouble(targets[k][3]), within(1e-4));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dummyData_3Dim, dummyData_3Dim.csv", "SOE-Pol-Comp, SOE-Pol-Comp.csv"})
    void final_position_probabilities_match_ktab(String run, String input) {
        Scenario s = KtabCsv.read(TextFile.read(KtabReference.data(input), Limits.defaults()), Limits.defaults());
        SmpRun result = SmpModel.run(s, Params.none());
        int last = result.states() - 1;
        Map<String, Double> actual = result.turns().get(last).actorProbabilities();
        List<KtabReference.Probability> finals = KtabReference.probabilities(run).stream()
                .filter(p -> p.turn() == last).toList();

        assertThat(finals).hasSize(s.actors().size());
        for (int i = 0; i < finals.size(); i++) {
            assertThat(actual.get(s.actors().get(i).id())).as(finals.get(i).actorName())
                    .isCloseTo(finals.get(i).probability(), within(1e-3));
        }
    }
}
