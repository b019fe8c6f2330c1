package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input ({@code -}) and pipes ({@code /dev/stdin}, {@code <(...)}, a FIFO) are read whole, under the same
 * size limit as files (issue 9: a piped scenario used to be read as its first byte).
 */
class PipesTest {

    private static final Path FLAGSHIP = Path.of("examples/ukraine-2022-grand-bargain.yaml");

    @TempDir
    Path dir;

    private static Cli.Run withStdin(byte[] bytes, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(bytes));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aScenarioOnStandardInputIsReadWhole() throws IOException {
        Cli.Run run = withStdin(Files.readAllBytes(FLAGSHIP), "validate", "-");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("stdin: ok (13 actors, 6 issues, 3 packages)" + System.lineSeparator());
        Cli.Run forecast = withStdin(Files.readAllBytes(FLAGSHIP), "forecast", "-", "--no-store");
        assertThat(forecast.code()).as(forecast.err()).isZero();
        assertThat(forecast.out()).contains("TERR");
    }

    @Test
    void standardInputBeyondTheSizeLimitIsRefusedNamingTheFlag() throws IOException {
        Cli.Run run = withStdin(Files.readAllBytes(FLAGSHIP), "validate", "-", "--max-input-mb", "0.01");
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.err()).contains("stdin: is larger than the limit of 10485 bytes", "--max-input-mb");
    }

    @Test
    void aProblemOnStandardInputIsLocatedAtItsLine() {
        Cli.Run run = withStdin("Actor,Capability,Position,Salience\nA,-1e-300000000,10,50\nB,2,3,4\n".getBytes(),
                "validate", "-");
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.err()).contains("stdin:2: Capability: '-1e-300000000'; expected a finite number");
    }

    @Test
    void aFifoIsReadWholeAsAPipeWouldBe() throws Exception {
        Path fifo = dir.resolve("scenario.fifo");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is available");
        byte[] bytes = Files.readAllBytes(FLAGSHIP);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Cli.Run run = Cli.run("validate", fifo.toString());
        writer.join(60_000);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("ok (13 actors, 6 issues, 3 packages)");
    }

    @Test
    void devNullIsAnEmptyInputNotAnError() {
        Cli.Run run = Cli.run("validate", "/dev/null");
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.err()).contains("/dev/null: is empty; expected a scenario").doesNotContain("Exception");
    }
}
