package org.parley.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.scenario.Basis;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;

class ScenarioYamlTest {

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    private static Scenario read(String yaml) {
        return ScenarioYaml.readYaml(TextFile.decode("s.yaml", yaml.getBytes(StandardCharsets.UTF_8)),
                Limits.defaults());
    }

    private static List<InputError> errors(String yaml) {
        try {
            read(yaml);
        } catch (InputException e) {
            return e.errors();
        }
        throw new AssertionError("expected the document to be refused");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void every_example_reads_and_writes_back_to_the_same_bytes(Path example) throws IOException {
        String text = Files.readString(example);
        Scenario s = ScenarioYaml.readYaml(TextFile.read(example, Limits.defaults()), Limits.defaults());
        assertThat(ScenarioYaml.writeYaml(s)).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void every_example_survives_a_trip_through_json(Path example) {
        Scenario s = ScenarioYaml.readYaml(TextFile.read(example, Limits.defaults()), Limits.defaults());
        String json = ScenarioYaml.writeJson(s);
        Scenario back = ScenarioYaml.readJson(TextFile.decode("s.json", json.getBytes(StandardCharsets.UTF_8)),
                Limits.defaults());
        assertThat(back).isEqualTo(s);
    }

    private static final String GOOD = """
            parley: 1
            name: toy
            issues:
              - id: A
                scale: {min: 0, max: 10}
                status_quo: 5
            actors:
              - id: X
                capability: 2
                reservation: 40
                veto: true
                stances:
                  A: {position: 1, salience: 50, basis: judgement, note: why}
              - id: Y
                capability: 1
                stances:
                  A: {position: 9, salience: 20}
            packages:
              - id: deal
                terms: {A: 4}
            """;

    @Test
    void a_small_document_reads_into_the_model() {
        Scenario s = read(GOOD);
        assertThat(s.issues().get(0).statusQuo()).isEqualTo(5.0);
        assertThat(s.actors().get(0).veto()).isTrue();
        assertThat(s.actors().get(0).stances().get("A").basis()).isEqualTo(Basis.JUDGEMENT);
        assertThat(s.packages().get(0).terms()).containsEntry("A", 4.0);
    }

    @Test
    void problems_point_at_the_line_of_the_offending_field() {
        List<InputError> e = errors(GOOD.replace("position: 9", "position: 19").replace("capability: 2",
                "capability: high").replace("terms: {A: 4}", "terms: {B: 4}"));
        assertThat(e).extracting(InputError::toString).containsExactly(
                "s.yaml:9: actors[0].capability: expected a number, got text 'high'",
                "s.yaml:17: actors[1].stances.A.position: 19 is outside the scale; expected 0 to 10",
                "s.yaml:20: packages[0].terms.B: unknown issue 'B'; expected one of [A]");
    }

    @Test
    void unknown_keys_are_typos_until_proven_otherwise() {
        assertThat(errors(GOOD.replace("position: 1,", "postion: 1,"))).extracting(InputError::toString)
                .containsExactly("s.yaml:13: actors[0].stances.A.postion: unknown key 'postion' (did you mean 'position'?); expected one of "
                                + "[basis, note, position, salience, sources]",
                        "s.yaml:13: actors[0].stances.A.position: missing; expected a number");
    }

    @Test
    void a_missing_capability_and_a_missing_scale_are_named() {
        assertThat(errors(GOOD.replace("    capability: 1\n", "").replace("    scale: {min: 0, max: 10}\n", "")))
                .extracting(InputError::toString).containsExactly(
                        "s.yaml:4: issues[0].scale: missing; expected a mapping",
                        "s.yaml:13: actors[1].capability: missing; expected a number");
    }

    @Test
    void duplicate_keys_aliases_and_syntax_errors_are_refused_with_their_line() {
        assertThatThrownBy(() -> read(GOOD.replace("    reservation: 40\n", "    reservation: 40\n    reservation: 50\n")))
                .hasMessage("s.yaml:11: duplicate key 'reservation' in actors[0]; expected each key once in a mapping");
        assertThatThrownBy(() -> read("a: &x [1, 2]\nb: *x\n"))
                .hasMessage("s.yaml:2: b: YAML aliases (*x) are not supported; write the value out");
        assertThatThrownBy(() -> read("issues: [\n")).isInstanceOf(InputException.class)
                .hasMessage("s.yaml:1: '[' opened here is never closed; expected ']' before the end of the file");
    }

    @Test
    void infinity_and_nan_never_reach_a_model() {
        assertThat(errors(GOOD.replace("capability: 2", "capability: 1e400"))).extracting(InputError::message)
                .containsExactly("'1E+400'; expected a finite number (it is beyond the range of a double, about 1.8e308)");
        assertThat(errors(GOOD.replace("capability: 2", "capability: .nan"))).extracting(InputError::toString)
                .containsExactly("s.yaml:9: actors[0].capability: is NaN; expected a finite number");
        assertThat(errors(GOOD.replace("reservation: 40", "reservation: -.inf"))).extracting(InputError::toString)
                .containsExactly("s.yaml:10: actors[0].reservation: is -Infinity; expected a finite number");
    }

    @Test
    void deep_nesting_is_refused_without_a_stack_overflow() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThatThrownBy(() -> read(deep)).isInstanceOf(InputException.class).hasMessageContaining("s.yaml");
    }

    @Test
    void an_unsupported_format_version_is_named() {
        assertThat(errors(GOOD.replace("parley: 1", "parley: 2"))).extracting(InputError::toString)
                .containsExactly("s.yaml:1: parley: format version 2 is not supported; expected 1");
    }

    @Test
    void json_documents_refuse_duplicate_keys_too() {
        assertThatThrownBy(() -> ScenarioYaml.readJson(TextFile.decode("s.json",
                "{\"name\": \"a\", \"name\": \"b\"}".getBytes(StandardCharsets.UTF_8)), Limits.defaults()))
                .hasMessage("s.json:1: duplicate key 'name'; expected each key once in a mapping");
    }

    @Test
    void numbers_are_written_plainly() {
        String out = ScenarioYaml.writeYaml(read(GOOD.replace("capability: 2", "capability: 0.0001")));
        assertThat(out).contains("capability: 0.0001").contains("position: 1\n").doesNotContain("E-4");
    }

    private static final String PHASED = """
            parley: 1
            issues:
              - id: A
                scale: {min: 0, max: 10}
                status_quo: 0
                conceded_by: [X]
                reversible: true
                concession_note: can be taken back
            actors:
              - id: X
                capability: 2
                discount: 0.9
                discount_note: why
                stances:
                  A: {position: 0, salience: 50}
              - id: Y
                capability: 1
                stances:
                  A: {position: 9, salience: 20}
            phasing:
              start: 2024
              end: 2049
              punishment: no-deal
              power:
                declining: X
                war_cost: 0.1
                path:
                  - {year: 2024, p: 0.5}
                  - {year: 2030, p: 0.4}
            """;

    @Test
    void phasing_data_reads_into_the_model_and_writes_back_canonically() {
        Scenario s = read(PHASED);
        assertThat(s.issues().get(0).concededBy()).containsExactly("X");
        assertThat(s.issues().get(0).reversible()).isTrue();
        assertThat(s.actors().get(0).discount()).isEqualTo(0.9);
        assertThat(s.actors().get(1).hasDiscount()).isFalse();
        assertThat(s.phasing().punishment()).isEqualTo(org.parley.core.scenario.Punishment.NO_DEAL);
        assertThat(s.phasing().power().path()).hasSize(2);
        String yaml = ScenarioYaml.writeYaml(s);
        assertThat(yaml).contains("conceded_by:\n      - X\n    reversible: true\n")
                .contains("discount: 0.9\n    discount_note: why\n").contains("punishment: no-deal");
        assertThat(ScenarioYaml.writeYaml(read(yaml))).isEqualTo(yaml);
        assertThat(read(ScenarioYaml.writeJson(s))).isEqualTo(s);
    }

    @Test
    void bad_phasing_data_is_located_at_its_line() {
        assertThat(errors(PHASED.replace("discount: 0.9", "discount: 1.2").replace("conceded_by: [X]",
                "conceded_by: [X, Q]").replace("punishment: no-deal", "punishment: war")
                .replace("{year: 2030, p: 0.4}", "{year: 2020, p: 0.4}")))
                .extracting(InputError::toString).containsExactly(
                        "s.yaml:6: issues[0].conceded_by[1]: unknown actor 'Q'; expected one of [X, Y]",
                        "s.yaml:12: actors[0].discount: is 1.2; expected an annual discount factor above 0 and "
                                + "below 1",
                        "s.yaml:23: phasing.punishment: 'war' is not a punishment; expected freeze or no-deal",
                        "s.yaml:29: phasing.power.path[1].year: year 2020 is not after 2024 (path[0]); expected "
                                + "years in increasing order");
        assertThat(errors(PHASED.replace("  start: 2024\n", ""))).extracting(InputError::toString)
                .containsExactly("s.yaml:20: phasing.start: missing; expected a number");
    }
}
