package org.parley.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;
import static org.parley.io.Inputs.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.io.InputError;
import org.parley.io.Limits;

class ScenarioYamlReadingTest {

    private static final String ISSUES = "parley: 1\nissues:\n  - id: X\n    scale: {min: 0, max: 10}\n";

    private static List<InputError> yaml(String content) {
        return errors(() -> ScenarioYaml.readYaml(text("s.yaml", content), Limits.defaults()));
    }

    private static List<InputError> json(String content) {
        return errors(() -> ScenarioYaml.readJson(text("s.json", content), Limits.defaults()));
    }

    private static String actor(String capability, String position) {
        return "  - id: a\n    capability: " + capability + "\n    stances:\n      X: {position: " + position
                + ", salience: 10}\n";
    }

    @Test
    void yamlNotANumberIsReportedAtItsLineInPlainWords() {
        assertThat(yaml(ISSUES + "actors:\n" + actor("1", ".nan"))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(9);
            assertThat(e.message()).isEqualTo("is NaN; expected a finite number");
        });
        assertThat(yaml(ISSUES + "actors:\n" + actor("-.inf", "1")).get(0).message())
                .isEqualTo("is -Infinity; expected a finite number");
    }

    @Test
    void jsonNaNIsReportedAtItsLineWithoutParserOptionNames() {
        InputError e = json("{\"parley\": 1,\n \"issues\": [],\n \"actors\": [{\"capability\": NaN}]}").get(0);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.message()).isEqualTo("'NaN' is not a finite number; expected a finite number");
    }

    @Test
    void aNumberBeyondDoubleRangeIsTooLargeAtItsPath() {
        assertThat(yaml(ISSUES + "actors:\n" + actor("1e400", "1"))).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("actors[0].capability");
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.message()).startsWith("'1E+400'; expected a finite number (it is beyond the range of a double");
        });
    }

    @Test
    void nestingBeyondTheLimitIsReportedWithItsLineAndTheLimit() {
        String deep = "parley: 1\nissues:\n  - " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThat(yaml(deep)).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).isEqualTo("nested deeper than 64 levels; expected at most 64 levels of lists "
                    + "and mappings");
        });
        assertThat(json("{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}").get(0).message())
                .startsWith("nested deeper than 64 levels");
    }

    @Test
    void aDocumentWithMoreValuesThanTheLimitIsRefusedWhereTheLimitIsPassed() {
        Limits limits = new Limits(1 << 20, 100, 100, 64, 50, 11);
        String content = ISSUES + "actors:\n" + actor("1", "1") + actor("2", "2");
        List<InputError> errors = errors(() -> ScenarioYaml.readYaml(text("s.yaml", content), limits));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.message()).startsWith("more than 11 values");
        });
    }

    @Test
    void aDuplicateKeyIsNamedInPlainWords() {
        assertThat(yaml("parley: 1\nname: a\nname: b\n")).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).isEqualTo("duplicate key 'name'; expected each key once in a mapping");
        });
    }

    @Test
    void aSyntaxErrorIsSaidInPlainWordsAtTheLineToFix() {
        InputError e = yaml("parley: 1\nname: [a\nissues: []\n").get(0);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.message()).startsWith("'[' opened here is never closed").doesNotContain("reader", "^", "\n");
    }

    @Test
    void aBinaryValueAndAComplexKeyAreRefusedInPlainWords() {
        assertThat(yaml(ISSUES + "actors:\n" + actor("!!binary AAAA", "1")).get(0).message())
                .isEqualTo("actors[0].capability: a binary (!!binary) value; expected text, a number, a list or a "
                        + "mapping");
        assertThat(yaml("? [a, b]\n: c\n").get(0).message())
                .isEqualTo("a key that is a list or a mapping; expected a plain key (a name)");
    }

    @Test
    void aMistypedKeyGetsASuggestion() {
        List<InputError> errors = yaml(ISSUES + "actors:\n  - id: a\n    capabilty: 1\n    stances:\n"
                + "      X: {position: 1, salience: 10}\n");
        assertThat(errors).anySatisfy(e -> assertThat(e.message())
                .startsWith("unknown key 'capabilty' (did you mean 'capability'?)"));
        assertThat(org.parley.core.text.Nearest.to("zz", java.util.Set.of("id", "name"))).isEmpty();
    }

    @Test
    void itemsWithoutAnIdAreReportedNotACrash() {
        List<InputError> errors = yaml("parley: 1\nissues:\n  - scale: {min: 0, max: 1}\nactors:\n"
                + "  - capability: 1\n    stances:\n      X: {position: 1, salience: 10}\n");
        assertThat(errors).extracting(InputError::path).contains("issues[0].id", "actors[0].id");
    }

    @Test
    void problemsAreListedInLineOrder() {
        List<InputError> errors = yaml(ISSUES + "actors:\n  - id: a\n    capability: -1\n    stances:\n"
                + "      X: {postion: 1, salience: 10}\n");
        assertThat(errors).extracting(InputError::line).isSorted();
        assertThat(errors).hasSize(3);
    }
}
