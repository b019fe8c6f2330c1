package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flagship scenario against the derived columns of its source table (data/scenarios/ukraine-2022). */
class FlagshipTest {

    private static final String FLAGSHIP = "examples/ukraine-2022-grand-bargain.yaml";
    private static JsonNode show;
    private static List<Map<String, String>> table;

    @BeforeAll
    static void run() throws Exception {
        Cli.Run r = Cli.run("show", FLAGSHIP, "--json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        show = r.json();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(new File("data/scenarios/ukraine-2022/bdm_actors.csv"))) {
            table = it.readAll();
        }
    }

    private static JsonNode pkg(String id) {
        for (JsonNode p : show.get("packages")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no package " + id);
    }

    @Test
    void every_utility_equals_the_derived_column_within_a_tenth() {
        assertThat(table).hasSize(13);
        Map<String, String> columns = Map.of("ceasefire", "U_status_quo_derived", "grand-bargain",
                "U_grand_bargain_derived", "partition", "U_partition_derived");
        for (Map<String, String> row : table) {
            String actor = row.get("actor_id");
            columns.forEach((pkg, column) -> assertThat(pkg(pkg).get("utilities").get(actor).asDouble())
                    .as(actor + " " + pkg).isCloseTo(Double.parseDouble(row.get(column)), within(0.1)));
        }
    }

    @Test
    void reservation_values_are_the_calibrated_ones() {
        for (Map<String, String> row : table) {
            JsonNode actor = null;
            for (JsonNode a : show.get("actors")) {
                if (a.get("id").asText().equals(row.get("actor_id"))) {
                    actor = a;
                }
            }
            assertThat(actor.get("reservation").asDouble()).as(row.get("actor_id"))
                    .isEqualTo(Double.parseDouble(row.get("reservation_calibrated")));
        }
    }

    @Test
    void russia_rejects_the_grand_bargain_and_accepts_partition() {
        JsonNode gb = pkg("grand-bargain");
        assertThat(gb.get("utilities").get("RUS").asDouble()).isCloseTo(17.4, within(0.05));
        assertThat(names(gb.get("rejected_by"))).contains("RUS");
        assertThat(names(gb.get("blocked_by"))).containsExactly("RUS");
        assertThat(names(pkg("partition").get("accepted_by"))).contains("RUS");
    }

    @Test
    void the_acceptance_columns_of_the_table_hold() {
        for (Map<String, String> row : table) {
            String actor = row.get("actor_id");
            assertThat(names(pkg("grand-bargain").get("accepted_by")).contains(actor)).as(actor)
                    .isEqualTo(Boolean.parseBoolean(row.get("prefers_GB_to_war").toLowerCase()));
        }
    }

    @Test
    void hungary_and_china_prefer_partition() {
        assertThat(show.get("favourites").get("HUN").asText()).isEqualTo("partition");
        assertThat(show.get("favourites").get("CHN").asText()).isEqualTo("partition");
        assertThat(pkg("partition").get("utilities").get("HUN").asDouble())
                .isGreaterThan(pkg("grand-bargain").get("utilities").get("HUN").asDouble());
    }

    @Test
    void the_text_table_marks_acceptance_and_veto_parties() {
        Cli.Run r = Cli.run("show", FLAGSHIP);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("RUS*").contains("* veto party")
                .contains("grand-bargain: accepted by 10 of 13; rejected by RUS (-20.0), HUN (-4.6), CHN (-2.9); "
                        + "blocked by veto parties RUS");
    }

    @Test
    void analyze_summarises_forecasts_and_packages_in_words() {
        Cli.Run r = Cli.run("analyze", FLAGSHIP);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("13 actors, 6 issues, 3 packages.")
                .contains("rejected by RUS 17.4 < 37.4")
                .containsPattern("US_EXIT +19\\.0 +0\\.0 +0\\.0( +\\d+\\.\\d)+\\n")
                .containsPattern("US_EXIT +compromise +19\\.0 +about 20 = exit completed 2049")
                .containsPattern("\\n +bdm +0\\.0 +about 0 = US never leaves")
                .containsPattern("\\n +exchange +\\d+\\.\\d +(about|between|above|below) ");
        JsonNode json = Cli.run("analyze", FLAGSHIP, "--json").json();
        assertThat(json.get("forecasts")).extracting(f -> f.get("model").asText())
                .contains("compromise", "bdm", "exchange");
        assertThat(json.get("packages")).hasSize(3);
    }

    private static List<String> names(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
