package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress bars are drawn on a terminal only: a pipe or a file (and so every test's stderr) gets none. */
class ProgressBarTest {

    @TempDir
    Path dir;

    @Test
    void aBarOnATerminalIsRedrawnInPlaceAndEndsWithTheRate() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "tournament", "sessions", 4, 1, true);
        bar.advance(1);
        bar.accept(2);
        bar.finish();
        String out = text.toString();
        assertThat(out).startsWith("\rtournament [").contains("] 2/4 (50%)")
                .contains("\rtournament [" + "#".repeat(30) + "] 4/4 (100%)").endsWith(" sessions/s)"
                        + System.lineSeparator());
        assertThat(bar.drawn()).isTrue();
    }

    @Test
    void aBarNotOnATerminalPrintsNothingAtAll() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "sweep", "runs", 10, 0, false);
        bar.advance(5);
        bar.advance(5);
        bar.finish();
        assertThat(text.toString()).isEmpty();
        assertThat(bar.drawn()).isFalse();
    }

    @Test
    void theTestsStderrIsNoTerminal() {
        // surefire's forked JVM writes stderr into a pipe: what the commands below rely on
        assertThat(ProgressBar.stderrIsTerminal()).isFalse();
    }

    @Test
    void sweepSensitivityAndTournamentPrintNoBarIntoAPipe() throws Exception {
        Cli.Run sweep = Cli.run("sweep", "examples/emission-1994.yaml", "--draws", "4000", "--no-store");
        assertThat(sweep.code()).as(sweep.err()).isZero();
        Cli.Run sens = Cli.run("sensitivity", "examples/emission-1994.yaml", "--draws", "400", "--no-store");
        assertThat(sens.code()).as(sens.err()).isZero();
        Path cfg = dir.resolve("t.yaml");
        Files.writeString(cfg, "seed: 3\ndeadline: {rounds: 20}\nrepetitions: 1\nnegotiators: [boulware, conceder]\n"
                + "domains:\n  - " + Path.of("data/genius/laptop_anac2011").toAbsolutePath() + "\n");
        Cli.Run tournament = Cli.run("tournament", cfg.toString(), "--no-store");
        assertThat(tournament.code()).as(tournament.err()).isZero();
        for (Cli.Run run : new Cli.Run[] {sweep, sens, tournament}) {
            assertThat(run.err()).doesNotContain("\r", "[#", "[.", "/s)");
        }
    }
}
