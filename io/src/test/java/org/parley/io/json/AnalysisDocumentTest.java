package org.parley.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.Analysis;
import org.parley.core.analysis.Analyzer;
import org.parley.core.analysis.Headline;
import org.parley.core.analysis.Headlines;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * The analysis document: real output validates against docs/analysis.schema.json, it reads back into the same
 * records (so a stored run renders as the fresh one did), and writing it again gives the same bytes.
 */
class AnalysisDocumentTest {

    private static final Scenario FLAGSHIP = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"),
            Limits.defaults());
    private static Analysis flagship;
    private static Schema schema;

    @BeforeAll
    static void analyse() throws IOException {
        flagship = Analyzer.analyze(FLAGSHIP);
        JsonNode node = ResultJson.mapper().readTree(Path.of("docs/analysis.schema.json").toFile());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    @Test
    void the_flagship_analysis_validates_against_the_published_schema() throws IOException {
        JsonNode doc = ResultJson.mapper().readTree(ResultJson.write(flagship));
        assertThat(schema.validate(doc)).isEmpty();
        assertThat(doc.get("deals")).as("the flagship has three veto parties").isNotNull();
    }

    @Test
    void an_analysis_without_a_deal_space_validates_too() throws IOException {
        Scenario emission = ScenarioFiles.read(Path.of("examples/emission-1994.yaml"), Limits.defaults());
        Analysis a = Analyzer.analyze(emission);
        assertThat(a.deals()).isNull();
        assertThat(schema.validate(ResultJson.mapper().readTree(ResultJson.write(a)))).isEmpty();
    }

    @Test
    void the_schema_refuses_a_key_it_does_not_describe() throws IOException {
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) ResultJson.mapper().readTree(
                ResultJson.write(flagship));
        doc.put("verdict_guess", "maybe");
        assertThat(schema.validate(doc)).isNotEmpty();
    }

    @Test
    void a_written_analysis_reads_back_into_equal_records_and_the_same_bytes() {
        String json = ResultJson.write(flagship);
        Analysis back = ResultJson.read(json, new TypeReference<Analysis>() { });
        assertThat(back.packages()).isEqualTo(flagship.packages());
        assertThat(back.deals()).isEqualTo(flagship.deals());
        assertThat(back.forecasts()).extracting(f -> f.forecast()).isEqualTo(
                flagship.forecasts().stream().map(f -> f.forecast()).toList());
        assertThat(ResultJson.write(back)).isEqualTo(json);
        assertThat(Headlines.of(back)).isEqualTo(Headlines.of(flagship));
    }

    @Test
    void a_stored_analyze_result_is_read_back_as_its_analysis() {
        Analysis back = StoredResults.analysis("analyze", ResultJson.write(flagship)).orElseThrow();
        List<Headline> h = Headlines.of(back);
        assertThat(h).filteredOn(x -> x.key().equals("packages.grand-bargain.acceptance")).singleElement()
                .extracting(Headline::text).isEqualTo("accepted by 10 of 13, blocked by RUS");
        assertThat(h).filteredOn(x -> x.key().equals("deals.zone.share")).singleElement()
                .extracting(Headline::value).isEqualTo(flagship.deals().zopa().share());
    }

    @Test
    void a_result_from_before_the_document_existed_holds_no_analysis() {
        assertThat(StoredResults.analysis("analyze", "{\"scenario\": {\"name\": \"x\"}, \"forecasts\": []}"))
                .isEmpty();
        assertThat(StoredResults.analysis("convert", "{}")).isEmpty();
    }

    @Test
    void the_flagship_deal_space_is_seen_by_each_pair_of_veto_parties_and_a_stored_run_without_it_still_reads()
            throws IOException {
        var pairs = flagship.deals().pairFrontiers();
        assertThat(pairs).extracting(p -> p.first() + "-" + p.second()).containsExactly("USA-RUS", "USA-UKR",
                "RUS-UKR");
        var best = flagship.deals().zopa().best();
        for (var p : pairs) {
            assertThat(p.zone().first().get(0)).isEqualTo(best.get(p.first()));
            assertThat(p.zone().second().get(p.zone().size() - 1)).isEqualTo(best.get(p.second()));
            assertThat(p.frontier().size()).isGreaterThan(p.zone().size());
        }
        var old = (com.fasterxml.jackson.databind.node.ObjectNode) ResultJson.mapper().readTree(
                ResultJson.write(flagship));
        ((com.fasterxml.jackson.databind.node.ObjectNode) old.get("deals")).remove("pair_frontiers");
        Analysis back = ResultJson.read(old.toString(), new TypeReference<Analysis>() { });
        assertThat(back.deals().pairFrontiers()).isEmpty();
        assertThat(schema.validate(old)).isEmpty();
    }
}
