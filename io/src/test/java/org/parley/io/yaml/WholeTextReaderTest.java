package org.parley.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;
import org.parley.io.xml.SecureXml;

/**
 * The YAML reader over a text in memory reads every document as snakeyaml's own reader does, in time linear in the
 * length of its longest line (issue 9: a 4 MB comment took 10-40 s); XML is refused past the nesting limit.
 */
class WholeTextReaderTest {

    private static final ObjectMapper STOCK = new ObjectMapper(new YAMLFactory());

    /** Numbers equal by value (the located tree keeps decimals), everything else as Jackson compares it. */
    private static final Comparator<JsonNode> SAME = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static TextFile text(String name, String content) {
        return TextFile.decode(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyShippedExampleReadsAsWithSnakeyamlsOwnReader() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String content = Files.readString(f);
                JsonNode ours = LocatedTree.parseYaml(text(f.toString(), content), Limits.defaults()).root();
                assertThat(ours.equals(SAME, STOCK.readTree(content))).as(f.toString()).isTrue();
            }
        }
    }

    @Test
    void generatedDocumentsWithLongTokensCommentsAndUnicodeReadTheSame() {
        qt().withFixedSeed(17).withExamples(200).forAll(integers().between(0, 5000),
                strings().basicLatinAlphabet().ofLengthBetween(0, 40), integers().between(0, 3)).checkAssert(
                        (longLength, word, style) -> {
                    String filler = "w".repeat(longLength);
                    String doc = switch (style) {
                        case 0 -> "# " + filler + "\nname: \"" + word.replace("\\", "").replace("\"", "") + "\"\n"
                                + "list: [1, 2.5, -3e2, " + filler.length() + "]\n";
                        case 1 -> "a:\n  b: " + (filler.isEmpty() ? "x" : filler) + "\n  c: [x, {y: 1}]\n"
                                + "d: |\n  line one\n  line two " + filler + "\n";
                        case 2 -> "k: 'é😀 " + filler + "'\nm: {n: \"\\u00e9\", o: 2}\n";
                        default -> "- " + filler.length() + "\n- \"" + filler + "\"\n- null\n- true\n";
                    };
                    try {
                        JsonNode ours = LocatedTree.parseYaml(text("g.yaml", doc), Limits.defaults()).root();
                        assertThat(ours.equals(SAME, STOCK.readTree(doc))).as(doc).isTrue();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void linesAreCountedAsBeforeAfterALongLine() {
        String doc = "# " + "x".repeat(200_000) + "\nissues:\n  - id: A\n    scale: {min: 0, max: 1}\n";
        LocatedTree t = LocatedTree.parseYaml(text("l.yaml", doc), Limits.defaults());
        assertThat(t.lineOf("issues")).isEqualTo(2);
        assertThat(t.lineOf("issues[0].id")).isEqualTo(3);
        assertThat(t.lineOf("issues[0].scale.max")).isEqualTo(4);
    }

    @Test
    void aSixteenMebibyteDocumentOfOneLongLineIsRead() {
        String doc = "name: \"" + "n".repeat((16 << 20) - 200) + "\"\nissues: []\n";
        LocatedTree t = LocatedTree.parseYaml(text("big.yaml", doc), Limits.defaults());
        assertThat(t.root().get("name").asText()).hasSize((16 << 20) - 200);
        assertThat(t.lineOf("issues")).isEqualTo(2);
    }

    @Test
    void aCharacterYamlDoesNotAllowIsRefusedAtItsLine() {
        String doc = "a: 1\n# " + "x".repeat(1000) + "\nb: \"x\u0007y\"\n";
        assertThatThrownBy(() -> LocatedTree.parseYaml(text("c.yaml", doc), Limits.defaults()))
                .isInstanceOf(InputException.class).hasMessage("c.yaml:3: a character YAML does not allow (U+0007); "
                        + "expected printable text");
    }

    @Test
    void xmlNestedPastTheLimitIsRefusedAtItsLineAndAtTheLimitIsRead() {
        String at = "<r>\n" + "<a>".repeat(63) + "</a>".repeat(63) + "</r>";
        assertThat(SecureXml.parse(text("ok.xml", at), Limits.defaults()).getDocumentElement().getTagName())
                .isEqualTo("r");
        String past = "<r>\n" + "<a>".repeat(64) + "</a>".repeat(64) + "</r>";
        assertThatThrownBy(() -> SecureXml.parse(text("deep.xml", past), Limits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage("deep.xml:2: elements nested deeper than 64 levels; expected at most 64");
    }
}
