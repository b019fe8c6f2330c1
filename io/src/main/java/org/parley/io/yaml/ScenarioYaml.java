package org.parley.io.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.List;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;
import org.parley.io.Checked;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.ScenarioInput;
import org.parley.io.text.TextFile;

/**
 * Parley's scenario format, in YAML or JSON. Reading checks structure and meaning and reports every problem with
 * its line; writing is canonical, so that reading a written file and writing it again gives the same bytes.
 */
public final class ScenarioYaml {

    /** The writers, built on first use only: building them costs more than reading a file. */
    private static final class Writers {
        static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .build())
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        static final ObjectMapper JSON = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private ScenarioYaml() {
    }

    /** The validated scenario in a YAML (or JSON) text; throws {@link InputException} listing every problem. */
    public static Scenario readYaml(TextFile text, Limits limits) {
        return loadYaml(text, limits).scenario();
    }

    /** The validated scenario in a strict JSON text. */
    public static Scenario readJson(TextFile text, Limits limits) {
        return loadJson(text, limits).scenario();
    }

    /** As {@link #readYaml}, with the scenario's warnings located in the file. */
    public static ScenarioInput loadYaml(TextFile text, Limits limits) {
        return read(LocatedTree.parseYaml(text, limits), text.name(), limits);
    }

    /** As {@link #readJson}, with the scenario's warnings located in the file. */
    public static ScenarioInput loadJson(TextFile text, Limits limits) {
        return read(LocatedTree.parseJson(text, limits), text.name(), limits);
    }

    private static ScenarioInput read(LocatedTree tree, String file, Limits limits) {
        ScenarioTreeReader reader = new ScenarioTreeReader(limits);
        Scenario s = reader.read(tree.root());
        Problem refusal = reader.refusal();
        if (refusal != null) {
            throw new InputException(List.of(new InputError(file, tree.lineOf(refusal.path()), refusal.path(),
                    refusal.message())));
        }
        Scenario checked = Checked.scenario(s, reader.problems(), file, tree::lineOf, limits);
        return ScenarioInput.of(checked, Checked.warnings(checked, file, tree::lineOf));
    }

    /** The scenario as canonical Parley YAML. */
    public static String writeYaml(Scenario s) {
        try {
            return Writers.YAML.writeValueAsString(ScenarioTreeWriter.write(s));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario as canonical Parley JSON. */
    public static String writeJson(Scenario s) {
        try {
            return Writers.JSON.writeValueAsString(ScenarioTreeWriter.write(s)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
