package org.parley.io.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.exec.BatchRunner;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.protocol.StackedAlternatingOffers;
import org.parley.core.negotiation.session.Session;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.negotiation.tournament.Tournament;
import org.parley.core.negotiation.tournament.TournamentConfig;
import org.parley.core.negotiation.tournament.TournamentResult;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.deals.DealFiles;
import org.parley.io.json.ResultJson;

/** Session and tournament results serialise with ResultJson and read back into equal records. */
class NegotiationJsonTest {

    private static final Negotiators REG = Negotiators.builtIn();

    @Test
    void a_scenario_session_with_trace_landing_and_reference_round_trips() throws Exception {
        Scenario s = ScenarioFiles.read(Path.of("examples/toy-water-dispute.yaml"), Limits.defaults());
        Setting setting = Setting.of(s, 5, List.of(), SettingOptions.defaults(100));
        List<String> agents = new java.util.ArrayList<>();
        for (int i = 0; i < setting.parties(); i++) {
            agents.add(i % 2 == 0 ? "conceder" : "linear");
        }
        SessionResult r = Session.run(setting, StackedAlternatingOffers.saop(), agents.stream().map(REG::parse)
                .toList(), Deadline.ofRounds(50), 3, true, System::nanoTime);
        assertThat(r.landing()).isNotNull();
        String json = ResultJson.write(r);
        assertThat(json).contains("\"discounted_utilities\"").contains("\"landing\"").doesNotContain("NaN");
        SessionResult back = ResultJson.mapper().readValue(json, SessionResult.class);
        assertThat(back).isEqualTo(r);
        assertThat(ResultJson.write(back)).isEqualTo(json);
    }

    @Test
    void a_tournament_round_trips() throws Exception {
        Map<String, Setting> domains = new LinkedHashMap<>();
        domains.put("party", Setting.of(DealFiles.load(Path.of("data/genius/partydomain/party_domain.xml"),
                List.of(Path.of("data/genius/partydomain/party1_utility.xml"),
                        Path.of("data/genius/partydomain/party2_utility.xml")), Limits.defaults(), 11).deals(),
                SettingOptions.defaults(1)));
        Tournament t = new Tournament(new TournamentConfig("saop", Deadline.ofRounds(30), 2, false, 5),
                List.of(REG.parse("boulware"), REG.parse("random"), REG.parse("hardliner")), domains, 1000,
                System::nanoTime);
        TournamentResult r = t.result(t.run(BatchRunner.sequential(), Map.of(), 10, x -> { }));
        String json = ResultJson.write(r);
        TournamentResult back = ResultJson.mapper().readValue(json, TournamentResult.class);
        assertThat(back).isEqualTo(r);
        assertThat(ResultJson.write(back)).isEqualTo(json);
    }
}
