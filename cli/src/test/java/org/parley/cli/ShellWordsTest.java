package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting a documented command into words as bash would, and refusing what only a shell could run. */
class ShellWordsTest {

    @Test
    void words_are_split_as_bash_splits_them() throws Exception {
        assertThat(ShellWords.split("PARLEY_DB=/tmp/x.db ./parley sweep s.yaml --vary 'a.b=uniform(1, 2)' \"c d\" e\\ f"
                + "  # comment")).extracting(ShellWords.Word::text)
                .containsExactly("PARLEY_DB=/tmp/x.db", "./parley", "sweep", "s.yaml", "--vary", "a.b=uniform(1, 2)",
                        "c d", "e f");
        assertThat(ShellWords.split("./parley validate examples/*.yaml 'x*'")).extracting(ShellWords.Word::glob)
                .containsExactly(false, false, true, false);
    }

    @Test
    void pipes_redirections_and_substitutions_are_refused_with_the_reason() {
        assertThatThrownBy(() -> ShellWords.split("cat x.yaml | ./parley validate -"))
                .isInstanceOf(ShellWords.Unsupported.class).hasMessageContaining("'|'");
        assertThatThrownBy(() -> ShellWords.split("./parley show x.yaml > out.txt"))
                .isInstanceOf(ShellWords.Unsupported.class).hasMessageContaining("'>'");
        assertThatThrownBy(() -> ShellWords.split("./parley show \"$HOME/x.yaml\""))
                .isInstanceOf(ShellWords.Unsupported.class).hasMessageContaining("'$'");
    }

    @Test
    void globs_expand_in_sorted_order_and_stay_literal_when_nothing_matches(@TempDir Path dir) throws Exception {
        for (String f : List.of("b.yaml", "a.yaml", "c.csv", ".hidden.yaml")) {
            Files.writeString(dir.resolve(f), "");
        }
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/z.yaml"), "");
        assertThat(ShellWords.expand(dir, "*.yaml")).containsExactly("a.yaml", "b.yaml");
        assertThat(ShellWords.expand(dir, "sub/*.yaml")).containsExactly("sub/z.yaml");
        assertThat(ShellWords.expand(dir, "*.json")).containsExactly("*.json");
        assertThatThrownBy(() -> ShellWords.expand(dir, "*/z.yaml")).isInstanceOf(ShellWords.Unsupported.class);
    }
}
