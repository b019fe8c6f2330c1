package org.parley.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/scenario.schema.json against the files it describes: every example validates, the documents the reader
 * refuses for a key, a range or a missing field are refused by the schema too, and canonical output validates.
 */
class ScenarioSchemaTest {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = projectRoot();
    private static Schema schema;

    /** A small valid scenario; each refusal test breaks one thing in it. */
    private static final String MINIMAL = """
            parley: 1
            issues:
              - id: FLOW
                scale: {min: 0, max: 100}
                status_quo: 30
            actors:
              - id: Upland
                capability: 50
                reservation: 60
                stances:
                  FLOW: {position: 20, salience: 80}
              - id: Downland
                capability: 40
                stances:
                  FLOW: {position: 80, salience: 90}
            packages:
              - id: deal
                terms: {FLOW: 50}
            """;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode node = JSON.readTree(ROOT.resolve("docs/scenario.schema.json").toFile());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void schemaIsValidDraft202012() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        JsonNode node = JSON.readTree(ROOT.resolve("docs/scenario.schema.json").toFile());
        assertThat(meta.validate(node)).isEmpty();
    }

    @Test
    void thereAreExamplesToCheck() throws IOException {
        assertThat(examples().map(p -> p.getFileName().toString()))
                .contains("ukraine-2022-grand-bargain.yaml", "emission-1994.yaml", "toy-water-dispute.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleValidates(Path file) throws IOException {
        assertThat(schema.validate(YAML.readTree(file.toFile()))).isEmpty();
        read(Files.readString(file, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void canonicalYamlAndJsonOfEveryExampleValidate(Path file) throws IOException {
        var scenario = read(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(schema.validate(YAML.readTree(ScenarioYaml.writeYaml(scenario)))).isEmpty();
        assertThat(schema.validate(JSON.readTree(ScenarioYaml.writeJson(scenario)))).isEmpty();
    }

    @Test
    void minimalScenarioValidates() throws IOException {
        assertThat(schema.validate(YAML.readTree(MINIMAL))).isEmpty();
        read(MINIMAL);
    }

    @Test
    void unknownKeyIsRefused() throws IOException {
        String doc = MINIMAL.replace("    capability: 40\n", "    capabilty: 40\n    capability: 40\n");
        assertRefused(doc, "additionalProperties", "actors[1].capabilty");
    }

    @Test
    void unknownRootKeyIsRefused() throws IOException {
        String doc = MINIMAL + "outcome: 55\n";
        assertRefused(doc, "additionalProperties", "outcome");
    }

    @Test
    void salienceAbove100IsRefused() throws IOException {
        String doc = MINIMAL.replace("salience: 90", "salience: 150");
        assertRefused(doc, "maximum", "actors[1].stances.FLOW.salience");
    }

    @Test
    void missingCapabilityIsRefused() throws IOException {
        String doc = MINIMAL.replace("    capability: 40\n", "");
        assertRefused(doc, "required", "actors[1].capability");
    }

    @Test
    void negativeCapabilityAndReservationAbove100AreRefused() throws IOException {
        assertRefused(MINIMAL.replace("capability: 40", "capability: -1"), "minimum", "actors[1].capability");
        assertRefused(MINIMAL.replace("reservation: 60", "reservation: 130"), "maximum", "actors[0].reservation");
    }

    @Test
    void unknownLossAndBasisAreRefused() throws IOException {
        assertRefused(MINIMAL + "utility: {loss: cubic}\n", "enum", "utility.loss");
        assertRefused(MINIMAL.replace("capability: 50\n", "capability: 50\n    basis: guess\n"), "enum",
                "actors[0].basis");
    }

    @Test
    void badIdIsRefused() throws IOException {
        assertRefused(MINIMAL.replace("id: deal", "id: \"bad id\""), "pattern", "packages[0].id");
    }

    @Test
    void emptyOrNullTextAndNumericIdsAreAccepted() throws IOException {
        String doc = MINIMAL.replace("    capability: 50\n", "    capability: 50\n    note:\n    name: ~\n")
                .replace("id: deal", "id: 1001");
        assertThat(schema.validate(YAML.readTree(doc))).isEmpty();
        read(doc);
    }

    @Test
    void emptyNonTextValueIsRefused() throws IOException {
        String doc = MINIMAL.replace("    capability: 50\n", "    capability: 50\n    veto:\n");
        assertRefused(doc, "type", "actors[0].veto");
    }

    @Test
    void phasingDataValidatesAndItsRangesAreRefused() throws IOException {
        String doc = MINIMAL.replace("    status_quo: 30\n", "    status_quo: 30\n    conceded_by: [Upland]\n"
                + "    reversible: true\n").replace("    reservation: 60\n", "    reservation: 60\n    discount: 0.9\n")
                + "phasing: {start: 2024, end: 2049, punishment: freeze, power: {declining: Upland, war_cost: 0.1, "
                + "path: [{year: 2024, p: 0.5}, {year: 2030, p: 0.4}]}}\n";
        assertThat(schema.validate(YAML.readTree(doc))).isEmpty();
        read(doc);
        assertRefused(doc.replace("discount: 0.9", "discount: 1"), "exclusiveMaximum", "actors[0].discount");
        assertRefused(doc.replace("punishment: freeze", "punishment: war"), "enum", "phasing.punishment");
        assertRefused(doc.replace("p: 0.4", "p: 1.4"), "maximum", "phasing.power.path[1].p");
    }

    @Test
    void jsonFormIsCheckedTheSameWay() throws IOException {
        ObjectNode tree = (ObjectNode) YAML.readTree(MINIMAL);
        assertThat(schema.validate(tree)).isEmpty();
        tree.put("outcome", 55);
        assertThat(schema.validate(JSON.readTree(JSON.writeValueAsString(tree)))).isNotEmpty();
    }

    /** The schema and the reader both refuse {@code doc}, for the expected keyword and at the expected path. */
    /** MINIMAL with a catastrophe, a no-deal model and an uncertainty section. */
    private static final String WITH_UNCERTAINTY = MINIMAL.replace("actors:\n", """
            catastrophes:
              - id: SPILL
                hazard: 0.05
            actors:
            """).replace("      FLOW: {position: 20, salience: 80}\n", """
                  FLOW: {position: 20, salience: 80}
                no_deal:
                  horizon: 10
                  discount: 0.9
                  losses: {SPILL: 20}
            """) + """
            uncertainty:
              spread: 0.1
              inputs:
                - path: catastrophes.SPILL.hazard
                  distribution: triangular
                  low: 0
                  mode: 0.05
                  high: 0.2
            """;

    @Test
    void catastrophesNoDealModelsAndUncertaintyValidate() throws IOException {
        assertThat(schema.validate(YAML.readTree(WITH_UNCERTAINTY))).isEmpty();
        read(WITH_UNCERTAINTY);
    }

    @Test
    void aHazardAboveOneAndAnUnknownDistributionKeyAreRefused() throws IOException {
        assertRefused(WITH_UNCERTAINTY.replace("hazard: 0.05", "hazard: 1.5"), "maximum", "catastrophes[0].hazard");
        assertRefused(WITH_UNCERTAINTY.replace("mode: 0.05", "peak: 0.05"), "additionalProperties",
                "uncertainty.inputs[0].peak");
    }

    private static void assertRefused(String doc, String keyword, String readerPath) throws IOException {
        List<Error> errors = schema.validate(YAML.readTree(doc));
        assertThat(errors).extracting(Error::getKeyword).contains(keyword);
        assertThatThrownBy(() -> read(doc)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).errors()).extracting(InputError::path)
                        .contains(readerPath));
    }

    private static org.parley.core.scenario.Scenario read(String yaml) {
        return ScenarioYaml.readYaml(TextFile.decode("test.yaml", yaml.getBytes(StandardCharsets.UTF_8)),
                Limits.defaults());
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("docs/scenario.schema.json"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new UncheckedIOException(new IOException("docs/scenario.schema.json not found above "
                    + Path.of("").toAbsolutePath()));
        }
        return p;
    }
}
