package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.json.ResultJson;

/** {@code parley deals} and the deals section of {@code parley analyze}, end to end. */
class DealsCommandTest {

    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    static JsonNode json(String... args) throws Exception {
        Cli.Run r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return ResultJson.mapper().readTree(r.out());
    }

    @Test
    void genius_party_json_follows_the_contract() throws Exception {
        JsonNode d = json("deals", "data/genius/partydomain/party_domain.xml", "--profile",
                "data/genius/partydomain/party1_utility.xml", "--profile", "data/genius/partydomain/party2_utility.xml",
                "--json");
        assertThat(d.get("outcomes").asLong()).isEqualTo(3072);
        assertThat(d.get("parties")).hasSize(2);
        assertThat(d.at("/pareto/points").asInt()).isEqualTo(10);
        assertThat(d.at("/pareto/frontier")).hasSize(10);
        assertThat(d.at("/pareto/frontier/0/outcome/Food").isTextual()).isTrue();
        JsonNode nash = d.at("/solutions/nash/utilities");
        assertThat(nash.get("party1_utility").asDouble()).isCloseTo(0.785, within(5e-5));
        assertThat(nash.get("party2_utility").asDouble()).isCloseTo(0.9286, within(5e-5));
        for (String s : List.of("kalai_smorodinsky", "egalitarian", "utilitarian", "min_difference")) {
            assertThat(d.at("/solutions/" + s + "/outcome").size()).as(s).isEqualTo(6);
        }
        assertThat(d.at("/zopa/outcomes").asLong()).isEqualTo(3072);
        assertThat(d.at("/zopa/share").asDouble()).isEqualTo(1.0);
        assertThat(d.has("packages")).as("a domain has no named packages").isFalse();
        assertThat(d.at("/domain/discount_factors/party1_utility").asDouble()).isEqualTo(1.0);
        assertThat(d.at("/reservation_values/party2_utility").asDouble()).isZero();
    }

    @Test
    void a_folder_is_searched_for_its_domain_and_profiles() {
        Cli.Run r = run("deals", "data/geniusweb/jobs");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("540 outcomes").contains("18 points").contains("0 of 540 outcomes");
    }

    @Test
    void a_nonlinear_domain_is_refused_with_its_outcome_count() {
        Cli.Run r = run("deals", "data/genius/nonlinear_S-1NIKFRT-1", "--max-outcomes", "1000000");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("10000000000 outcomes").contains("--max-outcomes");
    }

    @Test
    void each_package_verdict_is_the_same_object_in_deals_and_in_analyze() throws Exception {
        JsonNode deals = json("deals", "examples/ukraine-2022-grand-bargain.yaml", "--json", "--no-store");
        JsonNode analyze = json("analyze", "examples/ukraine-2022-grand-bargain.yaml", "--json", "--no-store");
        assertThat(deals.get("packages")).hasSize(3);
        assertThat(analyze.get("packages")).isEqualTo(deals.get("packages"));
        assertThat(analyze.at("/deals/zopa")).isEqualTo(deals.get("zopa"));
        assertThat(analyze.at("/deals/packages").isMissingNode()).as("verdicts once per document").isTrue();
    }

    @Test
    void flagship_review_names_russia_as_blocker_and_repairs_the_grand_bargain() throws Exception {
        JsonNode d = json("deals", "examples/ukraine-2022-grand-bargain.yaml", "--json");
        assertThat(d.get("parties").toString()).isEqualTo("[\"USA\",\"RUS\",\"UKR\"]");
        assertThat(d.get("outcomes").asLong()).isEqualTo(1771561);
        JsonNode gb = null;
        for (JsonNode p : d.get("packages")) {
            if (p.get("id").asText().equals("grand-bargain")) {
                gb = p;
            }
        }
        assertThat(gb).isNotNull();
        assertThat(gb.get("rejected_by").toString()).contains("RUS");
        assertThat(gb.get("blocked_by").toString()).isEqualTo("[\"RUS\"]");
        JsonNode repair = gb.get("repair");
        assertThat(repair.get("exists").asBoolean()).isTrue();
        Map<String, Double> terms = new LinkedHashMap<>();
        repair.get("outcome").properties().forEach(e -> terms.put(e.getKey(), e.getValue().asDouble()));
        Scenario s = ScenarioFiles.read(java.nio.file.Path.of("examples/ukraine-2022-grand-bargain.yaml"),
                Limits.defaults());
        Scenario repaired = s.withPackages(List.of(new Package("repaired", null, null, terms)));
        PackageVerdict v = PackageReview.of(repaired).verdict("repaired");
        assertThat(v.acceptedBy()).contains("USA", "RUS", "UKR");
        assertThat(v.blockedBy()).isEmpty();
        JsonNode nash = d.at("/continuous/nash");
        assertThat(nash.get("outcome")).hasSize(6);
        assertThat(nash.at("/utilities/RUS").asDouble()).isGreaterThan(37.4);
        assertThat(d.at("/zopa/outcomes").asLong()).isPositive();
    }

    @Test
    void a_scenario_exported_as_genius_reads_back_with_the_same_utilities(@org.junit.jupiter.api.io.TempDir
                                                                          java.nio.file.Path dir) throws Exception {
        java.nio.file.Path scenario = dir.resolve("small.yaml");
        java.nio.file.Files.writeString(scenario, String.join("\n",
                "parley: 1", "name: small", "issues:", "  - {id: A, scale: {min: 0, max: 100}}",
                "  - {id: B, scale: {min: 0, max: 10}}", "actors:",
                "  - {id: X, capability: 1, reservation: 40, veto: true, stances: {A: {position: 0, salience: 60}, "
                        + "B: {position: 2.5, salience: 40}}}",
                "  - {id: Y, capability: 1, reservation: 30, veto: true, stances: {A: {position: 100, salience: 30}, "
                        + "B: {position: 10, salience: 70}}}",
                "  - {id: Z, capability: 1, reservation: 20, veto: true, stances: {A: {position: 50, salience: 50}, "
                        + "B: {position: 5, salience: 50}}}", ""));
        java.nio.file.Path out = dir.resolve("genius");
        Cli.Run w = run("deals", scenario.toString(), "--grid", "5", "--export-genius", out.toString());
        assertThat(w.code()).as(w.err()).isZero();
        assertThat(w.err()).doesNotContain("warning");
        JsonNode g = json("deals", out.resolve("domain.xml").toString(), "--profile", out.resolve("X.xml").toString(),
                "--profile", out.resolve("Y.xml").toString(), "--profile", out.resolve("Z.xml").toString(), "--json");
        JsonNode p = json("deals", scenario.toString(), "--grid", "5", "--json");
        assertThat(g.get("outcomes").asLong()).isEqualTo(p.get("outcomes").asLong()).isEqualTo(25);
        assertThat(g.at("/pareto/points").asInt()).isEqualTo(p.at("/pareto/points").asInt());
        assertThat(g.at("/zopa/outcomes").asLong()).isEqualTo(p.at("/zopa/outcomes").asLong());
        for (String party : List.of("X", "Y", "Z")) {
            assertThat(g.at("/solutions/nash/utilities/" + party).asDouble() * 100)
                    .isCloseTo(p.at("/solutions/nash/utilities/" + party).asDouble(), within(1e-3));
        }
    }

    @Test
    void analyze_answers_in_plain_words() {
        Cli.Run r = run("analyze", "examples/ukraine-2022-grand-bargain.yaml");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Zone of agreement:").contains("[grand-bargain]: rejected, and so blocked, by Russia (RUS)")
                .contains("Nearest variant every veto party accepts").contains("Nash point (continuous");
    }
}
