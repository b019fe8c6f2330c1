package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParleyTest {

    @Test
    void version_names_the_release() {
        Cli.Run r = Cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("parley 0.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "validate", "show", "forecast", "convert"})
    void every_command_has_help(String command) {
        Cli.Run r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: parley " + command);
    }

    @Test
    void bare_parley_prints_usage_and_signals_a_usage_error() {
        Cli.Run r = Cli.run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("Commands:").contains("analyze");
    }

    @Test
    void unknown_options_and_missing_files_exit_2_without_a_stack_trace() {
        Cli.Run opt = Cli.run("show", "examples/emission-1994.yaml", "--frobnicate");
        assertThat(opt.code()).isEqualTo(2);
        assertThat(opt.err()).contains("Unknown option: '--frobnicate'");
        Cli.Run missing = Cli.run("show", "nope.yaml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("nope.yaml: no such file\n");
    }

    @Test
    void an_oversized_file_names_the_flag_that_raises_the_limit() {
        Cli.Run r = Cli.run("show", "examples/ukraine-2022-grand-bargain.yaml", "--max-input-mb", "0.01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("larger than the limit of 10485 bytes; raise it with --max-input-mb");
    }
}
