package org.parley.io.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;

class TournamentFileTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static List<String> messages(Runnable r) {
        try {
            r.run();
        } catch (InputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("no InputException");
    }

    @Test
    void a_configuration_names_negotiators_domains_and_how_to_run() throws Exception {
        Path party = Path.of("data/genius/partydomain").toAbsolutePath();
        Path f = write("seed: 7", "protocol: ao", "deadline: {rounds: 60}", "repetitions: 3", "self_play: true",
                "negotiators: [boulware, 'time-dependent(e=0.5)']",
                "domains:",
                "  - {name: party12, domain: " + party + "/party_domain.xml, profiles: [party1_utility.xml, "
                        + "party2_utility.xml]}",
                "  - " + Path.of("data/genius/laptop_anac2011").toAbsolutePath(),
                "  - {scenario: " + Path.of("examples/toy-water-dispute.yaml").toAbsolutePath() + ", grid: 5}");
        TournamentFile t = TournamentFile.read(f, Limits.defaults());
        assertThat(t.config().seed()).isEqualTo(7);
        assertThat(t.config().protocol()).isEqualTo("ao");
        assertThat(t.config().deadline()).isEqualTo(Deadline.ofRounds(60));
        assertThat(t.config().repetitions()).isEqualTo(3);
        assertThat(t.config().selfPlay()).isTrue();
        assertThat(t.negotiators(Negotiators.builtIn())).extracting(s -> s.label())
                .containsExactly("boulware", "time-dependent(e=0.5)");
        assertThat(t.domains()).extracting(TournamentFile.DomainEntry::name)
                .containsExactly("party12", "laptop_anac2011", "toy-water-dispute");
        assertThat(t.domains().get(0).profiles().get(1)).isEqualTo(party.resolve("party2_utility.xml"));
        var settings = t.settings(Limits.defaults(), SettingOptions.defaults(1), SettingOptions.defaults(100));
        assertThat(settings.get("party12").parties()).isEqualTo(2);
        Setting water = settings.get("toy-water-dispute");
        assertThat(water.scale()).isEqualTo(100);
        assertThat(water.space().issues().get(0).size()).isEqualTo(5);
        String hash = t.hash("v1");
        assertThat(hash).hasSize(64).isEqualTo(t.hash("v1")).isNotEqualTo(t.hash("v2"));
    }

    @Test
    void every_problem_is_reported_with_its_line_at_once() throws Exception {
        Path f = write("seed: 7", "deadline: {rounds: 0}", "repetitions: two", "colour: blue",
                "negotiators: [boulware, 3]", "domains: []");
        assertThat(messages(() -> TournamentFile.read(f, Limits.defaults()))).containsExactly(
                f + ":4: colour: unknown key; expected one of [deadline, domains, negotiators, plugins, protocol, "
                        + "repetitions, seed, self_play]",
                f + ":2: deadline.rounds: expected a whole number >= 1, got 0",
                f + ":3: repetitions: expected a whole number >= 1, got two",
                f + ":5: negotiators[1]: expected a negotiator's name, e.g. boulware or time-dependent(e=0.5)",
                f + ":6: domains: expected a list of domains: folders, {domain: FILE, profiles: [A, B]} or "
                        + "{scenario: FILE}");
    }

    @Test
    void unknown_negotiators_missing_profiles_and_foreign_profiles_are_located() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("only-domain"));
        Files.copy(Path.of("data/genius/partydomain/party_domain.xml"), empty.resolve("party_domain.xml"));
        Path laptop = Path.of("data/genius/laptop_anac2011/laptop_buyer_utility.xml").toAbsolutePath();
        Path f = write("negotiators: [boulware, bouldware]", "domains:", "  - only-domain",
                "  - {domain: " + Path.of("data/genius/partydomain/party_domain.xml").toAbsolutePath()
                        + ", profiles: [party1_utility.xml, " + laptop + "]}");
        TournamentFile t = TournamentFile.read(f, Limits.defaults());
        assertThat(messages(() -> t.negotiators(Negotiators.builtIn()))).containsExactly(f + ":1: negotiators[1]: "
                + "unknown negotiator 'bouldware'; expected one of [boulware, linear, conceder, hardliner, "
                + "time-dependent, random, tit-for-tat, nash] (or a plug-in's name)");
        List<String> m = messages(() -> t.settings(Limits.defaults(), SettingOptions.defaults(1),
                SettingOptions.defaults(100)));
        assertThat(m.get(0)).isEqualTo(f + ":3: domains[0]: domain 'only-domain' cannot be used:");
        assertThat(m.get(1)).contains("found 0 profile(s)");
        assertThat(m.get(2)).isEqualTo(f + ":4: domains[1]: domain 'party_domain' cannot be used:");
        assertThat(m.get(3)).startsWith(laptop + ": ").contains("not in the domain");
    }

    @Test
    void paths_that_do_not_exist_and_half_given_domains_are_refused() throws Exception {
        Path f = write("negotiators: [boulware, linear]", "domains:", "  - nowhere",
                "  - {domain: nowhere.xml, scenario: x.yaml}", "deadline: {time_ms: -5}");
        List<String> m = messages(() -> TournamentFile.read(f, Limits.defaults()));
        assertThat(m).containsExactly(
                f + ":5: deadline.time_ms: expected a whole number >= 1, got -5",
                f + ":3: domains[0]: no such file or folder: " + dir.resolve("nowhere"),
                f + ":4: domains[1]: expected either domain: (a GENIUS/GeniusWeb folder or file) or scenario: (a "
                        + "Parley scenario)");
    }
}
