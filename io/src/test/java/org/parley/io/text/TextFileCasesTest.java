package org.parley.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.InputException;
import org.parley.io.Limits;

class TextFileCasesTest {

    @TempDir
    Path dir;

    @Test
    void every_line_ending_becomes_lf() {
        TextFile t = TextFile.decode("f", "a\r\nb\rc\nd".getBytes(StandardCharsets.UTF_8));
        assertThat(t.content()).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void a_utf8_bom_is_dropped() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', ':', ' ', '1'};
        assertThat(TextFile.decode("f", bytes).content()).isEqualTo("x: 1");
    }

    @Test
    void bytes_that_are_not_utf8_are_read_as_latin1() {
        byte[] bytes = {'M', (byte) 0xFC, 'n', 'c', 'h', 'e', 'n'};
        TextFile t = TextFile.decode("f", bytes);
        assertThat(t.content()).isEqualTo("München");
        assertThat(t.latin1()).isTrue();
    }

    @Test
    void binary_content_is_refused_with_the_offset() {
        assertThatThrownBy(() -> TextFile.decode("blob.bin", new byte[] {'P', 'N', 'G', 0, 1, 2}))
                .isInstanceOf(InputException.class)
                .hasMessage("blob.bin: contains NUL bytes (offset 3): a binary file; expected text");
    }

    @Test
    void utf16_and_empty_files_are_refused() {
        assertThatThrownBy(() -> TextFile.decode("u", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))
                .hasMessage("u: is UTF-16 encoded; expected UTF-8 text");
        assertThatThrownBy(() -> TextFile.decode("e", " \n\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("e: is empty; expected a scenario");
    }

    @Test
    void files_over_the_limit_are_refused_before_reading_with_the_flag_to_raise_it() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[2048]);
        assertThatThrownBy(() -> TextFile.read(big, Limits.defaults().withMaxFileBytes(1024)))
                .hasMessage(big + ": is 2048 bytes, larger than the limit of 1024 bytes; raise it with --max-input-mb "
                        + "if the file is genuine");
    }

    @Test
    void a_missing_file_and_a_directory_are_named() {
        assertThatThrownBy(() -> TextFile.read(dir.resolve("nope.yaml"), Limits.defaults()))
                .hasMessageEndingWith("nope.yaml: no such file");
        assertThatThrownBy(() -> TextFile.read(dir, Limits.defaults()))
                .hasMessageEndingWith(": is a directory; expected a file");
    }
}
