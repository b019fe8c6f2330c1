package org.parley.core.backtest.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.ModelPredictor;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.backtest.Predictions;
import org.parley.core.backtest.Stand;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.exec.BatchRunner;

class AnchoredCompromiseTest {

    private static final List<OutcomeIssue> ISSUES = List.of(
            new OutcomeIssue("i1", "p1", 40, 0.0, List.of(new Stand("com", 100, 50), new Stand("ep", 0, 50),
                    new Stand("de", 20, 100))),
            new OutcomeIssue("i2", "p1", 40, null, List.of(new Stand("com", 100, 50), new Stand("de", 0, 50))));

    @Test
    void with_unit_weights_and_no_anchor_it_is_the_compromise_model() {
        Predictions plain = new AnchoredCompromise(1, 1, 0).predict(ISSUES, Capabilities.equal(),
                BatchRunner.sequential());
        Predictions compromise = ModelPredictor.of("compromise").predict(ISSUES, Capabilities.equal(),
                BatchRunner.sequential());
        for (int i = 0; i < ISSUES.size(); i++) {
            assertThat(plain.value(i)).isCloseTo(compromise.value(i), within(1e-12));
        }
    }

    @Test
    void weights_and_anchor_follow_the_formula() {
        // i1: (2*50*100 + 0.5*50*0 + 100*20) / (2*50 + 0.5*50 + 100) = 12000 / 225; then 0.8 C + 0.2 * 0
        Predictions p = new AnchoredCompromise(2, 0.5, 0.2).predict(ISSUES, Capabilities.equal(),
                BatchRunner.sequential());
        assertThat(p.value(0)).isCloseTo(0.8 * 12000 / 225.0, within(1e-12));
        // i2 has no reference point: no anchor; (2*50*100 + 50*0) / (2*50 + 50)
        assertThat(p.value(1)).isCloseTo(10000 / 150.0, within(1e-12));
        // with no weight left the plain compromise stands in
        Predictions zero = new AnchoredCompromise(0, 0, 0).predict(List.of(new OutcomeIssue("i3", "p", 0, null,
                List.of(new Stand("com", 100, 50), new Stand("ep", 0, 50)))), Capabilities.equal(),
                BatchRunner.sequential());
        assertThat(zero.value(0)).isEqualTo(50.0);
    }

    @Test
    void the_fit_finds_the_weights_that_generated_the_outcomes() {
        // outcomes made by beta_com = 2, beta_ep = 0.5, lambda = 0.1 on varied issues: the grid holds them exactly
        List<OutcomeIssue> made = new java.util.ArrayList<>();
        AnchoredCompromise truth = new AnchoredCompromise(2, 0.5, 0.1);
        for (int k = 0; k < 60; k++) {
            OutcomeIssue raw = new OutcomeIssue("i" + k, "p" + k / 2, 0, (double) (k * 17 % 101),
                    List.of(new Stand("com", k * 37 % 101, 20 + k % 50), new Stand("ep", k * 53 % 101, 30 + k % 40),
                            new Stand("de", k * 71 % 101, 60), new Stand("fr", k * 29 % 101, 10 + k % 70)));
            double y = truth.predict(List.of(raw), Capabilities.equal(), BatchRunner.sequential()).value(0);
            made.add(new OutcomeIssue(raw.id(), raw.proposal(), y, raw.referencePoint(), raw.stands()));
        }
        var split = org.parley.core.backtest.split.ProposalSplit.of(
                made.stream().map(OutcomeIssue::proposal).distinct().toList(), 3, 0.5);
        FitReport r = new AnchoredCompromiseFit().fit(split.trainSet(made), Capabilities.equal(),
                BatchRunner.sequential()).report();
        assertThat(r.parameters()).containsEntry("beta_com", 2.0).containsEntry("beta_ep", 0.5)
                .containsEntry("lambda", 0.1);
        assertThat(r.trainMae()).isLessThan(1e-9);
        assertThat(r.candidates()).isEqualTo(17 * 17 * 11);
    }
}
