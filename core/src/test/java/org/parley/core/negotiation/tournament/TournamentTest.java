package org.parley.core.negotiation.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.exec.BatchRunner;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.TestDomains;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;

class TournamentTest {

    private static final Negotiators REGISTRY = Negotiators.builtIn();

    private static List<NegotiatorSpec> specs(String... names) {
        List<NegotiatorSpec> out = new ArrayList<>();
        for (String n : names) {
            out.add(REGISTRY.parse(n));
        }
        return out;
    }

    private static Map<String, Setting> domains() {
        Map<String, Setting> m = new LinkedHashMap<>();
        m.put("opposed", Setting.of(TestDomains.opposed(3, 4, 0.1, 0.2, 0.9), SettingOptions.defaults(1)));
        m.put("random", Setting.of(TestDomains.additive(42, 2, 4, 4, 0.2), SettingOptions.defaults(1)));
        return m;
    }

    private static Tournament tournament(TournamentConfig c, String... names) {
        return new Tournament(c, specs(names), domains(), Tournament.DEFAULT_MAX_SESSIONS, System::nanoTime);
    }

    @Test
    void cells_are_every_ordered_assignment_of_distinct_negotiators_per_domain_and_repetition() {
        TournamentConfig c = new TournamentConfig("saop", Deadline.ofRounds(30), 2, false, 7);
        assertThat(tournament(c, "boulware", "conceder", "random").cells()).isEqualTo(2 * 6 * 2);
        TournamentConfig self = new TournamentConfig("saop", Deadline.ofRounds(30), 2, true, 7);
        assertThat(tournament(self, "boulware", "conceder", "random").cells()).isEqualTo(2 * 9 * 2);
        Tournament t = tournament(c, "boulware", "conceder", "random");
        assertThat(t.assignment(0)).containsExactly(0, 1);
        assertThat(t.assignment(1)).containsExactly(0, 1);
        assertThat(t.assignment(2)).containsExactly(0, 2);
        assertThat(t.assignment(11)).containsExactly(2, 1);
        assertThat(t.seed(0)).isNotEqualTo(t.seed(1));
    }

    @Test
    void results_are_the_same_on_one_and_on_two_threads_and_after_a_resume() {
        TournamentConfig c = new TournamentConfig("saop", Deadline.ofRounds(40), 3, false, 99);
        String[] names = {"boulware", "conceder", "random", "tit-for-tat", "nash"};
        List<SessionRow> one = tournament(c, names).run(BatchRunner.sequential(), Map.of(), 7, x -> { });
        List<SessionRow> two;
        try (BatchRunner r = BatchRunner.parallel(2)) {
            two = tournament(c, names).run(r, Map.of(), 16, x -> { });
        }
        assertThat(two).isEqualTo(one);
        Map<Integer, SessionRow> half = new HashMap<>();
        for (SessionRow row : one) {
            if (row.cell() % 2 == 0) {
                half.put(row.cell(), row);
            }
        }
        List<Integer> ran = new ArrayList<>();
        List<SessionRow> resumed = tournament(c, names).run(BatchRunner.sequential(), half, 5,
                part -> part.forEach(r -> ran.add(r.cell())));
        assertThat(resumed).isEqualTo(one);
        assertThat(ran).hasSize(one.size() / 2).allMatch(k -> k % 2 == 1);
        Tournament t = tournament(c, names);
        assertThat(t.result(resumed)).isEqualTo(t.result(one));
        TournamentConfig other = new TournamentConfig("saop", Deadline.ofRounds(40), 3, false, 100);
        assertThat(tournament(other, names).run(BatchRunner.sequential(), Map.of(), 50, x -> { }))
                .isNotEqualTo(one);
    }

    @Test
    void summaries_count_every_role_and_average_in_cell_order() {
        TournamentConfig c = new TournamentConfig("saop", Deadline.ofRounds(50), 2, false, 5);
        Tournament t = tournament(c, "boulware", "conceder", "linear");
        TournamentResult r = t.result(t.run(BatchRunner.sequential(), Map.of(), 100, x -> { }));
        assertThat(r.sessions()).isEqualTo(24);
        NegotiatorSummary b = r.perNegotiator().get(0);
        assertThat(b.negotiator()).isEqualTo("boulware");
        assertThat(b.sessions()).isEqualTo(2 * 2 * 2 * 2);
        assertThat(b.utilityFirstMover().count()).isEqualTo(8);
        assertThat(b.utilityOtherRoles().count()).isEqualTo(8);
        double sum = 0;
        long agreements = 0;
        for (SessionRow row : r.rows()) {
            for (int k = 0; k < 2; k++) {
                if (row.negotiators().get(k).equals("boulware")) {
                    sum += row.utilities().get(k);
                    agreements += row.agreement() ? 1 : 0;
                }
            }
        }
        assertThat(b.utility().mean()).isCloseTo(sum / 16, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(b.agreements()).isEqualTo(agreements);
        assertThat(r.perDomain()).extracting(DomainSummary::sessions).containsExactly(12L, 12L);
        assertThat(r.perDomain().get(0).reference().frontier()).isNull();
        assertThat(r.perPairing()).extracting(PairingSummary::negotiators).containsExactly(
                List.of("boulware", "conceder"), List.of("boulware", "linear"), List.of("conceder", "linear"));
        assertThat(r.perPairing().get(0).sessions()).isEqualTo(8);
    }

    @Test
    void impossible_tournaments_are_refused_before_any_session_runs() {
        TournamentConfig c = new TournamentConfig("saop", Deadline.ofRounds(10), 1000, false, 1);
        assertThatThrownBy(() -> new Tournament(c, specs("boulware", "conceder", "linear"), domains(), 1000,
                System::nanoTime)).hasMessage("the tournament has 12000 sessions, more than the limit of 1000; raise "
                        + "it with --max-sessions if you mean it");
        assertThatThrownBy(() -> tournament(TournamentConfig.defaults(), "boulware"))
                .hasMessage("domain 'opposed' has 2 parties but there are only 1 negotiators; add negotiators or "
                        + "allow self_play");
        assertThatThrownBy(() -> tournament(TournamentConfig.defaults(), "boulware", "boulware"))
                .hasMessage("a negotiator is listed twice: [boulware, boulware]");
        assertThatThrownBy(() -> tournament(new TournamentConfig("mopac", Deadline.ofRounds(10), 1, false, 1),
                "boulware", "linear")).hasMessage("protocol 'mopac': expected one of [saop, ao]");
    }
}
