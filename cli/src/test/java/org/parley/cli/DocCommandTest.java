package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding documented commands and their output in Markdown. */
class DocCommandTest {

    private static final List<String> PAGE = List.of(
            "Some prose.",
            "",
            "```yaml",
            "$ not a command: the block is YAML, but this line starts like one",
            "```",
            "",
            "```",
            "$ ./parley show a.yaml \\",
            "    --json",
            "{ }",
            "",
            "$ ./parley validate bad.yaml",
            "bad.yaml:3: salience: is 140",
            "(exit 2)",
            "```",
            "<!-- not run: needs a network -->",
            "",
            "```bash",
            "$ ./parley forecast <(curl -s https://example.org/x.yaml)",
            "```",
            "```bash",
            "./parley runs list   # shown, not run",
            "```");

    @Test
    void commands_their_continuations_outputs_and_exit_codes_are_found() {
        List<DocCommand> found = DocCommand.parse("page.md", PAGE);
        assertThat(found).extracting(DocCommand::where).containsExactly("page.md:4", "page.md:8", "page.md:12",
                "page.md:19");
        DocCommand show = found.get(1);
        assertThat(show.command()).isEqualTo("./parley show a.yaml --json");
        assertThat(show.output()).containsExactly("{ }");
        assertThat(show.exit()).isZero();
        assertThat(PAGE.subList(show.from(), show.to())).containsExactly("{ }", "");
        DocCommand validate = found.get(2);
        assertThat(validate.output()).containsExactly("bad.yaml:3: salience: is 140");
        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.notRun()).isNull();
        assertThat(found.get(3).notRun()).isEqualTo("needs a network");
    }

    @Test
    void commands_shown_without_output_are_listed_with_their_line() {
        assertThat(DocCommand.shown(PAGE)).containsExactly(Map.entry(22, "./parley runs list   # shown, not run"));
    }

    @Test
    void the_documented_pages_exist() {
        for (String page : DocsCommandsTest.PAGES) {
            assertThat(Path.of(page)).isRegularFile();
        }
    }
}
