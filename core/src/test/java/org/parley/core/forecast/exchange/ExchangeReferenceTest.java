package org.parley.core.forecast.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference values of exchange.md Section 4 on the decide sample (data/exchange/sample_data.txt). */
class ExchangeReferenceTest {

    private static final ExchangeInput IN = ExchangeInput.of(ExchangeTestData.sample());
    private static final RoundStart START = RoundStart.of(IN, IN.x());
    private static final ExchangeRound.Result ROUND = ExchangeRound.run(1, START, ExchangeSettings.defaults());

    private static int issue(String id) {
        return List.of(IN.issues()).indexOf(id);
    }

    @Test
    void initial_outcomes_and_denominators() {
        double[] expected = {49.3532, 27.2460, 50.5789, 52.4855, 49.4883, 56.6008};
        for (int d = 0; d < expected.length; d++) {
            assertThat(START.o()[d]).as(IN.issues()[d]).isCloseTo(expected[d], within(1e-4));
        }
        assertThat(START.n()[issue("tolheffing-binnenstad")]).isCloseTo(5.025, within(1e-12));
        assertThat(START.n()[issue("extra-investering")]).isCloseTo(3.42, within(1e-12));
        assertThat(IN.x()[0][issue("tol-hoogte")]).isCloseTo(38.4615, within(1e-4));
    }

    @Test
    void there_are_240_candidates_in_15_issue_pairs() {
        assertThat(ExchangeRound.candidates(START, false)).hasSize(240);
        assertThat(ROUND.trace().candidates()).isEqualTo(240);
    }

    @Test
    void the_first_exchange_is_willems_with_wcentr_at_gain_1_97368421() {
        RealisedExchange first = ROUND.trace().exchanges().get(0);
        assertThat(first.gain()).isCloseTo(1.973684210526315789, within(1e-8));
        assertThat(first.i().actor()).isEqualTo("Willems");
        assertThat(first.i().supply()).isEqualTo("extra-investering");
        assertThat(first.i().from()).isEqualTo(25.0);
        assertThat(first.i().to()).isEqualTo(100.0);
        assertThat(first.i().shift()).isCloseTo(13.15789473684210526, within(1e-4));
        assertThat(first.j().actor()).isEqualTo("Wcentr");
        assertThat(first.j().supply()).isEqualTo("tolheffing-binnenstad");
        assertThat(first.j().shift()).isCloseTo(10.38781163434903047, within(1e-4));
        assertThat(first.j().to() - first.j().from()).isCloseTo(61.05117364047237207, within(1e-4));
        assertThat(first.rate()).isEqualTo("i-full");
    }

    @Test
    void the_second_exchange_is_wcentr_with_pvda_at_gain_1_79263630() {
        RealisedExchange second = ROUND.trace().exchanges().get(1);
        assertThat(second.gain()).isCloseTo(1.792636308765341023, within(1e-8));
        assertThat(second.i().actor()).isEqualTo("Wcentr");
        assertThat(second.i().supply()).isEqualTo("kleine-of-grote-ring");
        assertThat(second.i().from()).isEqualTo(100.0);
        assertThat(second.i().to()).isEqualTo(25.0);
        assertThat(second.i().shift()).isCloseTo(-12.6299, within(1e-4));
        assertThat(second.j().actor()).isEqualTo("PvdA");
        assertThat(second.j().supply()).isEqualTo("woonwerkverkeer");
        assertThat(second.j().to() - second.j().from()).isCloseTo(-99.8512, within(1e-4));
        assertThat(second.j().shift()).isCloseTo(-13.8522, within(1e-4));
    }

    @Test
    void removing_the_first_realisation_leaves_239_of_the_240() {
        List<Candidate> all = new ArrayList<>(ExchangeRound.candidates(START, false));
        List<Candidate> valid = all.stream().filter(k -> k.valid).toList();
        Candidate first = valid.get(ExchangeRound.best(valid));
        assertThat(first.gain).isCloseTo(1.973684210526315789, within(1e-8));
        all.remove(first);
        assertThat(all).hasSize(239);
    }

    @Test
    void every_candidate_satisfies_the_equal_gain_identity() {
        for (Candidate k : ExchangeRound.candidates(START, false)) {
            if (Double.isFinite(k.gain)) {
                assertThat(k.gainJ).isCloseTo(k.gain, within(1e-9 * Math.max(1, k.gain)));
                double closed = k.shiftP * (k.i.sDemand * k.j.sDemand - k.i.sSupply * k.j.sSupply)
                        / (k.i.sSupply + k.j.sDemand);
                assertThat(k.gain).isCloseTo(closed, within(1e-9));
                assertThat(k.gain).isGreaterThanOrEqualTo(-1e-12);
            }
        }
    }

    @Test
    void decide_compat_changes_only_exchanges_cut_at_a_partner_position() {
        ExchangeRound.Result compat = ExchangeRound.run(1, START, new ExchangeSettings(1, true, 0.4, 0.1));
        List<RealisedExchange> a = ROUND.trace().exchanges();
        List<RealisedExchange> b = compat.trace().exchanges();
        int firstCut = 0;
        while (!a.get(firstCut).rate().equals("cut") && !b.get(firstCut).rate().equals("cut")) {
            assertThat(b.get(firstCut)).isEqualTo(a.get(firstCut));
            firstCut++;
        }
        assertThat(firstCut).isGreaterThan(2);
        assertThat(b.get(firstCut)).isNotEqualTo(a.get(firstCut));
    }

    @Test
    void one_round_realises_40_exchanges_with_one_tie() {
        assertThat(ROUND.trace().valid()).isEqualTo(230);
        assertThat(ROUND.trace().exchanges()).hasSize(40);
        assertThat(ROUND.trace().ties()).isEqualTo(1);
        assertThat(ROUND.trace().exchanges().get(34).rate()).isEqualTo("cut");
        double[] expected = {70.0815, 48.6005, 47.7791, 16.2347, 75.1462, 46.7727};
        for (int d = 0; d < expected.length; d++) {
            assertThat(ROUND.outcome()[d]).as(IN.issues()[d]).isCloseTo(expected[d], within(1e-4));
        }
    }
}
