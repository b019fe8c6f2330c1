package org.parley.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;
import static org.parley.io.Inputs.text;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.core.phasing.Schedule;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputError;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.text.TextFile;

/** Schedule files: structure and meaning, every problem with its line. */
class ScheduleYamlTest {

    private static final Scenario FLAGSHIP = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"),
            Limits.defaults());
    private static final Package GRAND_BARGAIN = FLAGSHIP.pkg("grand-bargain").orElseThrow();

    private static Schedule read(String yaml) {
        return ScheduleYaml.read(text("s.yaml", yaml), Limits.defaults(), FLAGSHIP, GRAND_BARGAIN, 100);
    }

    @Test
    void the_example_schedule_reads_with_its_25_stages() {
        Schedule s = ScheduleYaml.read(TextFile.read(Path.of("examples/schedules/grand-bargain-even.yaml"),
                Limits.defaults()), Limits.defaults(), FLAGSHIP, GRAND_BARGAIN, 100);
        assertThat(s.stages()).hasSize(25);
        assertThat(s.stages().get(0).year()).isEqualTo(2025.0);
        assertThat(s.stages().get(24).terms()).containsEntry("TERR", 100.0);
        assertThat(s.start()).isNull();
    }

    @Test
    void structural_problems_are_listed_with_their_lines() {
        assertThat(errors(() -> read("package: partition\nstart: ceasefire\nstages:\n  - {yeer: 2030, terms: "
                + "{TERR: 100}}\n  - 7\n  - {terms: {TERR: high}}\n"))).extracting(InputError::toString)
                .containsExactly("s.yaml:1: package: 'partition', but the package asked for (--package) is "
                                + "'grand-bargain'; expected the schedule of that package",
                        "s.yaml:4: stages[0].yeer: unknown key 'yeer' (did you mean 'year'?); expected one of "
                                + "[label, note, terms, year]",
                        "s.yaml:5: stages[1]: expected a mapping (key: value lines), got the number 7",
                        "s.yaml:6: stages[2].terms.TERR: expected a number, got text 'high'");
    }

    @Test
    void a_start_package_must_exist_and_a_schedule_must_have_stages() {
        assertThat(errors(() -> read("start: peace\nstages: []\n"))).extracting(InputError::toString)
                .containsExactly("s.yaml:1: start: unknown package 'peace'; expected one of [ceasefire, "
                                + "grand-bargain, partition]",
                        "s.yaml:2: stages: no stages; expected at least one stage, the last reaching package "
                                + "'grand-bargain'");
    }

    @Test
    void every_example_schedule_passes_the_published_schema() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
        var schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(json.readTree(
                        Path.of("docs/schedule.schema.json").toFile()));
        try (var files = java.nio.file.Files.list(Path.of("examples/schedules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertThat(schema.validate(yaml.readTree(f.toFile()))).as(f.toString()).isEmpty();
            }
        }
        assertThat(schema.validate(yaml.readTree("stages:\n  - {yeer: 2030, terms: {TERR: 1}}\n"))).isNotEmpty();
    }

    @Test
    void a_reversible_term_may_move_back() {
        Schedule s = read("stages:\n  - {terms: {SANCT: 60}}\n  - {terms: {SANCT: 20}}\n"
                + "  - {terms: {TERR: 100, US_EXIT: 20, UA_SEC: 100, ETHNIC: 100, SANCT: 60, ZNPP: 100}}\n");
        assertThat(s.stages()).hasSize(3);
    }
}
