package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The YAML syntax errors of the malformed corpus reach {@code analyze} (not only {@code validate}) as Parley's own
 * located message: the same line and words expected.tsv gives, exit code 2, nothing on stdout, no parser text.
 */
class YamlSyntaxCommandTest {

    private static final Path CORPUS = Path.of("cli/src/test/resources/malformed");

    /** The corpus files with one YAML slip each. */
    private static final List<String> SYNTAX = List.of("yaml-tab-indentation.yaml", "yaml-key-indented-too-far.yaml",
            "yaml-key-indented-too-little.yaml", "yaml-list-entry-misindented.yaml", "yaml-list-item-in-mapping.yaml",
            "yaml-syntax-error.yaml", "yaml-unclosed-brace.yaml", "yaml-unclosed-quote.yaml",
            "yaml-colon-in-value.yaml");

    @TestFactory
    Stream<DynamicTest> analyzeReportsEachSlipAtTheLineToFixInPlainWords() throws IOException {
        Map<String, List<ValidateCorpusTest.Expectation>> expected = ValidateCorpusTest.expectations();
        return SYNTAX.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            ValidateCorpusTest.Expectation e = expected.get(name).get(0);
            String path = CORPUS.resolve(name).toString();
            Cli.Run run = Cli.run("analyze", path, "--no-store");
            assertThat(run.code()).as(run.err()).isEqualTo(Parley.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith(path + ":" + e.line() + ": ").contains(e.message())
                    .doesNotContain("not well-formed", "<block", "snakeyaml", "Exception"));
        }));
    }
}
