package org.parley.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.Limits;

class TextFileTest {

    @Test
    void utf16WithoutByteOrderMarkIsNamedAsSuch() {
        byte[] bytes = "Actor,Capability\nA,1\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(errors(() -> TextFile.decode("t.csv", bytes))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("looks UTF-16 encoded"));
        byte[] bigEndian = "parley: 1\n".getBytes(StandardCharsets.UTF_16BE);
        assertThat(errors(() -> TextFile.decode("t.yaml", bigEndian)).get(0).message()).contains("UTF-16");
    }

    @Test
    void otherBinaryContentIsStillRefusedAsBinary() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(errors(() -> TextFile.decode("x.png", bytes)).get(0).message()).contains("NUL bytes");
    }

    @Test
    void aLimitLargerThanAnArrayStillReadsASmallFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.yaml");
        Files.writeString(f, "parley: 1\n");
        TextFile t = TextFile.read(f, Limits.defaults().withMaxFileBytes(Long.MAX_VALUE));
        assertThat(t.content()).isEqualTo("parley: 1\n");
        TextFile big = TextFile.read(f, Limits.defaults().withMaxFileBytes(3_000L << 20));
        assertThat(big.content()).isEqualTo("parley: 1\n");
    }
}
