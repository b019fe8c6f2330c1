package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcRunStoreTest {

    @TempDir
    Path dir;

    @Test
    void a_recorded_run_reads_back_with_every_field() {
        Path db = dir.resolve("sub/parley.db");
        long id;
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(db.toString()))) {
            id = store.record(Runs.ok("forecast", "name: A\n", "{\"x\": 1}\n"));
        }
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(db.toString()))) {
            Run r = store.find(id).orElseThrow();
            assertThat(r.command()).isEqualTo("forecast");
            assertThat(r.args()).containsExactly("forecast", "test.yaml");
            assertThat(r.params()).isEqualTo(Map.of("rounds", 10));
            assertThat(r.scenario().content()).isEqualTo("name: A\n");
            assertThat(r.scenario().hash()).isEqualTo(ScenarioSnapshot.sha256("name: A\n")).hasSize(64);
            assertThat(r.scenario().name()).isEqualTo("Test");
            assertThat(r.seed()).isEqualTo(42L);
            assertThat(r.parleyVersion()).isEqualTo("0.1.0-test");
            assertThat(r.startedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00.125Z"));
            assertThat(r.duration()).isEqualTo(Duration.ofMillis(250));
            assertThat(r.status()).isEqualTo(RunStatus.OK);
            assertThat(r.result()).isEqualTo("{\"x\": 1}\n");
            assertThat(store.find(id + 1)).isEmpty();
        }
    }

    @Test
    void the_same_scenario_is_kept_once_and_the_list_is_newest_first() {
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(dir.resolve("p.db").toString()))) {
            long a = store.record(Runs.ok("show", "name: A\n", "{}"));
            long b = store.record(Runs.ok("analyze", "name: A\n", "{}"));
            long c = store.record(Runs.ok("analyze", "name: B\n", "{}"));
            List<RunSummary> list = store.list(10);
            assertThat(list).extracting(RunSummary::id).containsExactly(c, b, a);
            assertThat(list.get(0).command()).isEqualTo("analyze");
            assertThat(store.list(2)).hasSize(2);
            assertThat(store.count()).isEqualTo(3);
            assertThat(list.get(1).scenarioHash()).isEqualTo(list.get(2).scenarioHash());
        }
    }

    @Test
    void a_failed_run_keeps_its_message_and_may_have_no_scenario() {
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(dir.resolve("p.db").toString()))) {
            Instant t = Instant.now();
            long id = store.record(new NewRun("forecast", List.of("forecast", "x"), Map.of(), null, "x", null, "v",
                    t, t, RunStatus.FAILED, null, "unknown parameter 'z'"));
            Run r = store.find(id).orElseThrow();
            assertThat(r.status()).isEqualTo(RunStatus.FAILED);
            assertThat(r.message()).isEqualTo("unknown parameter 'z'");
            assertThat(r.scenario()).isNull();
            assertThat(r.seed()).isNull();
        }
    }

    @Test
    void a_run_that_cannot_be_stored_leaves_nothing_behind() {
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(dir.resolve("p.db").toString()))) {
            Instant t = Instant.now();
            NewRun bad = new NewRun(null, List.of(), Map.of(), Runs.ok("x", "name: C\n", "{}").scenario(), null,
                    null, "v", t, t, RunStatus.OK, "{}", null);
            assertThatThrownBy(() -> store.record(bad)).isInstanceOf(StoreException.class);
            assertThat(store.count()).isZero();
            store.record(Runs.ok("show", "name: C\n", "{}"));
            assertThat(store.count()).isOne();
        }
    }

    @Test
    void fifty_five_large_runs_are_all_recorded_and_the_insert_time_is_printed() {
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(dir.resolve("t.db").toString()))) {
            String result = "{\"payload\": \"" + "x".repeat(60_000) + "\"}";
            for (int i = 0; i < 5; i++) {
                store.record(Runs.ok("warm-up", "name: W\n", result));
            }
            int n = 50;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                store.record(Runs.ok("analyze", "name: T" + i + "\n", result));
            }
            double ms = (System.nanoTime() - t0) / 1e6 / n;
            // a measurement for docs/performance.md, not an assertion: tests do not time things
            System.out.printf(java.util.Locale.ROOT, "run insert (60 kB result, new scenario): %.2f ms%n", ms);
            assertThat(store.list(1000)).hasSize(5 + n);
        }
    }

    @Test
    void an_unknown_kind_of_database_is_refused_by_name() {
        assertThatThrownBy(() -> JdbcRunStore.open(StoreLocation.of("jdbc:oracle:thin:@x")))
                .isInstanceOf(StoreException.class).hasMessageContaining("unsupported database URL");
    }
}
