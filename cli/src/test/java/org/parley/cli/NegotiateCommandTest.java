package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.io.json.ResultJson;

/** {@code parley negotiate}: sessions on GENIUS domains and on the flagship, their records, and refusals. */
class NegotiateCommandTest {

    static final String PARTY = "data/genius/partydomain/";
    static final String FLAGSHIP = "examples/ukraine-2022-grand-bargain.yaml";

    @TempDir
    Path dir;

    @Test
    void boulware_and_conceder_agree_on_genius_party_and_the_json_is_the_typed_session() throws Exception {
        Cli.Run r = Cli.run("negotiate", PARTY + "party_domain.xml", "--profile", PARTY + "party1_utility.xml",
                "--profile", PARTY + "party2_utility.xml", "--agents", "boulware,conceder", "--seed", "3", "--json",
                "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        SessionResult s = ResultJson.mapper().readValue(r.out(), SessionResult.class);
        assertThat(s.agreement()).isTrue();
        assertThat(s.negotiators()).containsExactly("boulware", "conceder");
        assertThat(s.parties()).containsExactly("party1_utility", "party2_utility");
        assertThat(s.trace()).hasSizeGreaterThan(2);
        assertThat(s.reference().frontier()).hasSize(10);
        assertThat(ResultJson.write(s)).isEqualTo(r.out());
        Cli.Run text = Cli.run("negotiate", PARTY + "party_domain.xml", "--profile", PARTY + "party1_utility.xml",
                "--profile", PARTY + "party2_utility.xml", "--agents", "boulware,conceder", "--seed", "3", "--trace",
                "--no-store");
        Path csv = dir.resolve("trace.csv");
        Cli.Run withCsv = Cli.run("negotiate", PARTY + "party_domain.xml", "--profile", PARTY + "party1_utility.xml",
                "--profile", PARTY + "party2_utility.xml", "--agents", "boulware,conceder", "--seed", "3",
                "--trace-csv", csv.toString(), "--no-store");
        assertThat(withCsv.code()).as(withCsv.err()).isZero();
        java.util.List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + s.trace().size());
        assertThat(lines.get(0)).isEqualTo("round,party,action,time,u_party1_utility,u_party2_utility,Food,Drinks,"
                + "Location,Invitations,Music,Cleanup");
        assertThat(lines.get(lines.size() - 1)).startsWith((s.rounds() - 1) + ",party2_utility,accept,");
        assertThat(text.out()).startsWith("party1_utility (boulware) and party2_utility (conceder) negotiated on "
                + "Party under SAOP, deadline 100 rounds, seed 3; party1_utility opened.\nAgreement in round "
                + s.rounds() + " ").contains("Trace (utilities of each bid to every party)").contains("accept");
    }

    @Test
    void the_flagship_veto_parties_bargain_over_the_grid_and_the_result_relates_to_packages_zone_and_nash()
            throws Exception {
        Cli.Run r = Cli.run("negotiate", FLAGSHIP, "--agents", "boulware,conceder,linear", "--json", "--db",
                dir.resolve("runs.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("parties").toString()).isEqualTo("[\"USA\",\"RUS\",\"UKR\"]");
        assertThat(j.get("agreement").asBoolean()).isTrue();
        assertThat(j.at("/landing/packages")).hasSize(3);
        // the agreement TERR 10, US_EXIT 0, UA_SEC 40, ETHNIC 60, SANCT 20, ZNPP 80 (every scale 0..100) is on
        // average |10-12| + 0 + |40-50| + |60-0| + |20-50| + |80-50| = 132 / 6 = 22 points from partition
        // (12, 0, 50, 0, 50, 50), 152 / 6 from ceasefire (12, 0, 40, 0, 0, 10), 270 / 6 = 45 from grand-bargain
        assertThat(j.at("/landing/outcome").toString()).isEqualTo("{\"TERR\":10.0,\"US_EXIT\":0.0,\"UA_SEC\":40.0,"
                + "\"ETHNIC\":60.0,\"SANCT\":20.0,\"ZNPP\":80.0}");
        assertThat(j.at("/landing/packages/0/gap").asDouble()).isEqualTo(152.0 / 6);
        assertThat(j.at("/landing/packages/1/gap").asDouble()).isEqualTo(45.0);
        assertThat(j.at("/landing/packages/2/gap").asDouble()).isEqualTo(22.0);
        assertThat(j.at("/landing/nearest_package").asText()).isEqualTo("partition");
        assertThat(j.at("/landing/nash/TERR").asDouble()).isEqualTo(70.0);
        assertThat(j.at("/reference/solutions/nash")).hasSize(3);
        Cli.Run runs = Cli.run("runs", "list", "--db", dir.resolve("runs.db").toString(), "--json");
        assertThat(runs.json().get(0).get("command").asText()).isEqualTo("negotiate");
        Cli.Run land = Cli.run("negotiate", FLAGSHIP, "--agents", "boulware,conceder", "--parties", "RUS,UKR",
                "--landscape", "--no-store");
        assertThat(land.code()).as(land.err()).isZero();
        assertThat(land.out()).startsWith("4 assignments of boulware and conceder to RUS and UKR: ")
                .contains("nearest package").contains("boulware  conceder");
    }

    @Test
    void an_agreement_worth_exactly_the_reservation_values_is_inside_the_zone() throws Exception {
        // X (saliences 1, 1, 7, every position 0) and Y (the same saliences, every position 100) split 100 points:
        // with reservation values 60 and 40 the zone is the outcomes worth exactly 60 to X, such as (0, 10, 50),
        // which double sums put at 59.99999999999999 and 39.99999999999999
        StringBuilder yaml = new StringBuilder("parley: 1\nname: trap\nutility: {loss: linear}\nissues:\n");
        for (String issue : new String[] {"A", "B", "C"}) {
            yaml.append("  - id: ").append(issue).append("\n    scale: {min: 0, max: 100}\n");
        }
        yaml.append("actors:\n");
        for (String[] actor : new String[][] {{"X", "60", "0"}, {"Y", "40", "100"}}) {
            yaml.append("  - id: ").append(actor[0]).append("\n    capability: 1\n    reservation: ").append(actor[1])
                    .append("\n    veto: true\n    stances:\n");
            for (String[] stance : new String[][] {{"A", "1"}, {"B", "1"}, {"C", "7"}}) {
                yaml.append("      ").append(stance[0]).append(": {position: ").append(actor[2])
                        .append(", salience: ").append(stance[1]).append("}\n");
            }
        }
        Path trap = Files.writeString(dir.resolve("trap.yaml"), yaml);
        // X accepts any offer worth 59.9 or more: Y's offers are worth at most 60 to X, so they agree at 60
        String[] run = {"negotiate", trap.toString(), "--agents", "random(ac=const:59.9),random", "--seed", "2",
            "--no-store"};
        Cli.Run r = Cli.run(concat(run, "--json"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("agreement").asBoolean()).isTrue();
        assertThat(j.at("/utilities/X").asDouble()).isLessThan(60);
        assertThat(j.at("/utilities/Y").asDouble()).isLessThan(40);
        assertThat(j.at("/metrics/in_zone").asBoolean()).as("60 and 40 exactly are in the zone").isTrue();
        assertThat(j.at("/metrics/below_reservation")).isEmpty();
        assertThat(j.at("/landing/in_zone").asBoolean()).isTrue();
        assertThat(Cli.run(run).out()).contains("\nInside the zone of agreement: every party gets at least its "
                + "reservation value.\n");
    }

    @Test
    void a_domain_run_is_recorded_with_its_input() {
        String db = dir.resolve("runs.db").toString();
        Cli.Run r = Cli.run("negotiate", "data/genius/laptop_anac2011", "--agents", "linear,nash", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        Cli.Run show = Cli.run("runs", "show", "1", "--db", db, "--json");
        assertThat(show.json().get("command").asText()).isEqualTo("negotiate");
        assertThat(show.json().toString()).contains("laptop_anac2011");
        Cli.Run rerun = Cli.run("runs", "rerun", "1", "--db", db);
        assertThat(rerun.code()).isEqualTo(2);
        assertThat(rerun.err()).endsWith("nothing to rerun: run 'parley negotiate data/genius/laptop_anac2011 "
                + "--agents linear,nash' again\n");
    }

    @Test
    void bad_requests_get_a_clear_message_and_exit_2() throws Exception {
        String[] party = {"negotiate", PARTY + "party_domain.xml", "--profile", PARTY + "party1_utility.xml",
            "--profile", PARTY + "party2_utility.xml", "--no-store"};
        Cli.Run unknown = Cli.run(concat(party, "--agents", "boulware,stubborn"));
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("parley: unknown negotiator 'stubborn'; expected one of [boulware, ");
        Cli.Run zero = Cli.run(concat(party, "--agents", "boulware,conceder", "--deadline-rounds", "0"));
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("parley: --deadline-rounds 0: expected a whole number >= 1\n");
        Cli.Run count = Cli.run(concat(party, "--agents", "boulware"));
        assertThat(count.code()).isEqualTo(2);
        assertThat(count.err()).isEqualTo("parley: --agents: 1 negotiator for 2 parties [party1_utility, "
                + "party2_utility]; give one per party\n");
        Path lonely = Files.createDirectories(dir.resolve("lonely"));
        Files.copy(Path.of(PARTY + "party_domain.xml"), lonely.resolve("party_domain.xml"));
        Cli.Run none = Cli.run("negotiate", lonely.toString(), "--agents", "boulware,conceder", "--no-store");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains(lonely + ": found 0 profile(s)");
        Cli.Run foreign = Cli.run("negotiate", PARTY + "party_domain.xml", "--profile", PARTY + "party1_utility.xml",
                "--profile", "data/genius/laptop_anac2011/laptop_buyer_utility.xml", "--agents", "boulware,conceder",
                "--no-store");
        assertThat(foreign.code()).isEqualTo(2);
        assertThat(foreign.err()).startsWith("data/genius/laptop_anac2011/laptop_buyer_utility.xml: issue")
                .contains("not in the domain");
        Cli.Run actor = Cli.run("negotiate", FLAGSHIP, "--agents", "boulware,conceder", "--parties", "RUS,XYZ",
                "--no-store");
        assertThat(actor.code()).isEqualTo(2);
        assertThat(actor.err()).startsWith("parley: --parties: no actor 'XYZ'; expected one of [");
        Cli.Run param = Cli.run(concat(party, "--agents", "boulware(ac=sometimes),conceder"));
        assertThat(param.code()).isEqualTo(2);
        assertThat(param.err()).startsWith("parley: negotiator 'boulware(ac=sometimes)': ac=sometimes: expected next");
        Cli.Run jar = Cli.run(concat(party, "--agents", "boulware,conceder", "--plugin", "nowhere.jar"));
        assertThat(jar.code()).isEqualTo(2);
        assertThat(jar.err()).isEqualTo("parley: --plugin nowhere.jar: no such jar file\n");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
