package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The store on PostgreSQL, when a server is given in PARLEY_TEST_POSTGRES_URL (a JDBC URL of an empty database the
 * test may drop tables in, e.g. jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&amp;password=parley);
 * skipped otherwise.
 */
class PostgresRunStoreTest {

    @Test
    void runs_are_recorded_and_read_back_on_postgresql() throws Exception {
        String url = System.getenv("PARLEY_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "set PARLEY_TEST_POSTGRES_URL to test PostgreSQL");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS runs, scenarios, flyway_schema_history");
        }
        long id;
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(url), "1")) {
            id = store.record(Runs.ok("show", "name: PG\n", "{\"pg\": true}"));
        }
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(url))) {
            Run r = store.find(id).orElseThrow();
            assertThat(r.result()).isEqualTo("{\"pg\": true}");
            assertThat(r.scenario().content()).isEqualTo("name: PG\n");
            long second = store.record(Runs.ok("analyze", "name: PG\n", "{}"));
            assertThat(second).isGreaterThan(id);
            assertThat(store.list(5)).extracting(RunSummary::id).containsExactly(second, id);
            assertThat(store.count()).isEqualTo(2);
        }
    }
}
