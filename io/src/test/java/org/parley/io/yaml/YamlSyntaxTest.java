package org.parley.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;
import static org.parley.io.Inputs.text;

import org.junit.jupiter.api.Test;
import org.parley.io.InputError;
import org.parley.io.Limits;

/**
 * YAML syntax errors in Parley's words, at the line to fix: each case is a small document with one slip, the line
 * snakeyaml reports for it noted where it differs from the line the message names.
 */
class YamlSyntaxTest {

    private static final String ACTOR = "parley: 1\nactors:\n  - id: a\n    capability: 1\n    stances:\n"
            + "      X:\n        position: 2\n        salience: 10\n";

    /** The one problem reported for {@code content}, as "line: message". */
    private static String problem(String content) {
        InputError e = errors(() -> ScenarioYaml.readYaml(text("s.yaml", content), Limits.defaults())).get(0);
        return e.line() + ": " + e.message();
    }

    @Test
    void aTabInTheIndentationIsNamedAsSuchAtItsOwnLine() {
        // Jackson's location says line 7; snakeyaml's problem mark, line 8, is where the tab is
        assertThat(problem(ACTOR.replace("        salience", "\tsalience"))).isEqualTo("8: a tab used for "
                + "indentation; YAML indents with spaces (replace the tab with spaces)");
        assertThat(problem(ACTOR.replace("        salience", "    \tsalience"))).startsWith("8: a tab used for "
                + "indentation");
    }

    @Test
    void aTabBetweenAKeyAndItsValueIsNotCalledIndentation() {
        assertThat(problem("parley: 1\nname:\tx\n")).isEqualTo("2: a tab after 'name:'; YAML expects spaces here "
                + "(replace the tab with a space)");
    }

    @Test
    void aKeyIndentedTooFarNamesTheKeyAboveWhoseValueSwallowsIt() {
        assertThat(problem(ACTOR.replace("        salience", "         salience"))).isEqualTo("8: key 'salience' is "
                + "indented more than the key 'position' on line 7, so YAML reads it as part of the value of "
                + "'position'; expected 'salience' in the same column as 'position' (or, if the line continues that "
                + "value, the value in quotes)");
    }

    @Test
    void aKeyIndentedTooLittleGivesBothColumns() {
        assertThat(problem(ACTOR.replace("        salience", "       salience"))).isEqualTo("8: key 'salience' starts "
                + "in column 8, but the key 'position' on line 7 starts in column 9; expected the keys of one mapping "
                + "to start in the same column");
        assertThat(problem("parley: 1\nissues:\n  - id: a\n  scale: 3\n")).isEqualTo("4: key 'scale' starts in "
                + "column 3, but the key 'id' on line 3 starts in column 5; expected the keys of one mapping to start "
                + "in the same column");
    }

    @Test
    void aListEntryOutOfLineNamesTheEntryAboveIt() {
        String two = ACTOR + "  - id: b\n    capability: 1\n";
        assertThat(problem(two.replace("  - id: b", " - id: b"))).isEqualTo("9: the list entry '- id: b' starts in "
                + "column 2, but the entry on line 3 starts in column 3; expected the entries of one list to start in "
                + "the same column");
        assertThat(problem(two.replace("  - id: b", "   - id: b"))).startsWith("9: the list entry '- id: b' starts "
                + "in column 4, but the entry on line 3 starts in column 3");
    }

    @Test
    void aListEntryAmongKeysIsNamedAtItsOwnLine() {
        // Jackson's location is line 4 (the key before); the entry is on line 5
        assertThat(problem(ACTOR.replace("    capability: 1\n", "    capability: 1\n    - veto\n")))
                .isEqualTo("5: a list entry ('- veto') among the keys of a mapping; expected 'key: value' here, or the "
                        + "entry indented under a key that ends with ':'");
    }

    @Test
    void anUnclosedBracketOrBraceIsReportedWhereItWasOpened() {
        assertThat(problem("parley: 1\nname: x\nissues: [a, b\n")).isEqualTo("3: '[' opened here is never closed; "
                + "expected ']' before the end of the file");
        assertThat(problem("parley: 1\nname: {a: 1\n")).isEqualTo("2: '{' opened here is never closed; expected "
                + "'}' before the end of the file");
        assertThat(problem("parley: 1\nissues: [\n")).isEqualTo("2: '[' opened here is never closed; expected ']' "
                + "before the end of the file");
        assertThat(problem("parley: 1\nname: [a\nissues: []\n")).isEqualTo("2: '[' opened here is never closed "
                + "(YAML reads on to line 3 and finds ':' there, still inside it); expected ']' after the last item");
        assertThat(problem("parley: 1\nname: [a}\n")).isEqualTo("2: '[' opened here is closed with '}'; expected "
                + "']'");
    }

    @Test
    void aClosingBracketWithNothingOpenIsNamed() {
        assertThat(problem("parley: 1\nissues: ]\n")).isEqualTo("2: a ']' that closes nothing (no '[' is open "
                + "here); expected a value");
        assertThat(problem("parley: 1\nname: [a, b]]\n")).startsWith("2: a ']' that closes nothing");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItWasOpened() {
        // snakeyaml's problem mark is the end of the file, line 4
        assertThat(problem("parley: 1\nname: \"x\nissues: []\n")).isEqualTo("2: a quote (\") opened here is never "
                + "closed; expected a closing \" before the end of the file");
        assertThat(problem("parley: 1\nname: 'x\n")).startsWith("2: a quote (') opened here is never closed");
    }

    @Test
    void aQuoteClosedOnlyByTheNextQuotedValueIsTracedBackToItsLine() {
        assertThat(problem("parley: 1\nname: \"abc\ndescription: \"x\"\nissues: []\n")).isEqualTo("2: a quote (\") "
                + "opened here is never closed on its line; YAML takes the quote on line 3 for its end and then "
                + "finds text it cannot place; expected a closing \" on this line");
        assertThat(problem("parley: 1\nname: \"a\" b\n")).isEqualTo("2: text after the closing quote of a quoted "
                + "value ('b'); expected the whole value inside the quotes");
    }

    @Test
    void aColonInsideAPlainValueAsksForQuotes() {
        assertThat(problem("parley: 1\nname: Ukraine: grand bargain\n")).isEqualTo("2: the value of 'name' holds "
                + "': ' ('Ukraine: grand bargain'), which YAML reads as the start of another key; expected the value "
                + "in quotes: name: \"Ukraine: grand bargain\"");
    }

    @Test
    void aLineWithoutAColonIsNamed() {
        assertThat(problem("parley: 1\nname: x\nthing\nissues: []\n")).isEqualTo("3: 'thing' is neither 'key: "
                + "value' nor a list entry; expected a ':' and a space after the key (or '- ' before a list entry)");
    }

    @Test
    void aWindowsPathInDoubleQuotesPointsAtTheEscape() {
        assertThat(problem("parley: 1\nname: \"C:\\path\"\n")).isEqualTo("2: '\\p' is not an escape YAML knows "
                + "inside double quotes; expected '\\\\' for a backslash, or the text in single quotes");
        assertThat(problem("parley: 1\nname: @x\n")).isEqualTo("2: a value starting with '@', which YAML reserves; "
                + "expected the value in quotes");
    }

    @Test
    void otherSyntaxErrorsKeepSnakeyamlsWordsWithoutItsExcerpt() {
        assertThat(problem("parley: 1\nname: !<x\n")).isEqualTo("2: not well-formed: while scanning a tag; "
                + "expected '>', but found '\\n' (10)");
    }
}
