package org.parley.io.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.negotiation.protocol.Termination;
import org.parley.core.negotiation.tournament.SessionRow;
import org.parley.io.InputException;

class ProgressLogTest {

    @TempDir
    Path dir;

    private static SessionRow row(int cell) {
        return new SessionRow(cell, "party", 0, 1234567890123L + cell, List.of("boulware", "conceder"), cell % 2 == 0,
                cell % 2 == 0 ? Termination.AGREEMENT : Termination.DEADLINE, null, 37, 0.36,
                List.of(0.1 + 0.2, 1.0 / 3), List.of(0.3, 0.2), 0.1 + 0.2 + 1.0 / 3, 0.1, cell % 2 == 0 ? 0.0 : null,
                0.123456789012345678, cell % 2 == 0 ? true : null, cell % 2 == 0);
    }

    @Test
    void rows_come_back_exactly_and_a_torn_last_line_is_dropped() throws Exception {
        try (ProgressLog log = ProgressLog.open(dir, "abc", 10)) {
            assertThat(log.done()).isEmpty();
            log.append(List.of(row(0), row(1)));
            log.append(List.of(row(5)));
        }
        Files.writeString(dir.resolve(ProgressLog.FILE), "{\"cell\":7,\"dom", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (ProgressLog log = ProgressLog.open(dir, "abc", 10)) {
            assertThat(log.done()).containsOnlyKeys(0, 1, 5);
            assertThat(log.done().get(1)).isEqualTo(row(1));
            assertThat(log.done().get(0)).isEqualTo(row(0));
            log.append(List.of(row(7)));
        }
        try (ProgressLog log = ProgressLog.open(dir, "abc", 10)) {
            assertThat(log.done()).containsOnlyKeys(0, 1, 5, 7);
        }
        assertThat(Files.readAllLines(dir.resolve(ProgressLog.FILE))).hasSize(5);
    }

    @Test
    void the_progress_of_another_configuration_is_refused() {
        ProgressLog.open(dir, "abc", 10).close();
        assertThatThrownBy(() -> ProgressLog.open(dir, "def", 10)).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve(ProgressLog.FILE) + ": holds the progress of another tournament configuration "
                        + "(or other inputs); delete it, or write to another folder with --out");
    }
}
