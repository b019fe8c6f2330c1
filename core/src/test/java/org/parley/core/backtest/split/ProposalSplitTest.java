package org.parley.core.backtest.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.backtest.Stand;
import org.parley.core.backtest.fit.AnchoredCompromiseFit;
import org.parley.core.backtest.fit.BdmQFit;
import org.parley.core.exec.BatchRunner;

class ProposalSplitTest {

    static List<String> proposals(int n) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(String.format("d%05d", k));
        }
        return out;
    }

    /** Three issues per proposal, positions and outcome from a simple rule, rp on every other issue. */
    static List<OutcomeIssue> issues(List<String> proposals, double outcomeShift) {
        List<OutcomeIssue> out = new ArrayList<>();
        int k = 0;
        for (String p : proposals) {
            for (int j = 0; j < 3; j++, k++) {
                double com = (k * 37) % 101;
                double ep = (k * 53) % 101;
                double de = (k * 71) % 101;
                double outcome = Math.min(100, (0.5 * com + 0.3 * ep + 0.2 * de) + outcomeShift);
                out.add(new OutcomeIssue(p + "i" + j, p, outcome, j % 2 == 0 ? Double.valueOf((k * 13) % 101) : null,
                        List.of(new Stand("com", com, 50), new Stand("ep", ep, 60), new Stand("de", de, 70),
                                new Stand("fr", 100 - de, 40))));
            }
        }
        return out;
    }

    @Test
    void the_split_is_fixed_by_the_seed() {
        List<String> ps = proposals(141);
        ProposalSplit a = ProposalSplit.of(ps, 14, 0.5);
        assertThat(ProposalSplit.of(ps, 14, 0.5)).isEqualTo(a);
        assertThat(ProposalSplit.of(ps, 15, 0.5).train()).isNotEqualTo(a.train());
        assertThat(a.train()).hasSizeBetween(50, 91);
        Set<String> both = new HashSet<>(a.train());
        both.retainAll(a.test());
        assertThat(both).isEmpty();
        assertThat(a.train().size() + a.test().size()).isEqualTo(141);
        // a proposal's side depends on its id and the seed only, not on which other proposals are split
        ProposalSplit sub = ProposalSplit.of(ps.subList(20, 60), 14, 0.5);
        for (String p : sub.train()) {
            assertThat(a.inTrain(p)).isTrue();
        }
        // FNV-1a 64 of "a" (the published test vector): the split does not rest on String.hashCode
        assertThat(ProposalSplit.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    }

    @Test
    void about_the_asked_share_lands_in_train() {
        qt().withExamples(30).withFixedSeed(1).forAll(longs().all()).checkAssert(seed -> {
            ProposalSplit s = ProposalSplit.of(proposals(2000), seed, 0.3);
            assertThat(s.train().size()).isBetween(500, 700);
        });
    }

    @Test
    void train_and_test_sets_hold_whole_proposals() {
        List<String> ps = proposals(40);
        ProposalSplit s = ProposalSplit.of(ps, 7, 0.5);
        List<OutcomeIssue> all = issues(ps, 0);
        TrainSet train = s.trainSet(all);
        TestSet test = s.testSet(all);
        assertThat(train.issues().size() + test.issues().size()).isEqualTo(all.size());
        assertThat(train.issues()).allSatisfy(i -> assertThat(s.train()).contains(i.proposal()));
        assertThat(test.issues()).allSatisfy(i -> assertThat(s.test()).contains(i.proposal()));
    }

    @Test
    void fitting_never_reads_test_issues() {
        List<String> ps = proposals(40);
        ProposalSplit s = ProposalSplit.of(ps, 7, 0.5);
        List<OutcomeIssue> honest = issues(ps, 0);
        // the same data with every test issue's outcome, positions and reference point rewritten
        List<OutcomeIssue> poisoned = new ArrayList<>();
        for (OutcomeIssue i : honest) {
            poisoned.add(s.inTrain(i.proposal()) ? i : new OutcomeIssue(i.id(), i.proposal(), 100 - i.outcome(),
                    0.0, List.of(new Stand("com", 0, 100), new Stand("ep", 100, 1))));
        }
        for (Fitter f : List.of(new AnchoredCompromiseFit(), new BdmQFit())) {
            FitReport a = f.fit(s.trainSet(honest), Capabilities.equal(), BatchRunner.sequential()).report();
            FitReport b = f.fit(s.trainSet(poisoned), Capabilities.equal(), BatchRunner.sequential()).report();
            assertThat(b).as(f.name()).isEqualTo(a);
            assertThat(a.trainIssues()).isEqualTo(s.trainSet(honest).issues().size());
        }
        // while a change to a train issue does change the fit
        List<OutcomeIssue> trainChanged = new ArrayList<>();
        for (OutcomeIssue i : honest) {
            trainChanged.add(!s.inTrain(i.proposal()) ? i : new OutcomeIssue(i.id(), i.proposal(),
                    i.byActor().get("com").position(), i.referencePoint(), i.stands()));
        }
        FitReport changed = new AnchoredCompromiseFit().fit(s.trainSet(trainChanged), Capabilities.equal(),
                BatchRunner.sequential()).report();
        assertThat(changed.parameters().get("beta_com")).isEqualTo(4.0);
    }

    @Test
    void refuses_a_share_outside_0_to_1() {
        assertThatThrownBy(() -> ProposalSplit.of(proposals(3), 1, 1.0))
                .hasMessage("train share 1.0; expected a number between 0 and 1");
    }
}
